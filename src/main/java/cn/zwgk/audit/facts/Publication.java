package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

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
 * @param covers the parts it covers, where a task names parts (e.g. the five stages of task 5)
 * @param platform where it was published, e.g. 区政府信息公开平台
 * @param approvedOn the day it was approved (批复), where a statute counts from it (budgets and final
 *     accounts, task 28)
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
        @Label("批复日期") LocalDate approvedOn)
        implements UnitRecord, Dated {
    @Override
    public String named() {
        return Names.document(title, null);
    }

    public Publication {
        covers = covers == null ? List.of() : List.copyOf(covers);
    }

    /**
     * The parts, in the order given, that no entry of {@link #covers} names; an entry names a part
     * when it contains its words, as 申请登记 names 登记 (task 5's stages).
     */
    public List<String> uncovered(List<String> parts) {
        return parts.stream()
                .filter(part -> covers.stream().noneMatch(c -> c != null && c.contains(part)))
                .toList();
    }

    /** Whether {@link #covers} names every one of the parts (see {@link #uncovered}). */
    public boolean coversAll(List<String> parts) {
        return uncovered(parts).isEmpty();
    }

    /**
     * Calendar days it was published after the {@code days} allowed from approval; 0 when on time.
     */
    public long publishedDaysLate(int days) {
        return approvedOn == null
                ? 0
                : Math.max(0, ChronoUnit.DAYS.between(approvedOn.plusDays(days), publishedOn));
    }

    @Override
    public List<FieldProblem> selfCheck() {
        return FieldProblem.notBefore("publishedOn", "发布日期", publishedOn, "批复日期", approvedOn);
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
        部门预算,
        部门决算,
        重大劳动保障违法行为公布,
        典型案例,
        依申请转主动公开机制
    }
}
