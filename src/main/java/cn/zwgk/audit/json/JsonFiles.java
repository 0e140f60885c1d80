package cn.zwgk.audit.json;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads JSON files as text, the form in which Jackson reports the places editors show. */
public final class JsonFiles {
    private JsonFiles() {}

    /**
     * The text of a UTF-8 file, without a leading byte-order mark.
     *
     * <p>Parse the result, not the file's bytes: from a String Jackson counts columns in
     * characters, as editors do, whereas from bytes each Chinese character would count three.
     *
     * @throws CharacterCodingException when the file is not valid UTF-8
     * @throws IOException when the file cannot be read
     */
    public static String readText(Path file) throws IOException {
        String text = Files.readString(file);
        // Some Windows editors save UTF-8 with a byte-order mark; it is invisible, not content.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
