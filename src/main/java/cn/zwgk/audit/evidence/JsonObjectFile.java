package cn.zwgk.audit.evidence;

import cn.zwgk.audit.json.JsonFiles;
import cn.zwgk.audit.json.LocatedJson;
import cn.zwgk.audit.problem.Problem;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reading a file that holds one JSON object (the profile, an evidence file): what can be wrong with
 * the file as a whole, each problem placed where the parser stopped.
 */
final class JsonObjectFile {
    private JsonObjectFile() {}

    /**
     * The part of reading a JSON file that differs by file: its object, from its opening brace on.
     */
    interface ObjectBody<T> {
        /**
         * Reads the object at {@code p}'s current token, leaving {@code p} on its closing brace;
         * {@code text} is what {@code p} reads, kept from where it is told to keep it.
         */
        T read(JsonParser p, RetainingReader text) throws IOException;
    }

    /**
     * Reads {@code file}, which must hold one JSON object, with {@code body}; reports a file that
     * is not UTF-8, not an object, not valid JSON or followed by more content. A file found not to
     * be UTF-8 part-way through contributes nothing but that problem: the problems found before the
     * bad byte are dropped and {@code discard} undoes whatever else {@code body} took from it.
     *
     * @return what {@code body} returned, or null when the file could not be read through
     */
    static <T> T read(
            ObjectMapper mapper,
            Path file,
            List<Problem> problems,
            Runnable discard,
            ObjectBody<T> body) {
        int problemsBefore = problems.size();
        JsonParser[] current = new JsonParser[1];
        try (RetainingReader text = new RetainingReader(JsonFiles.openText(file));
                JsonParser p = mapper.createParser(text)) {
            current[0] = p;
            JsonToken first = p.nextToken();
            if (first == null) {
                problems.add(at(file, "", p.currentLocation(), "文件为空，应为 JSON 对象"));
                return null;
            }
            if (first != JsonToken.START_OBJECT) {
                problems.add(at(file, "", p.currentTokenLocation(), "文件应为 JSON 对象"));
                return null;
            }
            T result = body.read(p, text);
            if (p.nextToken() != null) {
                problems.add(at(file, "", p.currentTokenLocation(), "JSON 对象之后还有多余内容"));
                return null;
            }
            return result;
        } catch (StreamConstraintsException e) {
            // Jackson gives no place for a limit passed; the parser's place is where it stopped.
            JsonLocation location =
                    e.getLocation() != null
                            ? e.getLocation()
                            : current[0] != null ? current[0].currentLocation() : JsonLocation.NA;
            problems.add(atKnown(file, location, JsonFiles.describe(e)));
            return null;
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation() == null ? JsonLocation.NA : e.getLocation();
            problems.add(atKnown(file, location, "JSON 格式错误：" + e.getOriginalMessage()));
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            // A safety net: whatever the file holds, the user gets a problem naming it, never a
            // stack trace.
            problems.add(
                    Problem.inFile(
                            file,
                            "无法读取文件（内部错误 " + e.getClass().getSimpleName() + "），请检查文件内容并报告此问题"));
            return null;
        } catch (CharacterCodingException e) {
            problems.subList(problemsBefore, problems.size()).clear();
            discard.run();
            // Without a place only when the file changed while being read and its bad byte is gone.
            problems.add(
                    e instanceof JsonFiles.NotUtf8Exception bad
                            ? new Problem(file, "", bad.line(), bad.column(), bad.reason())
                            : Problem.inFile(file, "不是有效的 UTF-8 文本"));
            return null;
        } catch (JsonFiles.TooLargeException e) {
            problems.add(Problem.inFile(file, e.getMessage()));
            return null;
        } catch (IOException e) {
            problems.add(Problem.inFile(file, "无法读取文件：" + e.getMessage()));
            return null;
        }
    }

    /**
     * Reads the value at {@code p}'s current token, found at {@code pointer} of {@code file}, as a
     * located tree.
     */
    static LocatedJson readLocated(Path file, String pointer, JsonParser p, List<Problem> problems)
            throws IOException {
        // The mapper's parser refuses duplicate keys itself; the tree would report any it let
        // through.
        return LocatedJson.read(file, pointer, p, problems);
    }

    /**
     * Checks a file's {@code schema}: {@code value} is null when the field is missing, and {@code
     * location} is then the start of the file's object.
     */
    static void checkSchema(
            Path file,
            JsonNode value,
            JsonLocation location,
            String expected,
            List<Problem> problems) {
        if (value == null) {
            problems.add(at(file, "/schema", location, "缺少 schema 字段，应为 \"" + expected + "\""));
        } else if (!expected.equals(value.textValue())) {
            problems.add(
                    at(file, "/schema", location, "schema 应为 \"" + expected + "\"，实为 " + value));
        }
    }

    static Problem at(Path file, String pointer, JsonLocation location, String reason) {
        return new Problem(file, pointer, location.getLineNr(), location.getColumnNr(), reason);
    }

    /** A problem of the whole file at {@code location}, which Jackson gives as -1 when unknown. */
    private static Problem atKnown(Path file, JsonLocation location, String reason) {
        return new Problem(
                file,
                "",
                Math.max(location.getLineNr(), 0),
                Math.max(location.getColumnNr(), 0),
                reason);
    }
}
