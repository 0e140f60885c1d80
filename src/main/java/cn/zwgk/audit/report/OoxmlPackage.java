package cn.zwgk.audit.report;

import cn.zwgk.audit.digest.Sha256;
import cn.zwgk.audit.digest.ZipEntryTimes;
import cn.zwgk.audit.text.SafeText;
import cn.zwgk.audit.verdict.Labels;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * What the Office formats (docx, xlsx) share: the document properties, dated from the report's
 * audit date rather than the clock, and a zip written with fixed entry times. POI stamps both the
 * core properties and every zip entry with the current time, so without this two runs on the same
 * inputs would differ.
 */
final class OoxmlPackage {
    private OoxmlPackage() {}

    /**
     * Title, author and dates of the document; the manifest as custom properties, except the
     * evidence files: those are stated as their count and one digest of the list, the list itself
     * (path and SHA-256 of each, as in report.json) being the package part {@link #EVIDENCE_PART}.
     * One property per file made writing cost grow faster than the files (POI scans every property
     * on each add), and 10,000 files never finished.
     */
    static void describe(POIXMLDocument document, AuditReport report, String title)
            throws IOException {
        POIXMLProperties properties = document.getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        Optional<Date> date =
                Optional.of(Date.from(report.asOf().atStartOfDay().toInstant(ZoneOffset.UTC)));
        core.setCreated(date);
        core.setModified(date);
        core.setCreator(SafeText.officeCell(report.tool()));
        core.setLastModifiedByUser(SafeText.officeCell(report.tool()));
        core.setTitle(SafeText.officeCell(title));
        Map<String, String> named = new LinkedHashMap<>();
        StringBuilder evidence = new StringBuilder();
        for (ManifestLines.Line line : ManifestLines.of(report)) {
            if (line.kind().equals(Labels.EVIDENCE)) {
                evidence.append(SafeText.line(line.name()))
                        .append('\t')
                        .append(line.value())
                        .append('\n');
            } else {
                String name = line.kind() + (line.name().isEmpty() ? "" : "：" + line.name());
                named.putIfAbsent(SafeText.line(name), SafeText.officeCell(line.value()));
            }
        }
        named.put(Labels.EVIDENCE + "文件数", String.valueOf(report.manifest().evidence().size()));
        named.put(Labels.EVIDENCE + "清单 SHA-256", Sha256.of(evidence.toString()));
        writeEvidencePart(document.getPackage(), evidence.toString());
        POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
        int id = 2; // property ids start at 2 (OOXML custom properties)
        for (Map.Entry<String, String> e : named.entrySet()) {
            CTProperty p = custom.getUnderlyingProperties().addNewProperty();
            p.setFmtid(POIXMLProperties.CustomProperties.FORMAT_ID);
            p.setPid(id++);
            p.setName(e.getKey());
            p.setLpwstr(e.getValue());
        }
    }

    /** The evidence list inside the package, where the document properties point to it. */
    static final String EVIDENCE_PART = "/zwgk/evidence-files.txt";

    /**
     * The package relationship naming {@link #EVIDENCE_PART}; Office ignores types it does not
     * know.
     */
    static final String EVIDENCE_RELATIONSHIP = "https://zwgk.cn/relationships/evidence-files";

    private static void writeEvidencePart(OPCPackage pkg, String list) throws IOException {
        try {
            PackagePartName name = PackagingURIHelper.createPartName(EVIDENCE_PART);
            PackagePart part = pkg.createPart(name, "text/plain");
            try (OutputStream out = part.getOutputStream()) {
                out.write(list.getBytes(StandardCharsets.UTF_8));
            }
            pkg.addRelationship(name, TargetMode.INTERNAL, EVIDENCE_RELATIONSHIP);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("fixed part name " + EVIDENCE_PART + " refused", e);
        }
    }

    /** The document's bytes, with every zip entry dated at the start of the audit date. */
    static byte[] write(POIXMLDocument document, LocalDate asOf) throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        document.write(written);
        return ZipEntryTimes.fixed(written.toByteArray(), asOf.atStartOfDay());
    }
}
