package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * An official document (公文): its disclosure attribute, whether it is classified or a party
 * document, and when it was filed (备案) on the disclosure platform.
 */
public record OfficialDocument(
        @Required String id,
        @Required String unit,
        @Required String title,
        String documentNumber,
        @Required LocalDate issuedOn,
        @Required Attribute attribute,
        boolean classified,
        boolean partyDocument,
        LocalDate filedOn) implements Evidence {

    /** 公开属性. */
    public enum Attribute { 主动公开, 依申请公开, 不予公开, 未认定 }

    @Override
    public List<String> units() {
        return List.of(unit);
    }

    @Override
    public List<FieldProblem> selfCheck() {
        return filedOn != null && issuedOn != null && filedOn.isBefore(issuedOn)
                ? List.of(new FieldProblem("filedOn", "备案日期 " + filedOn + " 早于印发日期 " + issuedOn))
                : List.of();
    }
}
