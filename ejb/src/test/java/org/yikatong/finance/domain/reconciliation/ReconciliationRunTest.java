package org.yikatong.finance.domain.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.finance.domain.statement.DeclaredTotals;
import org.yikatong.finance.domain.statement.LineKind;
import org.yikatong.finance.domain.statement.Statement;
import org.yikatong.finance.domain.statement.StatementFormat;
import org.yikatong.finance.domain.statement.StatementLine;
import org.yikatong.finance.domain.statementfile.StatementFile;
import org.yikatong.finance.domain.statementfile.StatementFileLine;
import org.yikatong.kernel.domain.BusinessDay;
import org.yikatong.kernel.domain.Money;
import org.yikatong.ledger.domain.Account;
import org.yikatong.ledger.domain.AccountType;
import org.yikatong.ledger.domain.Adjustment;
import org.yikatong.ledger.domain.EntryDraft;
import org.yikatong.ledger.domain.EntryKind;
import org.yikatong.ledger.domain.JournalEntry;

/**
 * A run's items from the engine's matches to a closed run: suggestions confirmed or dismissed,
 * notes, corrections waiting for approval and approved. Ids, which the database gives, are set by
 * hand.
 */
class ReconciliationRunTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 9);
  private static final Instant NOON = BusinessDay.start(DAY).plus(Duration.ofHours(12));
  private static final MatchTolerances TOLERANCES =
      new MatchTolerances(0, Duration.ofMinutes(10), Duration.ofMinutes(30));
  private static final Account CLEARING = Account.system(AccountType.CLEARING_WECHAT, NOON);
  private static final Account SUSPENSE = Account.system(AccountType.SUSPENSE, NOON);

  private static StatementFile file(long id, StatementLine... lines) throws Exception {
    StatementFile file =
        new StatementFile(
            new Statement(
                StatementFormat.WECHAT_BILL,
                "1900000109",
                DAY,
                List.of(lines),
                new DeclaredTotals(lines.length, 0, 0, 0)),
            "ab".repeat(32),
            "bill.csv",
            "finance",
            NOON);
    set(file, "id", id);
    long lineId = id * 100;
    for (StatementFileLine l : file.getLines()) {
      set(l, "id", ++lineId);
    }
    return file;
  }

  private static void set(Object entity, String field, Object value) throws Exception {
    Field f = entity.getClass().getDeclaredField(field);
    f.setAccessible(true);
    f.set(entity, value);
  }

  private static StatementLine payment(int no, String merchantRef, long fen, int minute) {
    return new StatementLine(
        no,
        LineKind.PAYMENT,
        "WX" + no,
        merchantRef,
        fen,
        0,
        NOON.plus(Duration.ofMinutes(minute)),
        null,
        null);
  }

  private static ReconciliationRun run(StatementFile file, List<LedgerMovement> ledger) {
    List<ChannelLine> lines = new ArrayList<>();
    for (StatementFileLine l : file.getLines()) {
      lines.add(new ChannelLine(l.getId(), file.getId(), l.toStatementLine()));
    }
    return new ReconciliationRun(
        List.of(file),
        TOLERANCES,
        MatchingEngine.match(lines, ledger, DAY, TOLERANCES),
        "finance",
        NOON);
  }

  private static LedgerMovement topUp(long entryId, String orderNo, long fen, int minute) {
    return new LedgerMovement(
        entryId,
        Flow.PAYMENT,
        orderNo,
        "T" + orderNo,
        fen,
        NOON.plus(Duration.ofMinutes(minute)),
        "P" + entryId);
  }

  private static Adjustment adjustment(long fen) {
    return new Adjustment(SUSPENSE, CLEARING, Money.ofFen(fen), "对账", null, "finance", NOON);
  }

  private static JournalEntry posted(long fen) {
    return JournalEntry.of(
        EntryDraft.builder(EntryKind.ADJUSTMENT, "ADJ:1", "h")
            .amount(Money.ofFen(Math.abs(fen)))
            .description("调账")
            .postedBy("approver")
            .line(SUSPENSE, Money.ofFen(fen))
            .line(CLEARING, Money.ofFen(-fen))
            .build(),
        DAY,
        NOON,
        java.util.Arrays.asList(null, null));
  }

  @Test
  @DisplayName("items are numbered in the engine's order; matched ones are resolved from the start")
  void itemsFromMatches() throws Exception {
    StatementFile file = file(1, payment(1, "TU1", 5000, 0), payment(2, "TU9", 2000, 5));
    ReconciliationRun run = run(file, List.of(topUp(11, "TU1", 5000, 0)));

    assertEquals(2, run.getItems().size());
    ReconciliationItem matched = run.item(1).orElseThrow();
    assertEquals(Outcome.MATCHED, matched.getOutcome());
    assertTrue(matched.isResolved());
    assertEquals(11L, matched.getLedgerEntryId());
    assertEquals("P11", matched.getPurseAccountNo());
    ReconciliationItem missing = run.item(2).orElseThrow();
    assertEquals(Outcome.MISSING_IN_LEDGER, missing.getOutcome());
    assertFalse(missing.isResolved());
    assertEquals(1, run.counts().get(Outcome.MATCHED));
    assertEquals(1, run.counts().get(Outcome.MISSING_IN_LEDGER));
    assertEquals(0, run.counts().get(Outcome.FEE));
    assertEquals(RunStatus.OPEN, run.getStatus());
  }

  @Test
  @DisplayName("a confirmed suggestion pairs the line's item with the movement's, both resolved")
  void confirmSuggestion() throws Exception {
    StatementFile file = file(2, payment(1, null, 1000, 0));
    ReconciliationRun run =
        run(file, List.of(topUp(21, "TU1", 1000, 2), topUp(22, "TU2", 1000, 6)));
    ReconciliationItem line = run.item(1).orElseThrow();
    assertEquals(
        List.of(2, 3), line.getSuggestions().stream().map(ReconciliationItem::getItemNo).toList());

    line.pairWith(run.item(3).orElseThrow(), "finance", NOON);

    assertEquals(Outcome.MATCHED, line.getOutcome());
    assertEquals(MatchedBy.CONFIRMED, line.getMatchedBy());
    assertEquals(22L, line.getLedgerEntryId());
    assertTrue(line.isResolved());
    ReconciliationItem paired = run.item(3).orElseThrow();
    assertEquals(ItemState.PAIRED, paired.getState());
    assertEquals(line, paired.getPairedWith());
    assertTrue(paired.isResolved());
    assertFalse(run.item(2).orElseThrow().isResolved(), "the other movement is still missing");
    assertThrows(
        IllegalStateException.class,
        () -> line.pairWith(run.item(2).orElseThrow(), "finance", NOON),
        "a resolved item is not paired again");
  }

  @Test
  @DisplayName("a pair whose amounts differ becomes an amount mismatch to correct")
  void pairedWithADifference() throws Exception {
    StatementFile file = file(3, payment(1, null, 1000, 0));
    ReconciliationRun run = run(file, List.of(topUp(31, "TU1", 1200, 30)));
    ReconciliationItem line = run.item(1).orElseThrow();
    assertTrue(line.getSuggestions().isEmpty(), "30 minutes off: no suggestion");

    line.pairWith(run.item(2).orElseThrow(), "finance", NOON);

    assertEquals(Outcome.AMOUNT_MISMATCH, line.getOutcome());
    assertEquals(-200, line.getDifferenceFen());
    assertFalse(line.isResolved());
  }

  @Test
  @DisplayName(
      "a proposal waits for approval; rejected, the item is open again; approved, resolved")
  void corrections() throws Exception {
    StatementFile file = file(4, payment(1, "TU7", 2000, 0));
    ReconciliationRun run = run(file, List.of());
    ReconciliationItem item = run.item(1).orElseThrow();
    assertEquals(
        "Only a channel's charge is booked as a fee",
        Correction.BOOK_FEE.refusalFor(item.getOutcome(), item.getDifferenceFen()));
    assertThrows(
        IllegalStateException.class,
        () -> item.proposed(Correction.REVERSE_TOP_UP, adjustment(2000), "finance", NOON),
        "the channel received more: nothing to reverse");

    Adjustment first = adjustment(2000);
    item.proposed(Correction.MOVE_TO_SUSPENSE, first, "finance", NOON);
    assertTrue(item.isAwaitingApproval());
    assertFalse(item.isResolved());
    assertThrows(IllegalStateException.class, () -> item.explain("已核实", "finance", NOON));
    assertThrows(IllegalStateException.class, () -> run.close("finance", NOON));

    first.reject("approver", NOON);
    assertFalse(item.isAwaitingApproval());
    assertFalse(item.isResolved());

    Adjustment second = adjustment(2000);
    item.proposed(Correction.CREDIT_CARD, second, "finance", NOON);
    second.approve("approver", posted(2000), NOON);
    assertTrue(item.isResolved());
    assertEquals(Correction.CREDIT_CARD, item.getCorrection());

    run.close("finance", NOON);
    assertEquals(RunStatus.CLOSED, run.getStatus());
    assertEquals("finance", run.getClosedBy());
    assertTrue(run.refusalToChange().contains("closed"));
  }

  @Test
  @DisplayName("a note explains an item; the run closes only when every item is resolved")
  void explainAndClose() throws Exception {
    StatementFile file =
        file(
            5,
            payment(1, "TU1", 5000, 0),
            new StatementLine(2, LineKind.FEE, "FEE", null, 30, 0, NOON, null, "手续费"));
    ReconciliationRun run = run(file, List.of(topUp(51, "TU1", 5000, 0)));
    ReconciliationItem fee = run.item(2).orElseThrow();
    assertEquals(Outcome.FEE, fee.getOutcome());
    assertEquals(-30, fee.getDifferenceFen());
    assertNull(Correction.BOOK_FEE.refusalFor(fee.getOutcome(), fee.getDifferenceFen()));
    assertFalse(run.isReadyToClose());
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> run.close("finance", NOON));
    assertTrue(refused.getMessage().contains("[2]"), refused.getMessage());

    assertThrows(IllegalArgumentException.class, () -> fee.explain("  ", "finance", NOON));
    fee.explain("手续费已由财务月结统一入账", "finance", NOON);

    assertTrue(fee.isResolved());
    assertEquals(ItemState.EXPLAINED, fee.getState());
    assertTrue(run.isReadyToClose());
    run.close("finance", NOON);
    assertThrows(IllegalStateException.class, () -> run.close("finance", NOON));
  }

  @Test
  @DisplayName("files of one run: one channel, one day, one statement per format and account")
  void filesOfARun() throws Exception {
    StatementFile a = file(6, payment(1, "TU1", 100, 0));
    StatementFile b = file(7, payment(1, "TU2", 100, 0));
    assertTrue(ReconciliationRun.refusalFor(List.of(a)).isEmpty());
    assertTrue(ReconciliationRun.refusalFor(List.of(a, b)).orElseThrow().contains("Two"));
    assertTrue(ReconciliationRun.refusalFor(List.of()).isPresent());
  }
}
