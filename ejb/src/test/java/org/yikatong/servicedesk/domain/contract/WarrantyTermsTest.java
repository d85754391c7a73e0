package org.yikatong.servicedesk.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.servicedesk.domain.asset.AssetType;
import org.yikatong.servicedesk.domain.calendar.DutyCalendar;
import org.yikatong.servicedesk.domain.ticket.ResponsibleParty;
import org.yikatong.servicedesk.domain.ticket.SlaPolicy;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;

/** A contract's responsibility rules and what its warranty terms make a chargeable repair cost. */
class WarrantyTermsTest {

  private static ServiceContract contract() {
    return new ServiceContract(
        "C1",
        "合同",
        null,
        new DutyCalendar("CAL", "日历", "Asia/Shanghai", "08:00", "24:00"),
        SlaPolicy.contractDefaults());
  }

  @Test
  @DisplayName("the most specific rule wins: type and category, then category, then type")
  void specificity() {
    ServiceContract c = contract();
    c.setResponsibility(AssetType.SERVER, null, ResponsibleParty.UNIVERSITY_IT, "机房服务器");
    c.setResponsibility(null, TicketCategory.HARDWARE, ResponsibleParty.HARDWARE_SUPPLIER, "硬件");
    c.setResponsibility(
        AssetType.SERVER, TicketCategory.HARDWARE, ResponsibleParty.SOFTWARE_DEVELOPER, "集成");

    assertEquals(
        ResponsibleParty.SOFTWARE_DEVELOPER,
        c.whoAnswers(AssetType.SERVER, TicketCategory.HARDWARE).party());
    assertEquals(
        ResponsibleParty.HARDWARE_SUPPLIER,
        c.whoAnswers(AssetType.KIOSK, TicketCategory.HARDWARE).party(),
        "the category's rule for another type");
    assertEquals(
        ResponsibleParty.HARDWARE_SUPPLIER,
        c.whoAnswers(null, TicketCategory.HARDWARE).party(),
        "no asset: rules naming a type do not cover it");
    ContractAnswerCheck.noteNames(c.whoAnswers(AssetType.SERVER, TicketCategory.NETWORK), "机房服务器");
    assertEquals(
        ResponsibleParty.UNIVERSITY_IT,
        c.whoAnswers(AssetType.SERVER, TicketCategory.NETWORK).party(),
        "the type's rule for a category no rule names");

    c.removeResponsibility(AssetType.SERVER, TicketCategory.HARDWARE);
    assertEquals(
        ResponsibleParty.HARDWARE_SUPPLIER,
        c.whoAnswers(AssetType.SERVER, TicketCategory.HARDWARE).party(),
        "a category rule outranks a type rule");
    c.setResponsibility(null, TicketCategory.HARDWARE, ResponsibleParty.CARD_HOLDER, "改");
    assertEquals(1, c.getResponsibilities().stream().filter(r -> r.getAssetType() == null).count());
    assertThrows(
        IllegalArgumentException.class,
        () -> c.setResponsibility(null, null, ResponsibleParty.UNIVERSITY_IT, "任意"));
  }

  @Test
  @DisplayName(
      "no rule: software to the developer, hardware to the supplier, the rest the university")
  void fallback() {
    ServiceContract c = contract();
    assertEquals(
        ResponsibleParty.SOFTWARE_DEVELOPER, c.whoAnswers(null, TicketCategory.SOFTWARE).party());
    assertEquals(
        ResponsibleParty.HARDWARE_SUPPLIER,
        c.whoAnswers(AssetType.KIOSK, TicketCategory.HARDWARE).party());
    ContractAnswerCheck.noteNames(c.whoAnswers(null, TicketCategory.POWER), "无适用的责任规则");
    assertEquals(ResponsibleParty.UNIVERSITY_IT, c.whoAnswers(null, TicketCategory.POWER).party());
  }

  @Test
  @DisplayName("parts at the contract's share of their cost and labour by the minute, half up")
  void costRounding() {
    ServiceContract c = contract();
    assertEquals(85, c.getPartsPricePercent());
    assertEquals(59_500, c.partsPriceFen(35_000, 2), "2 × 350.00 at 85 %");
    assertEquals(1, c.partsPriceFen(1, 1), "0.85 fen rounds up");
    assertEquals(9_000, c.labourPriceFen(45), "45 min at 120.00 an hour");
    c.setWarrantyTerms(24, 90, 10_000);
    assertEquals(3, c.partsPriceFen(3, 1), "2.7 fen rounds up");
    assertEquals(167, c.labourPriceFen(1), "166.67 fen a minute rounds up");
    assertEquals(0, c.labourPriceFen(0));
    assertThrows(IllegalArgumentException.class, () -> c.setWarrantyTerms(12, 101, 1));
    assertThrows(IllegalArgumentException.class, () -> c.setWarrantyTerms(-1, 85, 1));
    assertThrows(IllegalArgumentException.class, () -> c.setWarrantyTerms(12, 85, -1));
    assertEquals(24, c.getWarrantyMonths(), "a refused change changes nothing");
  }

  /** Checks on an answer's note. */
  private static final class ContractAnswerCheck {
    static void noteNames(ServiceContract.Answer answer, String text) {
      assertTrue(answer.note().contains(text), answer.note());
    }
  }
}
