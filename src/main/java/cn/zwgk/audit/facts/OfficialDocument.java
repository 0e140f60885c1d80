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
        LocalDate filedOn) implements UnitRecord {

    /** 公开属性. */
    public enum Attribute { 主动公开, 依申请公开, 不予公开, 未认定 }

    @Override
    public List<FieldProblem> selfCheck() {
        return FieldProblem.notBefore("filedOn", "备案日期", filedOn, "印发日期", issuedOn);
    }
}
