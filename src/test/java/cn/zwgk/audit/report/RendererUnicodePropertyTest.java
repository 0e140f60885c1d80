package cn.zwgk.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.report.AuditReport.Finding;
import cn.zwgk.audit.report.AuditReport.InputFile;
import cn.zwgk.audit.report.AuditReport.TaskResult;
import cn.zwgk.audit.report.AuditReport.UnitResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random Unicode — every plane, controls, lone surrogates, CR, terminal escapes, formula prefixes,
 * markup — put into every evidence-borne text of a report, through every renderer: each file is
 * valid UTF-8; XML inside the Office zips is well-formed; the CSV has the records and columns it
 * has with plain text; the Markdown has the same line structure (headings, list items, table cells)
 * and the HTML the same tags. Fixed seed, so a failure reproduces.
 */
class RendererUnicodePropertyTest {
    static final AuditReport SAMPLE = Fixtures.sample();

    /** Each format's file with plain text where the hostile text goes: the shape to keep. */
    static final Map<String, byte[]> REFERENCE = new HashMap<>();

    static {
        for (String format : Renderers.formats()) {
            try {
                REFERENCE.put(
                        format,
                        Renderers.byFormat(format).orElseThrow().render(with(SAMPLE, "文字")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Provide
    Arbitrary<String> hostileText() {
        Arbitrary<String> anyChar = Arbitraries.chars().all().map(String::valueOf);
        Arbitrary<String> anyCodePoint =
                Arbitraries.integers()
                        .between(0, Character.MAX_CODE_POINT)
                        .map(Character::toString);
        Arbitrary<String> fragments =
                Arbitraries.of(
                        "\r# 标题",
                        "\r\n- 列表",
                        "\n|a|b|",
                        "\u001b[2J\u001b]0;x\u0007",
                        "=1+1",
                        "@SUM(A1)",
                        "<script>alert(1)</script>",
                        "[x](javascript:alert(1))",
                        "\uD800",
                        "\uDC00",
                        "\uD83D\uDE00",
                        "\u0085\u2028\u2029",
                        "\"，,\"");
        return Arbitraries.oneOf(anyChar, anyCodePoint, fragments)
                .list()
                .ofMaxSize(30)
                .map(parts -> String.join("", parts));
    }

    @Property(tries = 60, seed = "20261203")
    void everyRendererWritesAFileThatParses(@ForAll("hostileText") String text) throws Exception {
        AuditReport hostile = with(SAMPLE, text);
        for (String format : Renderers.formats()) {
            Renderer r = Renderers.byFormat(format).orElseThrow();
            byte[] bytes = r.render(hostile);
            byte[] expected = REFERENCE.get(format);
            String name = r.fileName();
            if (name.endsWith(".docx") || name.endsWith(".xlsx")) {
                assertWellFormedZip(bytes);
            } else {
                String s = utf8(bytes);
                String ref = utf8(expected);
                if (name.endsWith(".csv")) {
                    assertThat(csvShape(s).toString()).as(name).isEqualTo(csvShape(ref).toString());
                } else if (name.endsWith(".md")) {
                    assertThat(String.join("\n", markdownShape(s)))
                            .as(name)
                            .isEqualTo(String.join("\n", markdownShape(ref)));
                } else if (name.endsWith(".html")) {
                    assertThat(String.join(" ", tags(s)))
                            .as(name)
                            .isEqualTo(String.join(" ", tags(ref)));
                } else if (name.endsWith(".json")) {
                    assertThat(JsonRenderer.MAPPER.readTree(s)).isNotNull();
                }
            }
        }
    }

    /** The sample with {@code text} in every evidence-borne text a reader sees. */
    static AuditReport with(AuditReport r, String text) {
        return Fixtures.withTexts(
                r,
                new Fixtures.Texts() {
                    @Override
                    public String organisation(String organisation) {
                        return text + organisation;
                    }

                    @Override
                    public String taskExplanation(TaskResult t) {
                        return text + t.explanation();
                    }

                    @Override
                    public List<String> taskEvidence(TaskResult t) {
                        return Fixtures.prepend(text, t.evidenceIds());
                    }

                    @Override
                    public String unitExplanation(TaskResult t, int index, UnitResult u) {
                        return text + u.explanation();
                    }

                    @Override
                    public List<String> unitEvidence(TaskResult t, int index, UnitResult u) {
                        return Fixtures.prepend(text, u.evidenceIds());
                    }

                    @Override
                    public String findingMessage(TaskResult t, int index, Finding f) {
                        return text + f.message();
                    }

                    @Override
                    public List<String> findingEvidence(TaskResult t, int index, Finding f) {
                        return Fixtures.prepend(text, f.evidenceIds());
                    }

                    @Override
                    public List<InputFile> evidenceFiles(List<InputFile> files) {
                        List<InputFile> evidence = new ArrayList<>(files);
                        evidence.add(new InputFile(text + ".json", "0".repeat(64)));
                        return evidence;
                    }
                });
    }

    private static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static void assertWellFormedZip(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        int xml = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                    byte[] part = zip.readAllBytes();
                    factory.newDocumentBuilder().parse(new ByteArrayInputStream(part));
                    xml++;
                }
            }
        }
        assertThat(xml).isPositive();
    }

    /** Per CSV record, its number of fields (RFC 4180, quoted fields may hold line breaks). */
    static List<Integer> csvShape(String csv) {
        List<Integer> shape = new ArrayList<>();
        int fields = 1;
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields++;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                shape.add(fields);
                fields = 1;
            }
        }
        assertThat(quoted).as("a quoted field left open").isFalse();
        return shape;
    }

    private static final Pattern BLOCK = Pattern.compile("^(#+ |- |\\d+\\. |> |\\|)?");

    /**
     * Per line (split as a Markdown reader splits them), how it starts (heading, list item, table
     * row…) and how many unescaped cell separators it has.
     */
    static List<String> markdownShape(String md) {
        List<String> shape = new ArrayList<>();
        for (String line : md.split("\r\n|\r|\n", -1)) {
            Matcher m = BLOCK.matcher(line);
            m.find();
            shape.add(
                    m.group()
                            + line.replace("\\\\", "")
                                    .replace("\\|", "")
                                    .chars()
                                    .filter(c -> c == '|')
                                    .count());
        }
        return shape;
    }

    private static final Pattern TAG = Pattern.compile("<(/?[A-Za-z][A-Za-z0-9]*)");

    static List<String> tags(String html) {
        List<String> tags = new ArrayList<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            if (!m.group(1).equals("br")) { // a line break in the text is kept as one
                tags.add(m.group(1));
            }
        }
        return tags;
    }
}
