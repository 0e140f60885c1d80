package cn.zwgk.audit.drl;

import com.github.javaparser.ParseProblemException;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.drl.ast.descr.FunctionDescr;

/**
 * Reads the named parameters of rule files: every function without arguments whose body is one
 * {@code return}, with its source comment. The one list behind {@code zwgk params}, the guide's
 * "参数一览" and the check that every parameter has a source.
 */
public final class Parameters {
    /**
     * What a comment must contain to cite a source: a named law or document (《…》), an article
     * (第…条), a document number (〔2019〕60号) or the task table.
     */
    private static final Pattern CITATION =
            Pattern.compile("《[^》]+》|第[一二三四五六七八九十百零〇0-9]+条|〔\\d{4}〕\\d+号|任务表");

    /** A reason after the default mark: at least two letters or CJK characters. */
    private static final Pattern REASON = Pattern.compile("[\\p{IsHan}\\p{L}].*[\\p{IsHan}\\p{L}]");

    private Parameters() {}

    /** The parameters of every rule file under the folder, by file name, then line. */
    public static List<Parameter> ofFolder(Path rulesFolder) throws IOException {
        List<Parameter> parameters = new ArrayList<>();
        for (Path file : drlFiles(rulesFolder)) {
            parameters.addAll(of(file));
        }
        return parameters;
    }

    /** The parameters of one rule file, in the order written; none when it does not parse. */
    public static List<Parameter> of(Path file) throws IOException {
        return of(DrlSource.read(file));
    }

    static List<Parameter> of(DrlSource source) {
        List<Parameter> parameters = new ArrayList<>();
        int task = source.task();
        for (FunctionDescr function : source.functions()) {
            if (returnedValue(function) != null) {
                String comment = source.commentAbove(function.getLine());
                parameters.add(
                        new Parameter(
                                source.file,
                                task,
                                function.getName(),
                                function.getReturnType(),
                                returnedValue(function),
                                comment,
                                function.getLine(),
                                basisOf(comment)));
            }
        }
        return parameters;
    }

    /** The rule files under a folder, sorted by path. */
    static List<Path> drlFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        }
    }

    /**
     * The expression a function returns, on one line, when it is a parameter: no arguments and a
     * body of one {@code return}; else null.
     */
    static String returnedValue(FunctionDescr function) {
        if (!function.getParameterNames().isEmpty()) {
            return null;
        }
        try {
            BlockStmt body = StaticJavaParser.parseBlock("{" + function.getBody() + "}");
            if (body.getStatements().size() == 1
                    && body.getStatement(0) instanceof ReturnStmt ret
                    && ret.getExpression().isPresent()) {
                return ret.getExpression().get().toString().replaceAll("\\s+", " ");
            }
        } catch (ParseProblemException notJava) {
            // Not a parameter; the lint says what it is.
        }
        return null;
    }

    /** What a source comment rests on; a default needs its reason. */
    static Parameter.Basis basisOf(String comment) {
        int mark = comment.indexOf(Parameter.DEFAULT_MARK);
        if (mark >= 0) {
            String reason =
                    comment.substring(0, mark)
                            + comment.substring(mark + Parameter.DEFAULT_MARK.length());
            return REASON.matcher(reason).find()
                    ? Parameter.Basis.DEFAULT
                    : Parameter.Basis.MISSING;
        }
        return CITATION.matcher(comment).find() ? Parameter.Basis.STATUTE : Parameter.Basis.MISSING;
    }
}
