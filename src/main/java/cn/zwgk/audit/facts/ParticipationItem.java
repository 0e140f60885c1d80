package cn.zwgk.audit.facts;

import java.util.List;
import java.util.Map;

/**
 * One item of a 公众参与事项目录 (task 19) and the ways the public can take part in it, read off the list
 * itself: the task asks for items and ways (“确定……公众参与事项和方式”), so an item with no way is a gap the
 * rule names.
 *
 * @param id unique id
 * @param unit the unit responsible for the item
 * @param catalogue the publication (category 公众参与事项目录) that lists the item
 * @param name the item, as the list names it
 * @param ways the ways of participating the list gives for it, as closed kinds
 */
public record ParticipationItem(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("所属目录编号") String catalogue,
        @Required @Label("参与事项") String name,
        @Label("参与方式") List<Way> ways)
        implements UnitRecord {

    public ParticipationItem {
        ways = Lists.orEmpty(ways);
    }

    @Override
    public String named() {
        return "“" + name + "”";
    }

    @Override
    public Map<String, Reference> references() {
        return Map.of("catalogue", new Reference(EvidenceKind.PUBLICATION, catalogue));
    }

    /**
     * Ways the public takes part in an item, so that one way is not counted twice under two names.
     */
    public enum Way {
        座谈会,
        听证会,
        论证会,
        问卷调查,
        网上征集意见,
        实地走访,
        专家咨询,
        列席会议,
        其他
    }
}
