package org.yikatong.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.kernel.domain.Money;

class EntryDraftTest {

  private static final Account CASH = Account.system(AccountType.CLEARING_CASH, Instant.EPOCH);
  private static final Account FEES = Account.system(AccountType.FEES, Instant.EPOCH);
  private static final Account SUSPENSE = Account.system(AccountType.SUSPENSE, Instant.EPOCH);

  private static EntryDraft.Builder draft() {
    return EntryDraft.builder(EntryKind.FEE, "K1", "h")
        .amount(Money.ofFen(100))
        .description("test")
        .postedBy("tester");
  }

  @Test
  @DisplayName("a balanced entry is made; zero lines are left out")
  void balanced() {
    EntryDraft d =
        draft()
            .line(CASH, Money.ofFen(-100))
            .line(FEES, Money.ofFen(100))
            .line(SUSPENSE, Money.ZERO)
            .build();
    assertEquals(2, d.lines().size());
  }

  @Test
  @DisplayName("an entry whose postings do not sum to zero cannot exist")
  void unbalanced() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> draft().line(CASH, Money.ofFen(-100)).line(FEES, Money.ofFen(99)).build());
    assertEquals("Postings of K1 sum to CNY -0.01, not zero", e.getMessage());
  }

  @Test
  @DisplayName("one posting, or two on the same account, is refused")
  void degenerate() {
    assertThrows(IllegalArgumentException.class, () -> draft().line(CASH, Money.ofFen(5)).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> draft().line(CASH, Money.ofFen(5)).line(CASH, Money.ofFen(-5)).build());
  }

  @Test
  @DisplayName("a business key and who posted are required")
  void required() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            EntryDraft.builder(EntryKind.FEE, " ", "h")
                .amount(Money.ofFen(1))
                .description("x")
                .postedBy("y")
                .line(CASH, Money.ofFen(-1))
                .line(FEES, Money.ofFen(1))
                .build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            EntryDraft.builder(EntryKind.FEE, "K", "h")
                .amount(Money.ofFen(1))
                .description("x")
                .line(CASH, Money.ofFen(-1))
                .line(FEES, Money.ofFen(1))
                .build());
  }

  @Test
  @DisplayName("a made entry keeps its postings and their balances after")
  void entry() {
    EntryDraft d = draft().line(CASH, Money.ofFen(-100)).line(FEES, Money.ofFen(100)).build();
    JournalEntry e =
        JournalEntry.of(
            d,
            java.time.LocalDate.of(2026, 11, 22),
            Instant.parse("2026-11-22T01:00:00Z"),
            java.util.Arrays.asList(null, Money.ofFen(100)));
    assertEquals(2, e.getPostings().size());
    assertEquals(Money.ofFen(100), e.getPostings().get(1).getBalanceAfter());
    assertEquals(Instant.parse("2026-11-22T01:00:00Z"), e.getOccurredAt(), "defaults to posted");
  }
}
