package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A public concern picked up from one of the channels task 15 names, possibly a doubt about a
 * published policy (task 13), and when it was answered.
 */
public record PublicConcern(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("来源渠道") Channel channel,
        @Required @Label("收到日期") LocalDate receivedOn,
        @Required @Label("关切内容") String summary,
        /** The policy the concern is a doubt or controversy about, if any. */
        @Label("政策编号") String policy,
        @Label("回应日期") LocalDate respondedOn,
        /**
         * The channel as the bureau's log names it ("区长信箱", "人社微信公众号留言"), kept beside the closed
         * {@link Channel} the rules use.
         */
        @Label("渠道说明") String channelDescription)
        implements UnitRecord {

    /** Channels task 15 names; anything else is 其他, with the log's own name in the description. */
    public enum Channel {
        依申请公开,
        一网通办好差评,
        市民服务热线12345,
        领导信箱,
        政务微博微信,
        政府网站留言板,
        其他
    }

    @Override
    public Map<String, Reference> references() {
        return policy == null
                ? Map.of()
                : Map.of("policy", new Reference(EvidenceKind.POLICY, policy));
    }

    @Override
    public List<FieldProblem> selfCheck() {
        return FieldProblem.notBefore("respondedOn", "回应日期", respondedOn, "收到日期", receivedOn);
    }
}
