package cn.zwgk.audit.json;

import cn.zwgk.audit.problem.Problem;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value read into a Jackson tree that remembers where each value and each field name starts,
 * by JSON pointer. Jackson's own tree drops locations, and its data binding stops at the first
 * error; validating this tree lets a reader report every problem with its place.
 *
 * <p>Pointers are relative to the value read: the empty pointer is that value itself.
 */
public final class LocatedJson {

    private static final JsonFactory FACTORY = JsonFiles.factory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode root;
    private final Map<String, JsonLocation> valueAt;
    private final Map<String, JsonLocation> nameAt;

    private LocatedJson(JsonNode root, Builder builder) {
        this.root = root;
        this.valueAt = builder.valueAt;
        this.nameAt = builder.nameAt;
    }

    /**
     * Parses {@code text} as one JSON document. Duplicate field names are added to {@code problems}
     * (the first one is kept); a syntax error is added too and ends the parse.
     *
     * @return the document, or null after a syntax error, trailing content or an empty text
     */
    public static LocatedJson parse(Path file, String text, List<Problem> problems) {
        Builder builder = new Builder(file, "", problems);
        // A String source (not bytes) makes Jackson count columns in characters; see JsonFiles.
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                problems.add(new Problem(file, "", 1, 1, "文件为空，应为 JSON 对象"));
                return null;
            }
            JsonNode root = builder.read(parser, "");
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                problems.add(
                        new Problem(file, "", at.getLineNr(), at.getColumnNr(), "JSON 值结束后还有多余内容"));
                return null;
            }
            return new LocatedJson(root, builder);
        } catch (StreamConstraintsException e) {
            problems.add(stoppedAt(file, e, builder.pointer, JsonFiles.describe(e)));
            return null;
        } catch (JsonProcessingException e) {
            problems.add(
                    stoppedAt(file, e, builder.pointer, "JSON 语法错误：" + e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            // Reading from a String does no I/O; anything else Jackson throws is a JSON error.
            throw new IllegalStateException(e);
        }
    }

    /** A problem where Jackson stopped, at the value being read ({@code pointer}). */
    private static Problem stoppedAt(
            Path file, JsonProcessingException e, String pointer, String reason) {
        JsonLocation at = e.getLocation() == null ? JsonLocation.NA : e.getLocation();
        return new Problem(
                file, pointer, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0), reason);
    }

    /**
     * Reads the one value that starts at {@code parser}'s current token and leaves the parser on
     * that value's last token, so that a caller can stream a large document value by value.
     * Duplicate field names are added to {@code problems} (the first one is kept), unless the
     * parser itself refuses them, placed in {@code file} below the value's own pointer {@code at}.
     *
     * @throws JsonProcessingException on a syntax error, which the caller reports as it reports the
     *     rest of its document's syntax
     */
    public static LocatedJson read(Path file, String at, JsonParser parser, List<Problem> problems)
            throws IOException {
        Builder builder = new Builder(file, at, problems);
        return new LocatedJson(builder.read(parser, ""), builder);
    }

    /** The pointer of a member of the object at {@code parent}, escaped as RFC 6901 requires. */
    public static String child(String parent, String name) {
        return parent + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** The pointer of an element of the array at {@code parent}. */
    public static String child(String parent, int index) {
        return parent + "/" + index;
    }

    /** The value read; its objects keep their fields in the order written. */
    public JsonNode root() {
        return root;
    }

    /** Where the value at {@code pointer} starts; null when there is no such value. */
    public JsonLocation valueAt(String pointer) {
        return valueAt.get(pointer);
    }

    /**
     * Where the field name of the member at {@code pointer} starts; null when there is no such
     * member.
     */
    public JsonLocation nameAt(String pointer) {
        return nameAt.get(pointer);
    }

    private static final class Builder {
        private final Path file;

        /** Where the value read sits in its file, which the problems' pointers start with. */
        private final String base;

        private final List<Problem> problems;
        private final Map<String, JsonLocation> valueAt = new HashMap<>();
        private final Map<String, JsonLocation> nameAt = new HashMap<>();

        /** The value being read, so that a syntax error can say where in the document it is. */
        private String pointer = "";

        Builder(Path file, String base, List<Problem> problems) {
            this.file = file;
            this.base = base;
            this.problems = problems;
        }

        JsonNode read(JsonParser parser, String at) throws IOException {
            pointer = at;
            valueAt.put(at, parser.currentTokenLocation());
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT:
                    return readObject(parser, at);
                case START_ARRAY:
                    ArrayNode array = NODES.arrayNode();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        array.add(read(parser, child(at, array.size())));
                        pointer = at;
                    }
                    return array;
                case VALUE_STRING:
                    return NODES.textNode(parser.getText());
                case VALUE_NUMBER_INT:
                    return switch (parser.getNumberType()) {
                        case INT -> NODES.numberNode(parser.getIntValue());
                        case LONG -> NODES.numberNode(parser.getLongValue());
                        default -> NODES.numberNode(parser.getBigIntegerValue());
                    };
                case VALUE_NUMBER_FLOAT:
                    return NODES.numberNode(parser.getDecimalValue());
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return NODES.booleanNode(parser.getBooleanValue());
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    throw new IllegalStateException("unexpected JSON token " + token + " at " + at);
            }
        }

        private ObjectNode readObject(JsonParser parser, String at) throws IOException {
            ObjectNode object = NODES.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                String member = child(at, name);
                JsonLocation nameLocation = parser.currentTokenLocation();
                parser.nextToken();
                if (object.has(name)) {
                    problems.add(
                            new Problem(
                                    file,
                                    base + member,
                                    nameLocation.getLineNr(),
                                    nameLocation.getColumnNr(),
                                    "字段 “" + name + "” 重复出现"));
                    parser.skipChildren();
                } else {
                    nameAt.put(member, nameLocation);
                    object.set(name, read(parser, member));
                }
                pointer = at;
            }
            return object;
        }
    }
}
