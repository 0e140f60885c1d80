package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An interpretation (解读) of a policy: its form, when approved and published, where it appeared. */
public record Interpretation(
        @Required String id,
        @Required String unit,
        @Required String policy,
        @Required String title,
        @Required Form form,
        LocalDate approvedOn,
        @Required LocalDate publishedOn,
        List<String> channels) implements Evidence {

    /** Forms of interpretation. Which of them count as 多元化 is decided in the rules, not here. */
    public enum Form { 文字, 图表图解, 视频, 动漫, 流程演示, 音频, H5, 新闻发布会, 在线访谈, 其他 }

    @Override
    public List<String> units() {
        return List.of(unit);
    }

    @Override
    public Map<String, Reference> references() {
        return policy == null ? Map.of() : Map.of("policy", new Reference(EvidenceKind.POLICY, policy));
    }
}
