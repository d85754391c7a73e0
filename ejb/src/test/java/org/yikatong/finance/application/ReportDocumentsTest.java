package org.yikatong.finance.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.finance.domain.settlement.ClosedTotals;
import org.yikatong.finance.domain.settlement.MerchantSettlement;
import org.yikatong.finance.domain.settlement.SettlementItem;
import org.yikatong.ledger.domain.EntryKind;

class ReportDocumentsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
  private static final Instant AT = Instant.parse("2026-11-22T04:00:00Z");

  private static final List<SettlementItem> ITEMS =
      List.of(
          new SettlementItem(
              1,
              null,
              EntryKind.PAYMENT,
              "TERM:T1:A",
              AT,
              AT,
              1_000,
              "6288",
              "S1",
              "T1",
              null,
              "消费"),
          new SettlementItem(
              2, null, EntryKind.REFUND, "REFUND:R1", AT, AT, -300, "6288", "S1", "T1", 1L, "退款"));

  @Test
  @DisplayName(
      "a closed day's statement: summary, every entry exported, signature lines, no warning")
  void closedStatement() {
    MerchantSettlement s =
        MerchantSettlement.of(
            DAY, "M0001", "第一食堂", new ClosedTotals(AT, "finance", 1, 1_000, 700, 9L), ITEMS);
    ReportDocument d = ReportDocuments.settlement(s, AT, "finance");
    assertEquals("settlement-2026-11-22-M0001", d.fileName());
    assertNull(d.warning());
    ReportDocument.Table summary = d.tables().get(0);
    assertEquals(5, summary.rows().size());
    assertEquals(700L, summary.totals().get(2));
    ReportDocument.Table exported = d.tables().get(2);
    assertTrue(exported.exported() && !exported.printed());
    assertEquals(2, exported.rows().size());
    assertEquals(List.of("制表", "复核", "商户确认"), d.signatures());
  }

  @Test
  @DisplayName("an open day's statement warns that it is provisional")
  void provisionalStatement() {
    MerchantSettlement s = MerchantSettlement.of(DAY, "M0001", "第一食堂", null, ITEMS);
    ReportDocument d = ReportDocuments.settlement(s, AT, "finance");
    assertNotNull(d.warning());
    assertTrue(d.warning().contains("尚未日结"));
  }
}
