package cn.zwgk.audit.facts;

import java.time.LocalDate;

/** The bureau's 政府信息公开工作年度报告 for one year: when published and submitted, in which format. */
public record AnnualReport(
        @Required String id,
        @Required String unit,
        @Required Integer reportYear,
        @Required LocalDate publishedOn,
        LocalDate submittedOn,
        /** The national format the report says it follows, e.g. 国办公开办函〔2019〕60号. */
        String format) implements UnitRecord {}
