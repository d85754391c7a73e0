package org.yikatong.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.card.domain.CardHolder;
import org.yikatong.card.domain.CardHolderType;
import org.yikatong.kernel.domain.Money;

/** The smaller rules of the ledger domain, one test each. */
class LedgerRulesTest {

  private static final Instant T0 = Instant.parse("2026-11-22T04:00:00Z");

  @Test
  @DisplayName("a double tap is the same payment again within ten seconds, not after")
  void doubleTapWindow() {
    assertTrue(DoubleTap.suspect(T0, T0.plusSeconds(10)));
    assertFalse(DoubleTap.suspect(T0, T0.plusSeconds(11)));
    assertFalse(DoubleTap.suspect(T0, T0.minusSeconds(1)));
  }

  @Test
  @DisplayName("an expiring grant returns what is unspent of it, never more than it or the purse")
  void subsidyUnspent() {
    // 100 granted, 30 spent, another live grant of 50 untouched: balance 120, rest 70.
    assertEquals(
        Money.ofFen(70), SubsidyGrant.unspent(Money.ofFen(100), Money.ofFen(120), Money.ofFen(50)));
    // Everything spent.
    assertEquals(
        Money.ZERO, SubsidyGrant.unspent(Money.ofFen(100), Money.ofFen(20), Money.ofFen(50)));
    // Refunds raised the balance above the grants: at most the grant.
    assertEquals(
        Money.ofFen(100), SubsidyGrant.unspent(Money.ofFen(100), Money.ofFen(500), Money.ZERO));
  }

  @Test
  @DisplayName("a channel callback signature verifies only over the same content and secret")
  void channelSignature() {
    String sig = ChannelSignature.sign("s3cret", PaymentChannel.WECHAT, "TU1", "WX9", 5000);
    assertTrue(ChannelSignature.verify("s3cret", PaymentChannel.WECHAT, "TU1", "WX9", 5000, sig));
    assertTrue(
        ChannelSignature.verify(
            "s3cret", PaymentChannel.WECHAT, "TU1", "WX9", 5000, sig.toUpperCase()));
    assertFalse(ChannelSignature.verify("s3cret", PaymentChannel.WECHAT, "TU1", "WX9", 5001, sig));
    assertFalse(ChannelSignature.verify("other", PaymentChannel.WECHAT, "TU1", "WX9", 5000, sig));
    assertFalse(ChannelSignature.verify("s3cret", PaymentChannel.ALIPAY, "TU1", "WX9", 5000, sig));
    assertFalse(ChannelSignature.verify("s3cret", PaymentChannel.WECHAT, "TU1", "WX9", 5000, null));
  }

  @Test
  @DisplayName("request hashes tell contents apart, even when the parts would join the same")
  void requestHash() {
    assertEquals(RequestHash.of("a", 1), RequestHash.of("a", 1));
    assertNotEquals(RequestHash.of("a|b", "c"), RequestHash.of("a", "b|c"));
    assertEquals(64, RequestHash.of("x").length());
  }

  @Test
  @DisplayName("a top-up order is paid in time, or late once expired, and paid once")
  void topUpOrder() {
    CardHolder holder = new CardHolder("H1", "测试", CardHolderType.STUDENT, null, T0);
    TopUpOrder inTime = new TopUpOrder("TU1", PaymentChannel.ALIPAY, holder, Money.ofFen(100), T0);
    inTime.paid("A1", null, T0.plusSeconds(60));
    assertEquals(TopUpOrder.Status.PAID, inTime.getStatus());
    assertThrows(IllegalStateException.class, () -> inTime.paid("A2", null, T0.plusSeconds(61)));

    TopUpOrder late = new TopUpOrder("TU2", PaymentChannel.ALIPAY, holder, Money.ofFen(100), T0);
    assertFalse(late.isOverdue(T0.plus(TopUpOrder.LIFETIME).minusSeconds(1)));
    late.expire(T0.plus(TopUpOrder.LIFETIME));
    assertEquals(TopUpOrder.Status.EXPIRED, late.getStatus());
    late.paid("A3", null, T0.plus(TopUpOrder.LIFETIME).plusSeconds(5));
    assertEquals(TopUpOrder.Status.PAID_LATE, late.getStatus());
  }

  @Test
  @DisplayName(
      "an entry is a holder's own when made with their card or posted on their purse, not else")
  void entryOfHolder() {
    CardHolder mine = new CardHolder("H1", "测试", CardHolderType.STUDENT, null, T0);
    CardHolder other = new CardHolder("H2", "测试", CardHolderType.STUDENT, null, T0);
    Account cash = Account.system(AccountType.CLEARING_CASH, T0);
    Account suspense = Account.system(AccountType.SUSPENSE, T0);
    org.yikatong.card.domain.Card card =
        new org.yikatong.card.domain.Card("C1", mine, T0, LocalDate.of(2030, 8, 31));

    JournalEntry payment =
        entry(
            EntryDraft.builder(EntryKind.FEE, "K1", "h")
                .card(card)
                .line(cash, Money.ofFen(-100))
                .line(suspense, Money.ofFen(100)));
    assertTrue(payment.isOfHolder("H1"), "made with their card");
    assertFalse(payment.isOfHolder("H2"));

    JournalEntry topUp =
        entry(
            EntryDraft.builder(EntryKind.FEE, "K2", "h")
                .line(cash, Money.ofFen(-100))
                .line(Account.purseOf(other, T0), Money.ofFen(100)));
    assertTrue(topUp.isOfHolder("H2"), "posted on their purse");
    assertFalse(topUp.isOfHolder("H1"));

    JournalEntry system =
        entry(
            EntryDraft.builder(EntryKind.FEE, "K3", "h")
                .line(cash, Money.ofFen(-100))
                .line(suspense, Money.ofFen(100)));
    assertFalse(system.isOfHolder("H1"), "no holder's at all");
  }

  private static JournalEntry entry(EntryDraft.Builder draft) {
    return JournalEntry.of(
        draft.amount(Money.ofFen(100)).description("test").postedBy("tester").build(),
        LocalDate.of(2026, 11, 22),
        T0,
        Arrays.asList(null, null));
  }

  @Test
  @DisplayName("the maker of an adjustment can neither approve nor reject it; it is decided once")
  void makerChecker() {
    Account a = Account.system(AccountType.SUSPENSE, T0);
    Account b = Account.system(AccountType.FEES, T0);
    Adjustment adj = new Adjustment(a, b, Money.ofFen(500), "fix", null, "finance", T0);
    assertEquals(
        "The maker of adjustment null cannot approve or reject it", adj.refusalFor("finance"));
    assertThrows(IllegalStateException.class, () -> adj.reject("finance", T0));
    assertNull(adj.refusalFor("approver"));
    adj.reject("approver", T0);
    assertEquals(Adjustment.Status.REJECTED, adj.getStatus());
    assertThrows(IllegalStateException.class, () -> adj.reject("approver", T0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Adjustment(a, b, Money.ZERO, "zero", null, "finance", T0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Adjustment(a, a, Money.ofFen(1), "same", null, "finance", T0));
  }

  @Test
  @DisplayName("the journal export writes one transaction per entry with debits positive")
  void journalFormat() throws Exception {
    Account cash = Account.system(AccountType.CLEARING_CASH, T0);
    Account fees = Account.system(AccountType.FEES, T0);
    JournalEntry entry =
        JournalEntry.of(
            EntryDraft.builder(EntryKind.FEE, "FEE:1", "h")
                .amount(Money.ofFen(1_250))
                .description("工本费;\n测试")
                .postedBy("helpdesk")
                .line(cash, Money.ofFen(-1_250))
                .line(fees, Money.ofFen(1_250))
                .build(),
            LocalDate.of(2026, 11, 22),
            T0,
            Arrays.asList(null, null));
    StringWriter out = new StringWriter();
    LedgerJournalFormat.entry(entry, out);
    assertEquals(
        """
        2026-11-22 (null) 工本费  测试  ; kind:FEE, key:FEE:1
            assets:clearing:cash:SYS-CLEARING_CASH  12.50 CNY
            income:fees:SYS-FEES  -12.50 CNY

        """,
        out.toString());
  }

  @Test
  @DisplayName("a subsidy file is checked whole, with every bad line named")
  void subsidyFile() {
    SubsidyFile good =
        SubsidyFile.parse("\uFEFFholder_no,amount\r\n2026001,100.00\r\n\r\n2026002, 50.5\r\n");
    assertEquals(List.of(), good.errors());
    assertEquals(2, good.lines().size());
    assertEquals(Money.ofFen(15_050), good.total());
    assertEquals(4, good.lines().get(1).lineNo());

    SubsidyFile bad =
        SubsidyFile.parse(
            "2026001,100\n2026002\n20 26,5\n2026003,-1\n2026004,x\n2026001,3\n2026005,5000.01\n");
    assertEquals(
        List.of(
            "line 2: expected holder_no,amount but found 1 fields",
            "line 3: bad holder number '20 26'",
            "line 4: amount -1.00 is not in 0.01..5000.00",
            "line 5: bad amount 'x'",
            "line 6: holder 2026001 appears twice",
            "line 7: amount 5000.01 is not in 0.01..5000.00"),
        bad.errors());
    assertEquals(
        List.of("the file has no subsidy lines"), SubsidyFile.parse("holder_no,amount\n").errors());
  }

  @Test
  @DisplayName("a subsidy file's lines are counted without the header and blank lines, bad or good")
  void subsidyLineCount() {
    assertEquals(
        2,
        SubsidyFile.lineCount("\uFEFFholder_no,amount\r\n2026001,100.00\r\n\r\n2026002, 50.5\r\n"));
    assertEquals(3, SubsidyFile.lineCount("2026001,100\n2026002\n\n  \nnot,a,line\n"));
    assertEquals(0, SubsidyFile.lineCount(""));
    assertEquals(0, SubsidyFile.lineCount("holder_no,amount\n"));
    String mixed = "holder_no,amount\n1,2\n3\n\n1,2\n";
    SubsidyFile parsed = SubsidyFile.parse(mixed);
    assertEquals(
        parsed.errors().size() + parsed.lines().size(),
        SubsidyFile.lineCount(mixed),
        "every counted line is one the parser reports as good or bad");
  }
}
