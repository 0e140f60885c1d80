package cn.zwgk.audit.report;

import cn.zwgk.audit.digest.ZipEntryTimes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;

/**
 * What the Office formats (docx, xlsx) share: the document properties, dated from the report's
 * audit date rather than the clock, and a zip written with fixed entry times. POI stamps both the
 * core properties and every zip entry with the current time, so without this two runs on the same
 * inputs would differ.
 */
final class OoxmlPackage {
    private OoxmlPackage() {}

    /** Title, author and dates of the document; the manifest as custom properties. */
    static void describe(POIXMLDocument document, AuditReport report, String title) {
        POIXMLProperties properties = document.getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        Optional<Date> date =
                Optional.of(Date.from(report.asOf().atStartOfDay().toInstant(ZoneOffset.UTC)));
        core.setCreated(date);
        core.setModified(date);
        core.setCreator(report.tool());
        core.setLastModifiedByUser(report.tool());
        core.setTitle(title);
        POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
        for (ManifestLines.Line line : ManifestLines.of(report)) {
            String name = line.kind() + (line.name().isEmpty() ? "" : "：" + line.name());
            if (!custom.contains(name)) {
                custom.addProperty(name, line.value());
            }
        }
    }

    /** The document's bytes, with every zip entry dated at the start of the audit date. */
    static byte[] write(POIXMLDocument document, LocalDate asOf) throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        document.write(written);
        return ZipEntryTimes.fixed(written.toByteArray(), asOf.atStartOfDay());
    }
}
