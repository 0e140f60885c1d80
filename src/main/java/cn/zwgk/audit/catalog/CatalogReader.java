package cn.zwgk.audit.catalog;

import cn.zwgk.audit.json.JsonFiles;
import cn.zwgk.audit.json.LocatedJson;
import cn.zwgk.audit.problem.CatalogException;
import cn.zwgk.audit.problem.Problem;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code catalog.json} strictly. Validation runs over the whole document before giving up, so
 * an auditor sees every mistake at once; a catalog is returned only when there is none.
 */
final class CatalogReader {

    private static final String SCHEMA = "zwgk-catalog/1";

    private static final Set<String> ROOT_FIELDS = Set.of("schema", "title", "year", "tasks");
    private static final Set<String> TASK_FIELDS =
            Set.of(
                    "number",
                    "content",
                    "leadUnits",
                    "responsibleUnits",
                    "deadlineText",
                    "deadline");

    private static final String MONTH_END = "month-end";
    private static final String AFTER_ANCHOR = "after-anchor";
    private static final String CONTINUOUS = "continuous";
    private static final String IN_YEAR = "in-year";
    private static final Set<String> DEADLINE_TYPES =
            Set.of(MONTH_END, AFTER_ANCHOR, CONTINUOUS, IN_YEAR);

    /** How the table writes a month deadline: {@code 2020.6} or {@code 2020.06}. */
    private static final Pattern TEXT_MONTH = Pattern.compile("(\\d{4})\\.(\\d{1,2})");

    /** How the catalog writes it: ISO {@code 2020-06}. */
    private static final Pattern ISO_MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private final Path file;
    private final LocatedJson json;
    private final List<Problem> problems;

    private CatalogReader(Path file, LocatedJson json, List<Problem> problems) {
        this.file = file;
        this.json = json;
        this.problems = problems;
    }

    static Catalog read(Path file) throws CatalogException {
        String text;
        try {
            text = JsonFiles.readText(file);
        } catch (NoSuchFileException e) {
            throw new CatalogException(Problem.inFile(file, "文件不存在"));
        } catch (CharacterCodingException e) {
            throw new CatalogException(Problem.inFile(file, "不是有效的 UTF-8 文本"));
        } catch (IOException e) {
            throw new CatalogException(Problem.inFile(file, "无法读取：" + e.getMessage()));
        }

        List<Problem> problems = new ArrayList<>();
        LocatedJson json = LocatedJson.parse(file, text, problems);
        Catalog catalog = json == null ? null : new CatalogReader(file, json, problems).catalog();
        if (!problems.isEmpty()) {
            throw new CatalogException(
                    problems.stream()
                            .sorted(
                                    Comparator.comparingInt(Problem::line)
                                            .thenComparingInt(Problem::column))
                            .map(CatalogReader::namingTheRoot)
                            .toList());
        }
        return catalog;
    }

    private Catalog catalog() {
        ObjectNode root = object(json.root(), "");
        if (root == null) {
            return null;
        }
        rejectUnknown(root, "", ROOT_FIELDS);
        String schema = string(root, "", "schema", false);
        if (schema != null && !schema.equals(SCHEMA)) {
            problem(
                    json.valueAt("/schema"),
                    "/schema",
                    "不支持的格式 “" + schema + "”，应为 “" + SCHEMA + "”");
        }
        String title = string(root, "", "title", false);
        Integer year = integer(root, "", "year");
        List<CatalogTask> tasks = tasks(root);
        if (schema == null || title == null || year == null || tasks == null) {
            return null;
        }
        return new Catalog(title, year, tasks);
    }

    private List<CatalogTask> tasks(ObjectNode root) {
        JsonNode node = required(root, "", "tasks", JsonNode::isArray, "数组");
        if (node == null) {
            return null;
        }
        if (node.isEmpty()) {
            problem(json.valueAt("/tasks"), "/tasks", "任务列表为空");
            return null;
        }
        List<CatalogTask> tasks = new ArrayList<>();
        Map<Integer, String> firstPointerOfNumber = new HashMap<>();
        boolean complete = true;
        for (int i = 0; i < node.size(); i++) {
            CatalogTask task =
                    task(node.get(i), LocatedJson.child("/tasks", i), firstPointerOfNumber);
            complete &= task != null;
            tasks.add(task);
        }
        return complete ? tasks : null;
    }

    private CatalogTask task(JsonNode node, String at, Map<Integer, String> firstPointerOfNumber) {
        ObjectNode task = object(node, at);
        if (task == null) {
            return null;
        }
        rejectUnknown(task, at, TASK_FIELDS);
        Integer number = integer(task, at, "number");
        if (number != null) {
            String numberAt = LocatedJson.child(at, "number");
            String first = firstPointerOfNumber.putIfAbsent(number, numberAt);
            if (first != null) {
                problem(json.valueAt(numberAt), numberAt, "序号 " + number + " 重复，已用于 " + first);
                number = null;
            }
        }
        String content = string(task, at, "content", false);
        String leadUnits = string(task, at, "leadUnits", false);
        String responsibleUnits = string(task, at, "responsibleUnits", false);
        String deadlineText = string(task, at, "deadlineText", true);
        Deadline deadline = deadline(task, at, deadlineText);
        if (number == null
                || content == null
                || leadUnits == null
                || responsibleUnits == null
                || deadlineText == null
                || deadline == null) {
            return null;
        }
        return new CatalogTask(
                number, content, leadUnits, responsibleUnits, deadlineText, deadline);
    }

    private Deadline deadline(ObjectNode task, String taskAt, String deadlineText) {
        JsonNode node = required(task, taskAt, "deadline", JsonNode::isObject, "对象");
        if (node == null) {
            return null;
        }
        ObjectNode deadline = (ObjectNode) node;
        String at = LocatedJson.child(taskAt, "deadline");
        String type = string(deadline, at, "type", false);
        if (type == null) {
            return null;
        }
        Deadline result;
        switch (type) {
            case MONTH_END -> {
                rejectUnknown(deadline, at, Set.of("type", "month"));
                YearMonth month = month(deadline, at);
                result = month == null ? null : new Deadline.MonthEnd(month);
            }
            case AFTER_ANCHOR -> {
                rejectUnknown(deadline, at, Set.of("type", "anchor", "months"));
                String anchor = string(deadline, at, "anchor", false);
                Integer months = integer(deadline, at, "months");
                result =
                        anchor == null || months == null
                                ? null
                                : new Deadline.AfterAnchor(anchor, months);
            }
            case CONTINUOUS -> {
                rejectUnknown(deadline, at, Set.of("type", "anchor"));
                if (deadline.has("anchor")) {
                    String anchor = string(deadline, at, "anchor", false);
                    result = anchor == null ? null : new Deadline.Continuous(anchor);
                } else {
                    result = new Deadline.Continuous(null);
                }
            }
            case IN_YEAR -> {
                rejectUnknown(deadline, at, Set.of("type"));
                result = new Deadline.InYear();
            }
            default -> {
                String typeAt = LocatedJson.child(at, "type");
                problem(
                        json.valueAt(typeAt),
                        typeAt,
                        "未知的时间节点类型 “"
                                + type
                                + "”，可选："
                                + String.join("、", new TreeSet<>(DEADLINE_TYPES)));
                result = null;
            }
        }
        if (result != null && deadlineText != null && !agreesWithText(result, at, deadlineText)) {
            return null;
        }
        return result;
    }

    /**
     * The table's month text and the parsed month must say the same thing, both ways: a month-end
     * deadline needs a month text, and a month text needs a month-end deadline. This catches the
     * likely slip of editing one and not the other when next year's table is entered.
     */
    private boolean agreesWithText(Deadline deadline, String at, String deadlineText) {
        Optional<YearMonth> written = monthOfText(deadlineText);
        String shown = deadlineText.replace("\n", "\\n");
        if (deadline instanceof Deadline.MonthEnd monthEnd) {
            String monthAt = LocatedJson.child(at, "month");
            if (written.isEmpty()) {
                problem(
                        json.valueAt(monthAt),
                        monthAt,
                        "时间节点文本 “" + shown + "” 不是 YYYY.M 形式的单一月份，与 month-end 不符");
                return false;
            }
            if (!written.get().equals(monthEnd.month())) {
                problem(
                        json.valueAt(monthAt),
                        monthAt,
                        "月份 "
                                + monthEnd.month()
                                + " 与时间节点文本 “"
                                + shown
                                + "” 不一致，应为 "
                                + written.get());
                return false;
            }
        } else if (written.isPresent()) {
            String typeAt = LocatedJson.child(at, "type");
            problem(
                    json.valueAt(typeAt),
                    typeAt,
                    "时间节点文本 “" + shown + "” 是月份，类型应为 month-end（month 为 " + written.get() + "）");
            return false;
        }
        return true;
    }

    /**
     * The month a 时间节点 text names, when every line of it is the same {@code YYYY.M} (task 30's cell
     * repeats {@code 2020.12} on two lines); otherwise empty.
     */
    private static Optional<YearMonth> monthOfText(String deadlineText) {
        YearMonth found = null;
        for (String line : deadlineText.split("\n")) {
            Matcher m = TEXT_MONTH.matcher(line.strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            YearMonth month;
            try {
                month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
            if (found != null && !found.equals(month)) {
                return Optional.empty();
            }
            found = month;
        }
        return Optional.ofNullable(found);
    }

    private YearMonth month(ObjectNode deadline, String at) {
        String text = string(deadline, at, "month", false);
        if (text == null) {
            return null;
        }
        String monthAt = LocatedJson.child(at, "month");
        if (ISO_MONTH.matcher(text).matches()) {
            try {
                return YearMonth.parse(text);
            } catch (DateTimeException e) {
                // Falls through to the same message as a malformed text: 2020-13 is no month
                // either.
            }
        }
        problem(json.valueAt(monthAt), monthAt, "月份 “" + text + "” 无效，应为 YYYY-MM，如 2020-06");
        return null;
    }

    private ObjectNode object(JsonNode node, String at) {
        if (node instanceof ObjectNode object) {
            return object;
        }
        wrongType(node, at, "对象");
        return null;
    }

    private void rejectUnknown(ObjectNode object, String at, Set<String> allowed) {
        object.fieldNames()
                .forEachRemaining(
                        name -> {
                            if (!allowed.contains(name)) {
                                String member = LocatedJson.child(at, name);
                                problem(
                                        json.nameAt(member),
                                        member,
                                        "未知字段 “"
                                                + name
                                                + "”，允许的字段："
                                                + String.join("、", new TreeSet<>(allowed)));
                            }
                        });
    }

    /**
     * A required member of one JSON type, named {@code type} in the problem (e.g. 字符串); null, the
     * problem noted, when it is missing or of another type. The one place a field's presence and
     * type are checked, so every field is reported alike.
     */
    private JsonNode required(
            ObjectNode object, String at, String field, Predicate<JsonNode> ofType, String type) {
        JsonNode node = object.get(field);
        String member = LocatedJson.child(at, field);
        if (node == null) {
            problem(json.valueAt(at), member, "缺少必填字段 “" + field + "”");
            return null;
        }
        if (!ofType.test(node)) {
            wrongType(node, member, type);
            return null;
        }
        return node;
    }

    /**
     * A required string; blank only where {@code blankAllowed} (the empty 时间节点 means "within the
     * year").
     */
    private String string(ObjectNode object, String at, String field, boolean blankAllowed) {
        JsonNode node = required(object, at, field, JsonNode::isTextual, "字符串");
        if (node == null) {
            return null;
        }
        if (!blankAllowed && node.textValue().isBlank()) {
            String member = LocatedJson.child(at, field);
            problem(json.valueAt(member), member, "不能为空");
            return null;
        }
        return node.textValue();
    }

    /**
     * A required integer of at least 1: every number in the catalog (序号, year, months) is positive.
     */
    private Integer integer(ObjectNode object, String at, String field) {
        JsonNode node = required(object, at, field, JsonNode::isIntegralNumber, "整数");
        if (node == null) {
            return null;
        }
        if (!node.canConvertToInt() || node.intValue() < 1) {
            String member = LocatedJson.child(at, field);
            problem(json.valueAt(member), member, "应为正整数，实际为 " + node.asText());
            return null;
        }
        return node.intValue();
    }

    private void wrongType(JsonNode node, String at, String expected) {
        problem(json.valueAt(at), at, "应为" + expected + "，实际为" + kind(node));
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> "对象";
            case ARRAY -> "数组";
            case STRING -> "字符串 “" + node.textValue() + "”";
            case NUMBER -> (node.isIntegralNumber() ? "整数 " : "小数 ") + node.asText();
            case BOOLEAN -> "布尔值 " + node.asText();
            case NULL -> " null";
            default -> node.getNodeType().toString();
        };
    }

    private void problem(JsonLocation location, String pointer, String reason) {
        problems.add(
                new Problem(file, pointer, location.getLineNr(), location.getColumnNr(), reason));
    }

    /**
     * A problem as the catalog has always shown it: the root, whose pointer is empty, named "(根)"
     * so the line reads the same whether a syntax error or a field is at fault.
     */
    private static Problem namingTheRoot(Problem p) {
        return p.pointer().isEmpty() && p.line() > 0
                ? new Problem(p.file(), "(根)", p.line(), p.column(), p.reason())
                : p;
    }
}
