package cn.zwgk.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Word document as LibreOffice (Debian's package) prints it: converted to PDF, then read back
 * with poppler's pdfinfo and pdftotext. Tests using it are skipped, saying why, where the programs
 * are missing (and fail under CI, which installs them; see {@link ExternalProgram}).
 *
 * @param pages the number of pages
 * @param width the page width in points
 * @param height the page height in points
 * @param text the text, as pdftotext extracts it
 */
record LibreOffice(int pages, double width, double height, String text) {

    /** Prints {@code docx} (a file in {@code temp}) and reads the PDF back. */
    static LibreOffice print(Path temp, Path docx) throws Exception {
        Path soffice = ExternalProgram.require("soffice", "libreoffice-writer-nogui");
        Path pdftotext = ExternalProgram.require("pdftotext", "poppler-utils");
        Path pdfinfo = ExternalProgram.require("pdfinfo", "poppler-utils");
        var converted =
                ExternalProgram.run(
                        temp,
                        300,
                        List.of(
                                soffice.toString(),
                                "-env:UserInstallation=" + temp.resolve("profile").toUri(),
                                "--headless",
                                "--convert-to",
                                "pdf",
                                "--outdir",
                                temp.resolve("pdf").toString(),
                                docx.toString()));
        String name = docx.getFileName().toString();
        Path pdf = temp.resolve("pdf").resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        assertThat(pdf)
                .as("soffice exit %d: %s %s", converted.exit(), converted.out(), converted.err())
                .exists();
        assertThat(Files.size(pdf)).isPositive();
        String info =
                ExternalProgram.run(temp, 60, List.of(pdfinfo.toString(), pdf.toString())).out();
        Matcher size = Pattern.compile("Page size:\\s+([\\d.]+) x ([\\d.]+) pts").matcher(info);
        assertThat(size.find()).as(info).isTrue();
        Matcher pages = Pattern.compile("Pages:\\s+(\\d+)").matcher(info);
        assertThat(pages.find()).as(info).isTrue();
        String text =
                ExternalProgram.run(
                                temp,
                                60,
                                List.of(pdftotext.toString(), "-enc", "UTF-8", pdf.toString(), "-"))
                        .out();
        return new LibreOffice(
                Integer.parseInt(pages.group(1)),
                Double.parseDouble(size.group(1)),
                Double.parseDouble(size.group(2)),
                text);
    }

    /** The text with the line breaks and hyphens pdftotext adds or drops at wrapped lines out. */
    String flat() {
        return flat(text);
    }

    static String flat(String s) {
        return s.replaceAll("[\\s\\-]", "");
    }

    static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
