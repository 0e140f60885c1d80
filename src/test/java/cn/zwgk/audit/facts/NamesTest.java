package cn.zwgk.audit.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a 说明 names a document or an event whose title already carries its own marks. */
class NamesTest {

    @Test
    void aTitleIsMarkedOnceWithItsNumber() {
        assertThat(Names.document("申江区劳动合同管理指导办法", "申人社规〔2020〕6号"))
                .isEqualTo("《申江区劳动合同管理指导办法》（申人社规〔2020〕6号）");
    }

    @Test
    void aTitleTheOfficeAlreadyMarkedIsNotMarkedAgain() {
        assertThat(Names.document("《申江区劳动合同管理指导办法》", null)).isEqualTo("《申江区劳动合同管理指导办法》");
    }

    @Test
    void marksInsideATitleBecomeTheInnerPair() {
        assertThat(Names.document("《申江区公益性岗位开发和管理办法》政策问答", null))
                .isEqualTo("《〈申江区公益性岗位开发和管理办法〉政策问答》");
        assertThat(Names.event("“申江人社”政民互动平台在线咨询")).isEqualTo("“‘申江人社’政民互动平台在线咨询”");
        assertThat(Names.document("《甲》与《乙》", null)).isEqualTo("《〈甲〉与〈乙〉》");
    }
}
