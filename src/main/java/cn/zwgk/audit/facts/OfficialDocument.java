package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * An official document (公文): its disclosure attribute, whether it is classified or a party
 * document, and when it was filed (备案) on the disclosure platform.
 */
public record OfficialDocument(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("标题") String title,
        @Label("文号") String documentNumber,
        @Required @Label("印发日期") LocalDate issuedOn,
        @Required @Label("公开属性") Attribute attribute,
        @Label("是否涉密") boolean classified,
        @Label("是否党委公文") boolean partyDocument,
        @Label("备案日期") LocalDate filedOn)
        implements UnitRecord {
    @Override
    public String named() {
        return Names.document(title, documentNumber);
    }

    /** 公开属性. */
    public enum Attribute {
        主动公开,
        依申请公开,
        不予公开,
        未认定
    }

    @Override
    public List<FieldProblem> selfCheck() {
        return FieldProblem.notBefore("filedOn", "备案日期", filedOn, "印发日期", issuedOn);
    }
}
