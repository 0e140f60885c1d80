package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * An entry of the bureau's register of 规章 and 行政规范性文件 (条例第二十条第（一）项): when it was made, published
 * and, if so, repealed. Table 2 of the annual report counts from it, so the register must hold
 * every such document still in force, not only the year's.
 */
public record NormativeDocument(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("类别") Type type,
        @Required @Label("标题") String title,
        @Label("文号") String documentNumber,
        @Required @Label("印发日期") LocalDate issuedOn,
        @Label("公开日期") LocalDate publishedOn,
        @Label("废止日期") LocalDate repealedOn)
        implements UnitRecord {
    @Override
    public String named() {
        return Names.document(title, documentNumber);
    }

    /** The two kinds of document the format counts. */
    public enum Type {
        规章,
        行政规范性文件
    }

    @Override
    public List<FieldProblem> selfCheck() {
        return Stream.concat(
                        FieldProblem.notBefore("publishedOn", "公开日期", publishedOn, "印发日期", issuedOn)
                                .stream(),
                        FieldProblem.notBefore("repealedOn", "废止日期", repealedOn, "印发日期", issuedOn)
                                .stream())
                .toList();
    }

    /** Whether it was in force at the end of {@code day}: made by then and not yet repealed. */
    public boolean inForceOn(LocalDate day) {
        return !issuedOn.isAfter(day) && (repealedOn == null || repealedOn.isAfter(day));
    }
}
