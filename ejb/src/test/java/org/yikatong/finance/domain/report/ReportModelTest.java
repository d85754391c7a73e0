package org.yikatong.finance.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.ledger.domain.AccountType;
import org.yikatong.ledger.domain.EntryKind;
import org.yikatong.ledger.domain.FollowUp;

class ReportModelTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
  private static final Instant AT = Instant.parse("2026-11-22T04:00:00Z");

  private static PurseMovement move(long id, long fen) {
    return new PurseMovement(id, EntryKind.PAYMENT, DAY, AT, "x", null, null, fen, 0);
  }

  @Test
  @DisplayName("a purse statement: opening + movements = closing, each line with its balance after")
  void purseStatement() {
    PurseStatement s =
        PurseStatement.of(
            "P1", AccountType.CARDHOLDER_PURSE, 5_000, List.of(move(1, -1_200), move(2, 3_000)));
    assertEquals(3_000, s.creditsFen());
    assertEquals(1_200, s.debitsFen());
    assertEquals(6_800, s.closingFen());
    assertEquals(3_800, s.movements().get(0).balanceAfterFen());
    assertEquals(6_800, s.movements().get(1).balanceAfterFen());
    HolderStatement h =
        HolderStatement.of(
            "H1",
            "张三",
            null,
            DAY,
            DAY,
            List.of(s, PurseStatement.of("S1", AccountType.CARDHOLDER_SUBSIDY, 100, List.of())));
    assertEquals(5_100, h.openingFen());
    assertEquals(6_900, h.closingFen());
  }

  @Test
  @DisplayName("subsidy usage: granted, spent net of reversals, expired, returned at cancellation")
  void subsidyUsage() {
    SubsidyUsage u =
        SubsidyUsage.of(
            DAY,
            DAY,
            1_000,
            List.of(
                new KindSum(EntryKind.SUBSIDY, 3, 6_000),
                new KindSum(EntryKind.PAYMENT, 4, -2_500),
                new KindSum(EntryKind.REVERSAL, 1, 500),
                new KindSum(EntryKind.SUBSIDY_EXPIRY, 1, -700),
                new KindSum(EntryKind.CANCEL_REFUND, 1, -300),
                new KindSum(EntryKind.ADJUSTMENT, 1, 10)),
            List.of());
    assertEquals(6_000, u.grantedFen());
    assertEquals(3, u.grantCount());
    assertEquals(2_000, u.spentFen());
    assertEquals(700, u.expiredFen());
    assertEquals(300, u.cancelledFen());
    assertEquals(10, u.otherFen());
    assertEquals(1_000 + 6_000 - 2_000 - 700 - 300 + 10, u.closingFen());
  }

  @Test
  @DisplayName("an overdrawn purse is an open item only while it is below zero; suspense always")
  void suspense() {
    SuspenseItem overdrawnStill = item(3, FollowUp.OVERDRAWN, 0, -200L);
    SuspenseItem overdrawnPaid = item(2, FollowUp.OVERDRAWN, 0, 500L);
    SuspenseItem late = item(1, FollowUp.LATE_PAYMENT, -5_000, null);
    SuspenseReport r =
        SuspenseReport.of(AT, -5_100, List.of(overdrawnStill, overdrawnPaid, late), false);
    assertEquals(List.of(overdrawnStill, late), r.items());
    assertEquals(-5_000, r.itemsSuspenseFen());
    assertEquals(-100, r.unattributedFen());
  }

  private static SuspenseItem item(long id, FollowUp followUp, long suspense, Long purse) {
    return new SuspenseItem(
        id,
        EntryKind.OFFLINE_PAYMENT,
        followUp,
        DAY,
        AT,
        5_000,
        suspense,
        null,
        null,
        null,
        null,
        "x",
        purse);
  }

  @Test
  @DisplayName("a journal query takes blanks as absent and refuses a period that ends first")
  void journalQuery() {
    JournalQuery q = new JournalQuery(" ", " 20260001 ", "", null, null, null, null, null);
    assertNull(q.card());
    assertEquals("20260001", q.holderNo());
    assertEquals("持卡人：20260001", q.describe());
    assertEquals("全部", JournalQuery.ALL.describe());
    assertThrows(
        IllegalArgumentException.class,
        () -> new JournalQuery(null, null, null, null, null, null, DAY, DAY.minusDays(1)));
  }
}
