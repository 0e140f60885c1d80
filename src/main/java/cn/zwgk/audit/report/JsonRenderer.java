package cn.zwgk.audit.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** {@code report.json}: the model as it is, with "\n" line ends whatever the platform. */
final class JsonRenderer implements Renderer {
    static final ObjectMapper MAPPER =
            JsonMapper.builder()
                    .addModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .build();

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String fileName() {
        return "report.json";
    }

    @Override
    public byte[] render(AuditReport report) throws IOException {
        DefaultPrettyPrinter printer =
                new DefaultPrettyPrinter()
                        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        // Written as UTF-8 bytes directly: at 1M records the report is 60 MB, not worth two more
        // copies.
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        MAPPER.writer(printer).writeValue(json, report);
        json.write('\n');
        return json.toByteArray();
    }
}
