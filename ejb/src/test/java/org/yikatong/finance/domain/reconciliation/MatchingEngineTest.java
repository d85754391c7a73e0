package org.yikatong.finance.domain.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.finance.domain.statement.LineKind;
import org.yikatong.finance.domain.statement.StatementLine;
import org.yikatong.kernel.domain.BusinessDay;

class MatchingEngineTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 9);
  private static final MatchTolerances TOLERANCES =
      new MatchTolerances(0, Duration.ofMinutes(10), Duration.ofMinutes(30));

  private final List<ChannelLine> lines = new ArrayList<>();
  private final List<LedgerMovement> ledger = new ArrayList<>();
  private long nextLineId = 1;

  private static Instant at(String hhmm) {
    return LocalTime.parse(hhmm).atDate(DAY).atZone(BusinessDay.ZONE).toInstant();
  }

  private ChannelLine line(
      long fileId, LineKind kind, String channelRef, String merchantRef, long fen, String hhmm) {
    return line(fileId, kind, channelRef, merchantRef, fen, 0, hhmm, null);
  }

  private ChannelLine line(
      long fileId,
      LineKind kind,
      String channelRef,
      String merchantRef,
      long fen,
      long feeFen,
      String hhmm,
      String batchRef) {
    int lineNo = (int) lines.stream().filter(l -> l.fileId() == fileId).count() + 1;
    ChannelLine l =
        new ChannelLine(
            nextLineId++,
            fileId,
            new StatementLine(
                lineNo, kind, channelRef, merchantRef, fen, feeFen, at(hhmm), batchRef, null));
    lines.add(l);
    return l;
  }

  private LedgerMovement topUp(long entryId, String orderNo, String txn, long fen, Instant at) {
    LedgerMovement m =
        new LedgerMovement(entryId, Flow.PAYMENT, orderNo, txn, fen, at, "P" + entryId);
    ledger.add(m);
    return m;
  }

  private LedgerMovement refund(long entryId, String orderNo, long fen, String hhmm) {
    LedgerMovement m =
        new LedgerMovement(entryId, Flow.REFUND, orderNo, null, fen, at(hhmm), "P" + entryId);
    ledger.add(m);
    return m;
  }

  private List<Match> match() {
    return MatchingEngine.match(lines, ledger, DAY, TOLERANCES);
  }

  @Test
  @DisplayName("by order number or channel number: equal amounts match, others differ by the gap")
  void byReference() {
    ChannelLine a = line(1, LineKind.PAYMENT, "WX1", "TU1", 5000, "09:00");
    ChannelLine b = line(1, LineKind.PAYMENT, "WX2", null, 3000, "09:30");
    ChannelLine c = line(1, LineKind.PAYMENT, "WX3", "TU3", 4900, "10:00");
    topUp(11, "TU1", "WX1", 5000, at("09:00"));
    topUp(12, "TU2", "WX2", 3000, at("11:59"));
    topUp(13, "TU3", "WX3", 5000, at("10:00"));

    List<Match> matches = match();

    assertEquals(3, matches.size(), matches.toString());
    assertEquals(Outcome.MATCHED, matches.get(0).outcome());
    assertEquals(MatchedBy.REFERENCE, matches.get(0).matchedBy());
    assertEquals(List.of(a), matches.get(0).lines());
    assertEquals(11, matches.get(0).movement().entryId());
    assertEquals(List.of(b), matches.get(1).lines());
    assertEquals(12, matches.get(1).movement().entryId(), "by the channel's number alone");
    assertEquals(Outcome.MATCHED, matches.get(1).outcome());
    assertEquals(List.of(c), matches.get(2).lines());
    assertEquals(Outcome.AMOUNT_MISMATCH, matches.get(2).outcome());
    assertEquals(-100, matches.get(2).differenceFen(), "the channel has 1.00 less");
  }

  @Test
  @DisplayName("the channel was paid and the ledger lacks it; a paid top-up the statement lacks")
  void missingOnEitherSide() {
    line(1, LineKind.PAYMENT, "WX1", "TU1", 2000, "08:00");
    topUp(21, "TU9", "WX9", 7000, at("12:00"));

    List<Match> matches = match();

    assertEquals(2, matches.size());
    Match missingInLedger = matches.get(0);
    assertEquals(Outcome.MISSING_IN_LEDGER, missingInLedger.outcome());
    assertNull(missingInLedger.matchedBy());
    assertEquals(2000, missingInLedger.differenceFen());
    assertTrue(missingInLedger.suggestions().isEmpty());
    Match missingInChannel = matches.get(1);
    assertEquals(Outcome.MISSING_IN_CHANNEL, missingInChannel.outcome());
    assertEquals(21, missingInChannel.movement().entryId());
    assertEquals(-7000, missingInChannel.differenceFen());
  }

  @Test
  @DisplayName("by amount and time: the one candidate within the tolerances is matched")
  void byAmountAndTime() {
    ChannelLine l = line(1, LineKind.PAYMENT, "WX1", null, 1500, "14:00");
    topUp(31, "TU1", null, 1500, at("14:07"));
    topUp(32, "TU2", null, 1500, at("14:30"));

    List<Match> matches = match();

    assertEquals(Outcome.MATCHED, matches.get(0).outcome());
    assertEquals(MatchedBy.AMOUNT_AND_TIME, matches.get(0).matchedBy());
    assertEquals(List.of(l), matches.get(0).lines());
    assertEquals(31, matches.get(0).movement().entryId());
    assertEquals(Outcome.MISSING_IN_CHANNEL, matches.get(1).outcome());
    assertEquals(32, matches.get(1).movement().entryId(), "20 minutes off: beyond the tolerance");
  }

  @Test
  @DisplayName("several candidates by amount and time: suggested, best first, never matched")
  void ambiguousIsSuggested() {
    line(1, LineKind.PAYMENT, "WX1", null, 1000, "16:00");
    topUp(41, "TU1", null, 1000, at("16:08"));
    topUp(42, "TU2", null, 1000, at("16:02"));

    List<Match> matches = match();

    assertEquals(3, matches.size());
    Match line = matches.get(0);
    assertEquals(Outcome.MISSING_IN_LEDGER, line.outcome());
    assertEquals(
        List.of(42L, 41L),
        line.suggestions().stream().map(LedgerMovement::entryId).toList(),
        "the nearer in time first");
    assertEquals(Outcome.MISSING_IN_CHANNEL, matches.get(1).outcome());
    assertEquals(Outcome.MISSING_IN_CHANNEL, matches.get(2).outcome());
  }

  @Test
  @DisplayName("two lines with one candidate each are paired once the other pair is taken")
  void pairsUntilNothingMorePairs() {
    line(1, LineKind.PAYMENT, "WX1", null, 1000, "10:00");
    line(1, LineKind.PAYMENT, "WX2", null, 1000, "10:12");
    topUp(51, "TU1", null, 1000, at("10:03"));
    topUp(52, "TU2", null, 1000, at("10:20"));

    List<Match> matches = match();

    assertEquals(2, matches.size(), matches.toString());
    assertTrue(matches.stream().allMatch(m -> m.outcome() == Outcome.MATCHED));
    assertEquals(51, matches.get(0).movement().entryId());
    assertEquals(52, matches.get(1).movement().entryId());
  }

  @Test
  @DisplayName("an amount tolerance pairs nearly equal amounts as a mismatch of the difference")
  void amountTolerance() {
    line(1, LineKind.PAYMENT, "WX1", null, 1001, "10:00");
    topUp(61, "TU1", null, 1000, at("10:01"));

    List<Match> strict = match();
    List<Match> tolerant =
        MatchingEngine.match(
            lines,
            ledger,
            DAY,
            new MatchTolerances(1, Duration.ofMinutes(10), Duration.ofMinutes(30)));

    assertEquals(2, strict.size());
    assertEquals(1, tolerant.size());
    assertEquals(Outcome.AMOUNT_MISMATCH, tolerant.get(0).outcome());
    assertEquals(1, tolerant.get(0).differenceFen());
  }

  @Test
  @DisplayName("fee lines, and the charges on a file's lines together, are FEE items")
  void fees() {
    line(1, LineKind.PAYMENT, "WX1", "TU1", 10000, 60, "09:00", null);
    line(1, LineKind.PAYMENT, "WX2", "TU2", 5000, 30, "09:10", null);
    line(2, LineKind.FEE, "FEE1", null, 250, "23:59");
    topUp(71, "TU1", "WX1", 10000, at("09:00"));
    topUp(72, "TU2", "WX2", 5000, at("09:10"));

    List<Match> matches = match();

    assertEquals(4, matches.size(), matches.toString());
    assertEquals(Outcome.MATCHED, matches.get(0).outcome());
    assertEquals(Outcome.MATCHED, matches.get(1).outcome());
    Match charges = matches.get(2);
    assertEquals(Outcome.FEE, charges.outcome());
    assertEquals(2, charges.lines().size());
    assertEquals(-90, charges.differenceFen(), "the charges of file 1, after its lines");
    Match feeLine = matches.get(3);
    assertEquals(Outcome.FEE, feeLine.outcome());
    assertEquals(-250, feeLine.differenceFen());
  }

  @Test
  @DisplayName("two lines carrying one order number are matched together against it")
  void manyToOne() {
    line(1, LineKind.PAYMENT, "B1", "TU1", 3000, "09:00");
    line(1, LineKind.PAYMENT, "B2", "TU1", 2000, "09:05");
    topUp(81, "TU1", null, 5000, at("09:00"));

    List<Match> matches = match();

    assertEquals(1, matches.size());
    assertEquals(Outcome.MATCHED, matches.get(0).outcome());
    assertEquals(2, matches.get(0).lines().size());
    assertEquals(5000, matches.get(0).statementFen());
  }

  @Test
  @DisplayName("a batched bank entry is checked against its detail lines, matched one by one")
  void oneToManyBatch() {
    ChannelLine batch = line(1, LineKind.PAYMENT, "BATCH-7", null, 8000, 0, "17:00", null);
    line(2, LineKind.PAYMENT, "D1", "TU1", 5000, 0, "16:00", "BATCH-7");
    line(2, LineKind.PAYMENT, "D2", "TU2", 3000, 0, "16:30", "BATCH-7");
    topUp(91, "TU1", null, 5000, at("16:00"));
    topUp(92, "TU2", null, 3000, at("16:30"));

    List<Match> matches = match();

    assertEquals(3, matches.size(), matches.toString());
    assertEquals(List.of(batch), matches.get(0).lines());
    assertEquals(MatchedBy.BATCH, matches.get(0).matchedBy());
    assertEquals(Outcome.MATCHED, matches.get(0).outcome());
    assertEquals(8000, matches.get(0).ledgerFen(), "the sum of its details");
    assertEquals(91, matches.get(1).movement().entryId());
    assertEquals(92, matches.get(2).movement().entryId());
  }

  @Test
  @DisplayName("a batched entry whose details do not add up differs by the gap")
  void batchThatDoesNotAddUp() {
    line(1, LineKind.PAYMENT, "BATCH-8", null, 9000, 0, "17:00", null);
    line(2, LineKind.PAYMENT, "D1", "TU1", 5000, 0, "16:00", "BATCH-8");
    topUp(93, "TU1", null, 5000, at("16:00"));

    List<Match> matches = match();

    assertEquals(Outcome.AMOUNT_MISMATCH, matches.get(0).outcome());
    assertEquals(4000, matches.get(0).differenceFen());
    assertEquals(Outcome.MATCHED, matches.get(1).outcome());
  }

  @Test
  @DisplayName("a refund line matches the refund of the order it names, of the same amount first")
  void refunds() {
    line(1, LineKind.REFUND, "R1", "TU1", 1000, "12:00");
    line(1, LineKind.REFUND, "R2", "TU1", 500, "12:30");
    refund(101, "TU1", 500, "12:29");
    refund(102, "TU1", 1000, "12:00");

    List<Match> matches = match();

    assertEquals(2, matches.size(), matches.toString());
    assertEquals(102, matches.get(0).movement().entryId());
    assertEquals(-1000, matches.get(0).statementFen(), "a refund counts negative");
    assertEquals(101, matches.get(1).movement().entryId());
    assertTrue(matches.stream().allMatch(m -> m.outcome() == Outcome.MATCHED));
  }

  @Test
  @DisplayName("a payment line never matches a refund, nor a refund line a top-up")
  void directionsNeverMix() {
    line(1, LineKind.REFUND, "R1", null, 1000, "12:00");
    topUp(111, "TU1", null, 1000, at("12:00"));

    List<Match> matches = match();

    assertEquals(Outcome.MISSING_IN_LEDGER, matches.get(0).outcome());
    assertEquals(1000 * -1, matches.get(0).differenceFen());
    assertEquals(Outcome.MISSING_IN_CHANNEL, matches.get(1).outcome());
    assertEquals(-1000, matches.get(1).differenceFen());
  }

  @Test
  @DisplayName("a movement from the window around the day matches, else it belongs to its own day")
  void window() {
    line(1, LineKind.PAYMENT, "WX1", "TU1", 1000, "00:01");
    Instant justBefore = BusinessDay.start(DAY).minusSeconds(20);
    topUp(121, "TU1", "WX1", 1000, justBefore);
    topUp(122, "TU2", "WX2", 2000, BusinessDay.start(DAY.plusDays(1)).plusSeconds(60));

    List<Match> matches = match();

    assertEquals(1, matches.size(), "the next day's top-up is not the statement's concern");
    assertEquals(Outcome.MATCHED, matches.get(0).outcome());
  }

  @Test
  @DisplayName("tolerances are never negative")
  void tolerancesNeverNegative() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new MatchTolerances(-1, Duration.ZERO, Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> new MatchTolerances(0, Duration.ofMinutes(-1), Duration.ZERO));
  }
}
