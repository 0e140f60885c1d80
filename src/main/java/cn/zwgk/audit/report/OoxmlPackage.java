package cn.zwgk.audit.report;

import cn.zwgk.audit.ledger.ZipEntryTimes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import cn.zwgk.audit.digest.Sha256;
import cn.zwgk.audit.verdict.Labels;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;
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
     * Title, author and dates of the document; the manifest as custom properties. The evidence
     * files are stated as their count and one digest of the list (path and SHA-256 of each, as in
     * report.json): one property per file made writing cost grow faster than the files (POI scans
     * every property on each add), and 10,000 files never finished.
     */
    static void describe(POIXMLDocument document, AuditReport report, String title) {
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
                evidence.append(line.name()).append('\t').append(line.value()).append('\n');
            } else {
                String name = line.kind() + (line.name().isEmpty() ? "" : "：" + line.name());
                named.putIfAbsent(SafeText.line(name), SafeText.officeCell(line.value()));
            }
        }
        named.put(Labels.EVIDENCE + "文件数", String.valueOf(report.manifest().evidence().size()));
        named.put(Labels.EVIDENCE + "清单 SHA-256", Sha256.of(evidence.toString()));
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

    /** The document's bytes, with every zip entry dated at the start of the audit date. */
    static byte[] write(POIXMLDocument document, LocalDate asOf) throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        document.write(written);
        return ZipEntryTimes.fixed(written.toByteArray(), asOf.atStartOfDay());
    }
}
