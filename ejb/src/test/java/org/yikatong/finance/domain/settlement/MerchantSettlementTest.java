package org.yikatong.finance.domain.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.ledger.domain.EntryKind;

class MerchantSettlementTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
  private static final Instant AT = Instant.parse("2026-11-22T04:00:00Z");

  private static SettlementItem item(long id, EntryKind kind, long fen) {
    return new SettlementItem(
        id, null, kind, "K" + id, AT, AT, fen, null, null, "T0000001", null, "x");
  }

  private static final List<SettlementItem> DAY_ITEMS =
      List.of(
          item(5, EntryKind.REFUND, -300),
          item(1, EntryKind.PAYMENT, 1_200),
          item(2, EntryKind.PAYMENT, 800),
          item(3, EntryKind.OFFLINE_PAYMENT, 2_500),
          item(4, EntryKind.PAYMENT, 1_500),
          item(6, EntryKind.REVERSAL, -1_500),
          item(7, EntryKind.FEE, -50),
          item(8, EntryKind.ADJUSTMENT, 20));

  @Test
  @DisplayName(
      "each figure is the sum of its entries; net = gross - refunds - reversals - fees + adjustments")
  void figures() {
    MerchantSettlement s = MerchantSettlement.of(DAY, "M0001", "第一食堂", null, DAY_ITEMS);
    SettlementFigures f = s.figures();
    assertEquals(4, f.salesCount());
    assertEquals(6_000, f.grossFen());
    assertEquals(300, f.refundsFen());
    assertEquals(1, f.reversalCount());
    assertEquals(1_500, f.reversalsFen());
    assertEquals(50, f.feesFen());
    assertEquals(20, f.adjustmentsFen());
    assertEquals(6_000 - 300 - 1_500 - 50 + 20, f.netPayableFen());
    for (SettlementFigure figure : SettlementFigure.values()) {
      long sum = s.entriesOf(figure).stream().mapToLong(SettlementItem::amountFen).sum();
      assertEquals(figure.shown(sum), f.amount(figure), figure.name());
      assertEquals(s.entriesOf(figure).size(), f.count(figure), figure.name());
    }
    assertEquals(
        f.netPayableFen(), s.entries().stream().mapToLong(SettlementItem::amountFen).sum());
    assertEquals(1, s.entries().get(0).entryId(), "oldest first");
  }

  @Test
  @DisplayName("an open day is provisional and names no close")
  void provisional() {
    MerchantSettlement s = MerchantSettlement.of(DAY, "M0001", "第一食堂", null, DAY_ITEMS);
    assertEquals(SettlementStatus.PROVISIONAL, s.status());
    assertNull(s.settlementEntryId());
    assertNull(s.agreesWithDayClose());
  }

  @Test
  @DisplayName("a closed day is final and says whether the close recorded the same figures")
  void closed() {
    List<SettlementItem> items =
        List.of(item(1, EntryKind.PAYMENT, 1_000), item(2, EntryKind.REFUND, -300));
    MerchantSettlement agreeing =
        MerchantSettlement.of(
            DAY, "M0001", "第一食堂", new ClosedTotals(AT, "finance", 1, 1_000, 700, 99L), items);
    assertEquals(SettlementStatus.CLOSED, agreeing.status());
    assertEquals(99L, agreeing.settlementEntryId());
    assertTrue(agreeing.agreesWithDayClose());
    MerchantSettlement differing =
        MerchantSettlement.of(
            DAY, "M0001", "第一食堂", new ClosedTotals(AT, "finance", 1, 1_000, 1_000, 99L), items);
    assertFalse(differing.agreesWithDayClose());
  }

  @Test
  @DisplayName("figures that do not add up to their net are refused")
  void invariant() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new SettlementFigures(1, 1_000, 1, 100, 0, 0, 0, 0, 0, 0, 1_000));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new SettlementItem(
                9,
                SettlementFigure.REFUNDS,
                EntryKind.PAYMENT,
                "K",
                AT,
                AT,
                1,
                null,
                null,
                null,
                null,
                "x"));
  }

  @Test
  @DisplayName("a day's total is the sum of its merchants")
  void dayTotal() {
    SettlementFigures a = SettlementFigures.of(List.of(new KindTotal(EntryKind.PAYMENT, 2, 3_000)));
    SettlementFigures b =
        SettlementFigures.of(
            List.of(
                new KindTotal(EntryKind.PAYMENT, 1, 500),
                new KindTotal(EntryKind.REVERSAL, 1, -500)));
    DaySettlement day =
        DaySettlement.of(
            DAY,
            AT,
            "finance",
            List.of(
                new MerchantDayLine("M0001", "一", a, 1L, true),
                new MerchantDayLine("M0002", "二", b, 2L, true)));
    assertEquals(SettlementStatus.CLOSED, day.status());
    assertEquals(3, day.total().salesCount());
    assertEquals(3_500, day.total().grossFen());
    assertEquals(3_000, day.total().netPayableFen());
  }
}
