package cn.zwgk.audit.facts;

import java.time.LocalDate;

/** The bureau's 政府信息公开工作年度报告 for one year: when published and submitted, in which format. */
public record AnnualReport(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("报告年度") Integer reportYear,
        @Required @Label("发布日期") LocalDate publishedOn,
        @Label("报送日期") LocalDate submittedOn,
        /** The national format the report says it follows, e.g. 国办公开办函〔2019〕60号. */
        @Label("格式依据") String format)
        implements UnitRecord {
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
}
