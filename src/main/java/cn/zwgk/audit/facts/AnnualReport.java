package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The bureau's 政府信息公开工作年度报告 for one year: when published and submitted, in which format, and which
 * of the parts 条例第五十条 lists it contains.
 */
public record AnnualReport(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("报告年度") Integer reportYear,
        @Required @Label("发布日期") LocalDate publishedOn,
        @Label("报送日期") LocalDate submittedOn,
        /** The national format the report says it follows, e.g. 国办公开办函〔2019〕60号. */
        @Label("格式依据") String format,
        /** The parts the report contains, by their headings, e.g. 主动公开政府信息情况. */
        @Label("包含部分") List<String> parts)
        implements UnitRecord {
    public AnnualReport {
        parts = Lists.orEmpty(parts);
    }

    @Override
    public String named() {
        return reportYear + "年度政府信息公开工作年报";
    }

    /** The national format a report of its year must follow (see {@link ReportLayout#forYear}). */
    public String requiredFormat() {
        return ReportLayout.forYear(reportYear).document();
    }

    /** Whether the report states the format its year requires. */
    public boolean followsRequiredFormat() {
        return requiredFormat().equals(format);
    }

    /**
     * The required parts, in the order given, that no heading of {@link #parts} names; a heading
     * names a part when it contains its words.
     */
    public List<String> missingParts(List<String> required) {
        return required.stream()
                .filter(part -> parts.stream().noneMatch(p -> p != null && p.contains(part)))
                .toList();
    }

    /** Calendar days the report was published after {@code due}; 0 when on time. */
    public long publishedDaysAfter(LocalDate due) {
        return Math.max(0, ChronoUnit.DAYS.between(due, publishedOn));
    }

    /**
     * Calendar days the report was submitted after {@code due}; 0 when on time or not submitted.
     */
    public long submittedDaysAfter(LocalDate due) {
        return submittedOn == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(due, submittedOn));
    }
}
