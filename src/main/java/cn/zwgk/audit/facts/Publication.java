package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A document the organisation issued or published: a rule, a catalogue, a list, a plan, a guide.
 * Many tasks are met by "a document of this category, by that date"; the category says which.
 *
 * @param id unique id
 * @param unit the unit that issued it
 * @param category what kind of document it is
 * @param title its title
 * @param publishedOn the day it was issued or published (an update is a new record)
 * @param subject what it is about, where a rule matches on it (e.g. the information converted from
 *     applications, task 7)
 * @param covers what it covers, in the office's words (e.g. the units a catalogue covers)
 * @param platform where it was published, as the office names it, e.g. 区政府信息公开平台
 * @param elements the required elements the document contains, read off the document itself (a
 *     guide's 办公地址, a catalogue entry's 索引…): each must be an element of the document's category
 * @param proactiveItems the items of 条例第二十条 a 主动公开目录's categories cover (task 8)
 * @param platformType where it was published, as a closed kind (task 8), so that no spelling of a
 *     platform's name decides the verdict; {@code platform} stays as the office's own words
 * @param approvedOn the day it was approved (批复), where a statute counts from it (budgets and final
 *     accounts, task 28)
 * @param coveredUnits the units of the profile whose information a catalogue covers (tasks 8, 21);
 *     each must be a unit the profile names, so no spelling of a unit counts as another
 * @param bureauWide whether the catalogue is the bureau's own, covering the bureau as a whole (task
 *     21), rather than one unit's
 */
public record Publication(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("类别") Category category,
        @Required @Label("标题") String title,
        @Required @Label("发布日期") LocalDate publishedOn,
        @Label("主题") String subject,
        @Label("涵盖内容") List<String> covers,
        @Label("发布平台") String platform,
        @Label("所载要素") List<Element> elements,
        @Label("涵盖第二十条事项") List<ProactiveItem> proactiveItems,
        @Label("发布平台类型") Platform platformType,
        @Label("批复日期") LocalDate approvedOn,
        @Label("覆盖单位") List<String> coveredUnits,
        @Label("覆盖全局") Boolean bureauWide)
        implements UnitRecord, Dated {
    @Override
    public String named() {
        return Names.document(title, null);
    }

    public Publication {
        covers = Lists.orEmpty(covers);
        elements = Lists.orEmpty(elements);
        proactiveItems = Lists.orEmpty(proactiveItems);
        coveredUnits = Lists.orEmpty(coveredUnits);
    }

    /** The issuing unit, then the units it covers: all must be units the profile names. */
    @Override
    public List<String> units() {
        List<String> all = new ArrayList<>(1 + coveredUnits.size());
        all.add(unit);
        all.addAll(coveredUnits);
        return all;
    }

    /**
     * Whether a catalogue covers a unit (task 21): the units it lists; listing none, the unit that
     * made it, unless it is the bureau's own, which then stands in for no unit's catalogue.
     */
    public boolean coversUnit(String other) {
        return coveredUnits.isEmpty()
                ? !coversBureau() && unit.equals(other)
                : coveredUnits.contains(other);
    }

    /** The issuing unit is at {@code /unit}, each covered unit in {@code /coveredUnits}. */
    @Override
    public String unitPointer(int index) {
        return index == 0 ? "/unit" : "/coveredUnits/" + (index - 1);
    }

    /** Whether the catalogue covers the bureau as a whole (task 21). */
    public boolean coversBureau() {
        return Boolean.TRUE.equals(bureauWide);
    }

    /** The elements of {@code required}, in its order, that the document does not contain. */
    public List<Element> lacking(List<Element> required) {
        return required.stream().filter(e -> !elements.contains(e)).toList();
    }

    /** Whether the document contains every element of {@code required}. */
    public boolean hasAll(List<Element> required) {
        return elements.containsAll(required);
    }

    /** The items of {@code applying}, in its order, that the catalogue does not cover. */
    public List<ProactiveItem> uncoveredItems(List<ProactiveItem> applying) {
        return applying.stream().filter(i -> !proactiveItems.contains(i)).toList();
    }

    /** Whether the catalogue covers every item of {@code applying}. */
    public boolean coversItems(List<ProactiveItem> applying) {
        return proactiveItems.containsAll(applying);
    }

    /** An element recorded for a document of another category is a slip in the ledger. */
    @Override
    public List<FieldProblem> selfCheck() {
        List<FieldProblem> problems =
                elements.stream()
                        .filter(e -> e.category() != category)
                        .map(
                                e ->
                                        new FieldProblem(
                                                "elements",
                                                "所载要素“"
                                                        + e
                                                        + "”属于"
                                                        + e.category()
                                                        + "，不属于本记录的类别"
                                                        + category))
                        .collect(Collectors.toCollection(ArrayList::new));
        problems.addAll(
                FieldProblem.notBefore("publishedOn", "发布日期", publishedOn, "批复日期", approvedOn));
        return problems;
    }

    /**
     * Calendar days it was published after the {@code days} allowed from approval; 0 when on time.
     */
    public long publishedDaysLate(int days) {
        return approvedOn == null
                ? 0
                : Math.max(0, ChronoUnit.DAYS.between(approvedOn.plusDays(days), publishedOn));
    }

    /** Placed by the day it was issued or published. */
    @Override
    public LocalDate date() {
        return publishedOn;
    }

    /** The document categories tasks refer to. */
    public enum Category {
        配套制度,
        依申请公开工作制度,
        政府信息公开指南,
        主动公开目录,
        依申请转主动公开,
        沟通协调机制,
        公众参与事项目录,
        政民互动渠道,
        政务公开事项标准目录,
        标准化工作专栏,
        基本公共服务项目清单,
        全市通办事项清单,
        行政许可中介服务事项清单,
        项目预算公开,
        绩效评价结果,
        绩效评价报告,
        双随机抽查事项清单,
        双随机机制解读,
        年度政务公开工作计划,
        领导分工,
        部门预算,
        部门决算,
        重大劳动保障违法行为公布,
        典型案例,
        依申请转主动公开机制
    }

    /**
     * The elements a document of a category must contain where the law or the task lists them; each
     * belongs to one category. Rules name the ones they require as parameters.
     */
    public enum Element {
        // 《政府信息公开条例》第十二条第一款：政府信息公开指南的内容。
        分类(Category.政府信息公开指南),
        编排体系(Category.政府信息公开指南),
        获取方式(Category.政府信息公开指南),
        工作机构名称(Category.政府信息公开指南),
        办公地址(Category.政府信息公开指南),
        办公时间(Category.政府信息公开指南),
        联系电话(Category.政府信息公开指南),
        传真号码(Category.政府信息公开指南),
        互联网联系方式(Category.政府信息公开指南),
        // 依申请公开的工作环节（任务5）及 2019 年修订的条例第三十条至第三十六条规定的程序。
        登记(Category.依申请公开工作制度),
        审核(Category.依申请公开工作制度),
        办理(Category.依申请公开工作制度),
        答复(Category.依申请公开工作制度),
        归档(Category.依申请公开工作制度),
        补正申请(Category.依申请公开工作制度),
        收到申请日期的确定(Category.依申请公开工作制度),
        征求第三方意见(Category.依申请公开工作制度),
        延长答复期限(Category.依申请公开工作制度),
        不予重复处理等答复情形(Category.依申请公开工作制度),
        // 《政府信息公开条例》第十二条第一款：政府信息公开目录（条目）的内容。
        索引(Category.主动公开目录),
        名称(Category.主动公开目录),
        内容概述(Category.主动公开目录),
        生成日期(Category.主动公开目录),
        // 政务公开事项标准目录条目的要素（任务21）。
        事项名称(Category.政务公开事项标准目录),
        公开依据(Category.政务公开事项标准目录),
        公开时限(Category.政务公开事项标准目录),
        公开主体(Category.政务公开事项标准目录),
        公开渠道(Category.政务公开事项标准目录),
        公开对象(Category.政务公开事项标准目录),
        公开方式(Category.政务公开事项标准目录),
        // 领导分工文件（任务33）。
        主要领导主抓(Category.领导分工),
        分管领导具体负责(Category.领导分工),
        // 年度政务公开工作计划（任务34）。
        工作任务(Category.年度政务公开工作计划),
        责任单位(Category.年度政务公开工作计划),
        时间节点(Category.年度政务公开工作计划);

        private final Category category;

        Element(Category category) {
            this.category = category;
        }

        /** The category of document this element belongs to. */
        public Category category() {
            return category;
        }
    }

    /** Where a document was published, as a closed kind. */
    public enum Platform {
        区政府信息公开平台,
        区政府门户网站,
        本局网站,
        政务新媒体,
        其他平台
    }
}
