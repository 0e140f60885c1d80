package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An interpretation (解读) of a policy: its form, when approved and published, where it appeared. */
public record Interpretation(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("政策编号") String policy,
        @Required @Label("标题") String title,
        @Required @Label("解读形式") Form form,
        @Label("审签日期") LocalDate approvedOn,
        @Required @Label("发布日期") LocalDate publishedOn,
        @Label("发布渠道") List<String> channels,
        /**
         * Who gave it; authoritative interpretation (task 12) is by a responsible official or an
         * expert.
         */
        @Label("解读人") Interpreter interpreter,
        /** When in the policy's life it came; null is read as 同步解读. */
        @Label("解读类型") Type type,
        /**
         * The kinds of channel it appeared in, from a closed list so that two names of one website
         * count once (task 12); {@link #channels} keeps the names as a description.
         */
        @Label("发布渠道类型") List<Channel> channelKinds)
        implements UnitRecord, Dated {
    @Override
    public String named() {
        return Names.document(title, null);
    }

    public Interpretation {
        channels = Lists.orEmpty(channels);
        type = type == null ? Type.同步解读 : type;
        channelKinds = Lists.orEmpty(channelKinds);
    }

    /** Placed by the day it was published. */
    @Override
    public LocalDate date() {
        return publishedOn;
    }

    /**
     * Placed by the day it was approved (审签), which may be absent: to compare with its policy's.
     */
    public Dated approval() {
        return Dated.of(this, approvedOn);
    }

    /** Forms of interpretation. Which of them count as 多元化 is decided in the rules, not here. */
    public enum Form {
        文字,
        图表图解,
        视频,
        动漫,
        流程演示,
        音频,
        H5,
        新闻发布会,
        在线访谈,
        其他
    }

    /** Who interpreted the policy. */
    public enum Interpreter {
        主要负责人,
        分管负责人,
        专家学者,
        业务科室,
        其他,
        起草单位负责人
    }

    /** Kinds of channel an interpretation is published in (task 12). */
    public enum Channel {
        政府网站,
        政务微博,
        政务微信,
        政务短视频,
        政务服务平台,
        新闻发布会,
        报刊,
        广播电视,
        线下宣讲,
        其他
    }

    /** Published with the policy, or afterwards in answer to how it was received (task 13). */
    public enum Type {
        同步解读,
        施行后解读,
        深度解读,
        延伸解读
    }

    @Override
    public Map<String, Reference> references() {
        return policy == null
                ? Map.of()
                : Map.of("policy", new Reference(EvidenceKind.POLICY, policy));
    }
}
