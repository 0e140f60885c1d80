package cn.zwgk.audit.drl;

import cn.zwgk.audit.problem.Problem;
import com.github.javaparser.ParseProblemException;
import com.github.javaparser.Position;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.runtime.CommonToken;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.lang.DRL6Lexer;

/**
 * Checks that rule files keep the shape auditors can read (docs/auditor-guide.md, "规则文件的写法"):
 * decisions in the conditions, a consequence that only inserts, thresholds as named parameters with
 * their sources, no helper functions copied between files. Every finding is a warning: the rules
 * still run.
 */
public final class ShapeLint {
    /** Numbers a condition may hold without naming them: none, one, and {@code task == N}. */
    private static final Set<String> PLAIN_NUMBERS = Set.of("0", "1");

    /**
     * Collection classes whose construction in a consequence is Java plumbing (gathering records by
     * hand). {@code List.of(…)} is not: it names no records or one, for a verdict's evidence.
     */
    private static final Set<String> COLLECTIONS =
            Set.of(
                    "ArrayList",
                    "LinkedList",
                    "HashMap",
                    "LinkedHashMap",
                    "TreeMap",
                    "HashSet",
                    "LinkedHashSet",
                    "TreeSet",
                    "ArrayDeque");

    private static final String CONSEQUENCE_ONLY_INSERTS = "（判定写在 when 中，then 只插入一个结论或派生事实）";

    private ShapeLint() {}

    /** The warnings for these rule files, each file's in reading order. */
    public static List<Problem> lint(List<Path> files) throws IOException {
        List<Problem> warnings = new ArrayList<>();
        Map<String, List<Definition>> functions = new LinkedHashMap<>();
        for (Path file : files) {
            DrlSource source = DrlSource.read(file);
            for (RuleDescr rule : source.rules()) {
                lintConditions(source, rule, warnings);
                lintConsequence(source, rule, warnings);
            }
            for (FunctionDescr function : source.functions()) {
                lintFunction(source, function, warnings);
                functions
                        .computeIfAbsent(signature(function), k -> new ArrayList<>())
                        .add(new Definition(source.file, function));
            }
        }
        lintCopies(functions, warnings);
        return warnings.stream().sorted(Problem.READING_ORDER).toList();
    }

    /** The warnings for every rule file under a folder. */
    public static List<Problem> lintFolder(Path rulesFolder) throws IOException {
        return lint(Parameters.drlFiles(rulesFolder));
    }

    private static void lintConditions(DrlSource source, RuleDescr rule, List<Problem> warnings) {
        List<CommonToken> tokens = source.conditionTokens(rule);
        for (int i = 0; i < tokens.size(); i++) {
            CommonToken t = tokens.get(i);
            boolean number =
                    t.getType() == DRL6Lexer.DECIMAL
                            || t.getType() == DRL6Lexer.FLOAT
                            || t.getType() == DRL6Lexer.HEX;
            boolean taskNumber =
                    i >= 2
                            && tokens.get(i - 1).getText().equals("==")
                            && tokens.get(i - 2).getText().equals("task");
            if (number && !taskNumber && !PLAIN_NUMBERS.contains(t.getText())) {
                warnings.add(
                        warning(
                                source,
                                t.getLine(),
                                t.getCharPositionInLine() + 1,
                                "条件中的数字 " + t.getText() + " 应写成具名参数（一行的函数，上一行注明出处）"));
            }
        }
    }

    private static void lintConsequence(DrlSource source, RuleDescr rule, List<Problem> warnings) {
        DrlSource.Consequence consequence = source.consequence(rule);
        if (consequence == null || consequence.code().isBlank()) {
            return;
        }
        BlockStmt block;
        try {
            block = StaticJavaParser.parseBlock("{" + consequence.code() + "}");
        } catch (ParseProblemException notJava) {
            warnings.add(
                    warning(
                            source,
                            consequence.line(),
                            consequence.column(),
                            "then 中的代码无法按 Java 读取，未检查其写法" + CONSEQUENCE_ONLY_INSERTS));
            return;
        }
        int inserts = 0;
        for (Node node : block.findAll(Node.class)) {
            String what = plumbing(node);
            if (what != null) {
                warnings.add(at(source, consequence, node, what));
            }
            if (node instanceof MethodCallExpr call
                    && (call.getNameAsString().equals("insert")
                            || call.getNameAsString().equals("insertLogical"))
                    && ++inserts == 2) {
                warnings.add(at(source, consequence, node, "then 中插入了不止一个事实"));
            }
        }
    }

    /** What Java plumbing a consequence node is, in the guide's words; null when none. */
    private static String plumbing(Node node) {
        if (node instanceof ForStmt || node instanceof ForEachStmt) {
            return "then 中有 for 循环";
        }
        if (node instanceof WhileStmt || node instanceof DoStmt) {
            return "then 中有 while 循环";
        }
        if (node instanceof IfStmt branch) {
            return branch.getElseStmt().isPresent() ? "then 中有 if … else 分支" : "then 中有 if 分支";
        }
        if (node instanceof SwitchStmt || node instanceof SwitchExpr) {
            return "then 中有 switch 分支";
        }
        if (node instanceof ConditionalExpr) {
            return "then 中有条件表达式（? :）";
        }
        if (node instanceof CastExpr cast) {
            return "then 中有类型转换 (" + cast.getType() + ")";
        }
        if (node instanceof VariableDeclarationExpr variable
                && variable.getParentNode()
                        .filter(p -> p instanceof ForStmt || p instanceof ForEachStmt)
                        .isEmpty()) {
            return "then 中有局部变量 " + variable.getVariable(0).getNameAsString();
        }
        if (node instanceof ArrayCreationExpr) {
            return "then 中构造了数组";
        }
        if (node instanceof ObjectCreationExpr created
                && COLLECTIONS.contains(created.getType().getNameAsString())) {
            return "then 中构造了集合 new " + created.getType().getNameAsString();
        }
        return null;
    }

    private static void lintFunction(
            DrlSource source, FunctionDescr function, List<Problem> warnings) {
        int line = function.getLine();
        int column = function.getColumn() + 1;
        if (Parameters.returnedValue(function) == null || function.getEndLine() != line) {
            warnings.add(
                    warning(
                            source,
                            line,
                            column,
                            "函数 "
                                    + function.getName()
                                    + " 不是一行的具名参数：规则文件中的函数只写 function 类型 名称() { return 值; }，"
                                    + "计算交给 Java 辅助函数或声明的事实"));
            return;
        }
        String comment = source.commentAbove(line);
        if (comment.isEmpty()) {
            warnings.add(
                    warning(
                            source,
                            line,
                            column,
                            "参数 "
                                    + function.getName()
                                    + " 的上一行没有注明出处（法规条款、任务表，或 "
                                    + Parameter.DEFAULT_MARK
                                    + " 加理由）"));
        } else if (Parameters.basisOf(comment) == Parameter.Basis.MISSING) {
            warnings.add(
                    warning(
                            source,
                            line,
                            column,
                            comment.contains(Parameter.DEFAULT_MARK)
                                    ? "参数 "
                                            + function.getName()
                                            + " 标了 "
                                            + Parameter.DEFAULT_MARK
                                            + "，但没有写为什么取这个值"
                                    : "参数 "
                                            + function.getName()
                                            + " 的出处注释没有写明法规条款或任务表，也没有标 "
                                            + Parameter.DEFAULT_MARK));
        }
    }

    /** A function as defined in one file. */
    private record Definition(Path file, FunctionDescr function) {
        boolean parameter() {
            return Parameters.returnedValue(function) != null;
        }
    }

    /**
     * Helpers copied between files: the same name and argument types in two files. Two tasks'
     * parameters may share a name, each with its own value and source.
     */
    private static void lintCopies(
            Map<String, List<Definition>> functions, List<Problem> warnings) {
        for (List<Definition> same : functions.values()) {
            if (same.size() < 2 || same.stream().allMatch(Definition::parameter)) {
                continue;
            }
            Definition first = same.get(0);
            for (Definition copy : same.subList(1, same.size())) {
                if (copy.file().equals(first.file())) {
                    continue;
                }
                warnings.add(
                        Problem.inText(
                                copy.file(),
                                copy.function().getLine(),
                                copy.function().getColumn() + 1,
                                "函数 "
                                        + copy.function().getName()
                                        + " 也定义在 "
                                        + first.file().getFileName()
                                        + " 中：多个规则文件共用的辅助函数放在 Java 中（如"
                                        + " cn.zwgk.audit.verdict.Text），不要复制"));
            }
        }
    }

    private static String signature(FunctionDescr function) {
        return function.getName() + function.getParameterTypes();
    }

    private static Problem at(
            DrlSource source, DrlSource.Consequence consequence, Node node, String what) {
        Position p = node.getBegin().orElse(new Position(1, 2));
        // The block parsed is "{" + code: its line 1, column 2 is the consequence's first
        // character.
        int line = consequence.line() + p.line - 1;
        int column = p.line == 1 ? consequence.column() + p.column - 2 : p.column;
        return warning(source, line, column, what + CONSEQUENCE_ONLY_INSERTS);
    }

    private static Problem warning(DrlSource source, int line, int column, String message) {
        return Problem.inText(source.file, line, column, message);
    }
}
