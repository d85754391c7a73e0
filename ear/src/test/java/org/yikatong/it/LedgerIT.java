package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.LedgerDriver.CANTEEN2_POS;
import static org.yikatong.it.LedgerDriver.CANTEEN_POS;
import static org.yikatong.it.LedgerDriver.GATE;
import static org.yikatong.it.LedgerDriver.KIOSK;
import static org.yikatong.it.LedgerDriver.rrn;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yikatong.card.application.CardLifecycle;
import org.yikatong.it.LedgerDriver.Holder;
import org.yikatong.kernel.application.AdjustableClock;
import org.yikatong.kernel.domain.DeclineReason;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.application.CardCounter;
import org.yikatong.ledger.application.DayCloses;
import org.yikatong.ledger.application.PaymentOutcome;
import org.yikatong.ledger.application.PaymentRequest;
import org.yikatong.ledger.application.Refunds;
import org.yikatong.ledger.application.Subsidies;
import org.yikatong.ledger.domain.DayClose;
import org.yikatong.ledger.domain.JournalEntry;
import org.yikatong.ledger.domain.MerchantDayTotal;

/**
 * Runs inside the server: every money movement and card lifecycle step through the EJBs, against
 * the configured database, with balances and entries read back from the tables.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerIT {

  @Deployment
  static EnterpriseArchive ear() {
    return Deployments.builtEarWith(LedgerIT.class, AsAdministrator.class, LedgerDriver.class);
  }

  @Inject LedgerDriver ledger;
  @Inject AsAdministrator admin;
  @Inject CardLifecycle lifecycle;
  @Inject CardCounter counter;
  @Inject Refunds refunds;
  @Inject Subsidies subsidies;
  @Inject DayCloses dayCloses;
  @Inject AdjustableClock clock;

  @Test
  @DisplayName("a payment draws on the subsidy purse first and credits the merchant")
  void paymentSubsidyFirst() throws Exception {
    Holder h = ledger.newHolder(10_000);
    String batch = LedgerDriver.unique("SB");
    admin.call(() -> subsidies.upload(batch, h.holderNo() + ",3.00\n", null));
    assertEquals(300, ledger.subsidy(h));

    PaymentOutcome first = ledger.pay(CANTEEN_POS, h, 500);

    assertTrue(first.approved());
    assertEquals(0, ledger.subsidy(h));
    assertEquals(9_800, ledger.purse(h));
    assertEquals(9_800L, first.purseFen());
    assertEquals(0L, first.subsidyFen());
    assertTrue(ledger.selfCheck().sound());
  }

  @Test
  @DisplayName("a repeated request answers as the first and posts nothing; other content is 94")
  void idempotentRepeat() throws Exception {
    Holder h = ledger.newHolder(10_000);
    String rrn = rrn();
    PaymentOutcome first =
        ledger.send(PaymentRequest.payment(CANTEEN_POS, rrn, h.serial(), 1_200, null));
    PaymentOutcome again =
        ledger.send(PaymentRequest.payment(CANTEEN_POS, rrn, h.serial(), 1_200, null));
    PaymentOutcome other =
        ledger.send(PaymentRequest.payment(CANTEEN_POS, rrn, h.serial(), 1_300, null));

    assertTrue(first.approved());
    assertTrue(again.approved());
    assertTrue(again.repeat());
    assertEquals(first.entryId(), again.entryId());
    assertEquals(first.purseFen(), again.purseFen());
    assertEquals(DeclineReason.DUPLICATE_WITH_OTHER_CONTENT, other.declineReason());
    assertEquals(8_800, ledger.purse(h));
    assertEquals(1, ledger.entries(PaymentRequest.keyOf(CANTEEN_POS, rrn)));
  }

  @Test
  @DisplayName("declines: unknown card, not a payment terminal, insufficient funds, daily limit")
  void declines() throws Exception {
    Holder h = ledger.newHolder(2_000);
    assertEquals(
        DeclineReason.UNKNOWN_CARD,
        ledger
            .send(PaymentRequest.payment(CANTEEN_POS, rrn(), "NOSUCHCARD", 100, null))
            .declineReason());
    assertEquals(DeclineReason.NOT_PERMITTED_AT_TERMINAL, ledger.pay(GATE, h, 100).declineReason());
    assertEquals(
        DeclineReason.INSUFFICIENT_FUNDS, ledger.pay(CANTEEN_POS, h, 2_001).declineReason());
    assertEquals(DeclineReason.INVALID_AMOUNT, ledger.pay(CANTEEN_POS, h, 0).declineReason());

    ledger.limits(h, 1_000, 1_500);
    assertTrue(ledger.pay(CANTEEN_POS, h, 1_000).approved());
    assertEquals(DeclineReason.DAILY_LIMIT, ledger.pay(CANTEEN_POS, h, 501).declineReason());
    assertTrue(ledger.pay(CANTEEN_POS, h, 500).approved(), "exactly the limit");
    assertEquals(500, ledger.purse(h));
    assertEquals(3, ledger.entriesOfCard(h), "opening balance and two payments");
  }

  @Test
  @DisplayName("above the no-PIN limit: PIN missing 55, wrong 55, third wrong locks, reset unlocks")
  void pin() throws Exception {
    Holder h = ledger.newHolder(50_000);
    admin.call(() -> lifecycle.setPin(h.serial(), "246810"));
    String card = h.serial();
    assertEquals(
        DeclineReason.PIN_REQUIRED,
        ledger.send(PaymentRequest.payment(CANTEEN_POS, rrn(), card, 6_000, null)).declineReason());
    assertTrue(
        ledger.send(PaymentRequest.payment(CANTEEN_POS, rrn(), card, 6_000, "246810")).approved());
    for (int i = 0; i < 2; i++) {
      assertEquals(
          DeclineReason.WRONG_PIN,
          ledger
              .send(PaymentRequest.payment(CANTEEN_POS, rrn(), card, 6_000, "111111"))
              .declineReason());
    }
    assertEquals(
        DeclineReason.PIN_LOCKED,
        ledger
            .send(PaymentRequest.payment(CANTEEN_POS, rrn(), card, 6_000, "111111"))
            .declineReason());
    assertEquals(
        DeclineReason.PIN_LOCKED,
        ledger
            .send(PaymentRequest.payment(CANTEEN_POS, rrn(), card, 6_000, "246810"))
            .declineReason(),
        "the right PIN no longer helps");
    assertTrue(ledger.pay(CANTEEN_POS, h, 100).approved(), "small payments need no PIN");
    admin.call(() -> lifecycle.setPin(card, "135790"));
    assertTrue(
        ledger.send(PaymentRequest.payment(CANTEEN_POS, rrn(), card, 6_000, "135790")).approved());
    assertEquals(50_000 - 6_000 - 100 - 6_000, ledger.purse(h));
  }

  @Test
  @DisplayName(
      "a reversal posts a reversing entry once; a reversal before its original declines it")
  void reversals() throws Exception {
    Holder h = ledger.newHolder(5_000);
    String rrn = rrn();
    PaymentOutcome paid =
        ledger.send(PaymentRequest.payment(CANTEEN_POS, rrn, h.serial(), 700, null));
    PaymentOutcome reversed =
        ledger.send(PaymentRequest.reversal(CANTEEN_POS, rrn, h.serial(), 700));
    PaymentOutcome again = ledger.send(PaymentRequest.reversal(CANTEEN_POS, rrn, h.serial(), 700));
    assertTrue(paid.approved());
    assertTrue(reversed.approved());
    assertNotNull(reversed.entryId());
    assertTrue(again.repeat());
    assertEquals(reversed.entryId(), again.entryId());
    assertEquals(5_000, ledger.purse(h));

    String early = rrn();
    PaymentOutcome reversalFirst =
        ledger.send(PaymentRequest.reversal(CANTEEN_POS, early, h.serial(), 300));
    PaymentOutcome lateOriginal =
        ledger.send(PaymentRequest.payment(CANTEEN_POS, early, h.serial(), 300, null));
    assertTrue(reversalFirst.approved());
    assertNull(reversalFirst.entryId(), "nothing to reverse, nothing posted");
    assertEquals(DeclineReason.INVALID_TRANSACTION, lateOriginal.declineReason());
    assertEquals(0, ledger.entries(PaymentRequest.keyOf(CANTEEN_POS, early)));
    assertEquals(5_000, ledger.purse(h));
  }

  @Test
  @DisplayName(
      "offline payments post even when they overdraw (flagged); a cancelled card's go to suspense")
  void offline() throws Exception {
    Holder h = ledger.newHolder(1_000);
    Instant before = Instant.now().minusSeconds(3_600);
    PaymentOutcome overdraw =
        ledger.send(PaymentRequest.offline(CANTEEN_POS, rrn(), h.serial(), 1_500, before));
    assertTrue(overdraw.approved());
    assertEquals(-500, ledger.purse(h));
    assertEquals(-500L, overdraw.purseFen());

    Holder gone = ledger.newHolder(0);
    admin.call(() -> counter.cancel(gone.serial(), 0));
    long suspense = ledger.balance("SYS-SUSPENSE");
    PaymentOutcome late =
        ledger.send(
            PaymentRequest.offline(
                CANTEEN_POS, rrn(), gone.serial(), 800, Instant.now().plusSeconds(1)));
    assertTrue(late.approved());
    assertEquals(suspense - 800, ledger.balance("SYS-SUSPENSE"));
    assertEquals(0, ledger.purse(gone));
    assertTrue(ledger.selfCheck().sound());
  }

  @Test
  @DisplayName("kiosk cash top-up credits the purse from cash clearing; refused for a lost card")
  void cashTopUp() throws Exception {
    Holder h = ledger.newHolder(0);
    long cash = ledger.balance("SYS-CLEARING_CASH");
    PaymentOutcome topUp = ledger.send(PaymentRequest.cashTopUp(KIOSK, rrn(), h.serial(), 10_000));
    assertTrue(topUp.approved());
    assertEquals(10_000, ledger.purse(h));
    assertEquals(cash - 10_000, ledger.balance("SYS-CLEARING_CASH"));

    admin.call(() -> lifecycle.reportLoss(h.serial()));
    assertEquals(
        DeclineReason.CARD_LOST,
        ledger.send(PaymentRequest.cashTopUp(KIOSK, rrn(), h.serial(), 100)).declineReason());
    assertEquals(DeclineReason.CARD_LOST, ledger.pay(CANTEEN_POS, h, 100).declineReason());
  }

  @Test
  @DisplayName("a reversed or refunded payment no longer counts against the day's limit")
  void correctionsFreeTheDailyLimit() throws Exception {
    Holder h = ledger.newHolder(10_000);
    Holder other = ledger.newHolder(10_000);
    ledger.limits(h, 1_000, 1_000);
    String rrn = rrn();
    assertTrue(
        ledger.send(PaymentRequest.payment(CANTEEN_POS, rrn, h.serial(), 800, null)).approved());
    assertEquals(DeclineReason.DAILY_LIMIT, ledger.pay(CANTEEN_POS, h, 300).declineReason());
    // Another card's corrections change nothing of this card's day.
    PaymentOutcome othersPayment = ledger.pay(CANTEEN_POS, other, 900);
    admin.call(
        () -> refunds.refund(LedgerDriver.unique("R"), othersPayment.entryId(), 900, "别人的退款"));
    assertEquals(DeclineReason.DAILY_LIMIT, ledger.pay(CANTEEN_POS, h, 300).declineReason());

    assertTrue(ledger.send(PaymentRequest.reversal(CANTEEN_POS, rrn, h.serial(), 800)).approved());
    PaymentOutcome afterReversal = ledger.pay(CANTEEN_POS, h, 900);
    assertTrue(afterReversal.approved(), "the reversal freed the limit");
    assertEquals(DeclineReason.DAILY_LIMIT, ledger.pay(CANTEEN_POS, h, 200).declineReason());
    admin.call(() -> refunds.refund(LedgerDriver.unique("R"), afterReversal.entryId(), 500, "退餐"));
    assertTrue(ledger.pay(CANTEEN_POS, h, 600).approved(), "the refund freed 500 of it");
    assertEquals(DeclineReason.DAILY_LIMIT, ledger.pay(CANTEEN_POS, h, 1).declineReason());
  }

  @Test
  @DisplayName("refunds: partial, then the rest, never more than paid; the same refund number once")
  void refunds() throws Exception {
    Holder h = ledger.newHolder(5_000);
    PaymentOutcome paid = ledger.pay(CANTEEN_POS, h, 1_000);
    long payment = paid.entryId();
    String r1 = LedgerDriver.unique("R");
    JournalEntry part = admin.call(() -> refunds.refund(r1, payment, 400, "少打一份"));
    JournalEntry repeat = admin.call(() -> refunds.refund(r1, payment, 400, "少打一份"));
    assertEquals(part.getId(), repeat.getId());
    RequestRefusedException tooMuch =
        assertThrows(
            RequestRefusedException.class,
            () -> admin.call(() -> refunds.refund(LedgerDriver.unique("R"), payment, 601, "x")));
    assertTrue(tooMuch.getMessage().startsWith("Never more than paid"), tooMuch.getMessage());
    admin.call(() -> refunds.refund(LedgerDriver.unique("R"), payment, 600, "退餐"));
    assertEquals(5_000, ledger.purse(h));
    assertThrows(
        RequestRefusedException.class,
        () -> admin.call(() -> refunds.refund(LedgerDriver.unique("R"), payment, 1, "x")));
    assertEquals(
        DeclineReason.INVALID_TRANSACTION,
        ledger
            .send(PaymentRequest.reversal(CANTEEN_POS, rrnOf(payment), h.serial(), 1_000))
            .declineReason(),
        "a refunded payment is not reversed");
  }

  @Test
  @DisplayName("the same card, terminal and amount within seconds is flagged as a double tap")
  void doubleTap() throws Exception {
    Holder h = ledger.newHolder(5_000);
    assertFalse(ledger.pay(CANTEEN_POS, h, 850).doubleTapSuspected());
    assertTrue(ledger.pay(CANTEEN_POS, h, 850).doubleTapSuspected());
    assertFalse(ledger.pay(CANTEEN_POS, h, 851).doubleTapSuspected(), "another amount");
    assertFalse(ledger.pay(CANTEEN2_POS, h, 850).doubleTapSuspected(), "another terminal");
  }

  @Test
  @DisplayName("lifecycle: issue with deposit, replace keeps the purse, cancel refunds and closes")
  void lifecycle() throws Exception {
    Holder h = ledger.newHolder(3_000);
    // A second card while the first is in use is refused.
    assertThrows(
        RequestRefusedException.class,
        () ->
            admin.call(
                () ->
                    counter.issue(
                        new CardCounter.IssueCard(
                            h.holderNo(),
                            LedgerDriver.unique("C"),
                            LocalDate.now().plusYears(2),
                            2_000,
                            null))));
    long deposits = ledger.balance("SYS-DEPOSITS");
    String replacement = LedgerDriver.unique("C");
    admin.call(() -> lifecycle.reportLoss(h.serial()));
    admin.call(() -> counter.replace(h.serial(), replacement, LocalDate.now().plusYears(2), 200));
    assertEquals("REPLACED", ledger.cardStatus(h.serial()));
    assertEquals(DeclineReason.CARD_RESTRICTED, ledger.pay(CANTEEN_POS, h, 100).declineReason());
    Holder same = new Holder(h.holderNo(), replacement);
    assertTrue(
        ledger.pay(CANTEEN_POS, same, 800).approved(), "the new card pays from the same purse");
    assertEquals(3_000 - 200 - 800, ledger.purse(h));

    // Cancel: fee 500 out of the 2000 left; the purse is paid out in cash, accounts closed.
    long cash = ledger.balance("SYS-CLEARING_CASH");
    JournalEntry refund = admin.call(() -> counter.cancel(replacement, 500));
    assertEquals(1_500, refund.getAmount().fen());
    assertEquals(0, ledger.purse(h));
    assertEquals(cash + 1_500, ledger.balance("SYS-CLEARING_CASH"));
    assertEquals(deposits, ledger.balance("SYS-DEPOSITS"));
    assertEquals(DeclineReason.CARD_RESTRICTED, ledger.pay(CANTEEN_POS, same, 100).declineReason());
    assertThrows(
        RequestRefusedException.class,
        () -> admin.call(() -> counter.cancel(replacement, 0)),
        "cancelled is final");

    // A new holder's card issued with a deposit: the deposit comes back on cancel.
    Holder fresh = ledger.newHolder(0);
    admin.call(() -> counter.cancel(fresh.serial(), 0));
    assertThrows(
        RequestRefusedException.class,
        () ->
            admin.call(
                () ->
                    counter.issue(
                        new CardCounter.IssueCard(
                            fresh.holderNo(),
                            LedgerDriver.unique("C"),
                            LocalDate.now().plusYears(2),
                            2_000,
                            null))),
        "a closed account takes no new card");
    assertTrue(ledger.selfCheck().sound());
  }

  @Test
  @DisplayName("a card issued later with a deposit gets the deposit back on cancel")
  void deposit() throws Exception {
    Holder h = ledger.newHolderWithoutCard();
    String serial = LedgerDriver.unique("C");
    long deposits = ledger.balance("SYS-DEPOSITS");
    long cash = ledger.balance("SYS-CLEARING_CASH");
    admin.call(
        () ->
            counter.issue(
                new CardCounter.IssueCard(
                    h.holderNo(), serial, LocalDate.now().plusYears(4), 2_000, "123456")));
    assertEquals(deposits + 2_000, ledger.balance("SYS-DEPOSITS"));
    assertEquals(cash - 2_000, ledger.balance("SYS-CLEARING_CASH"));
    Holder withCard = new Holder(h.holderNo(), serial);
    ledger.send(PaymentRequest.cashTopUp(KIOSK, rrn(), serial, 5_000));
    assertTrue(ledger.pay(CANTEEN_POS, withCard, 1_000).approved());

    JournalEntry refund = admin.call(() -> counter.cancel(serial, 0));

    assertEquals(4_000 + 2_000, refund.getAmount().fen(), "purse and deposit paid out");
    assertEquals(deposits, ledger.balance("SYS-DEPOSITS"));
    assertEquals(cash - 5_000 + 6_000 - 2_000, ledger.balance("SYS-CLEARING_CASH"));
  }

  @Test
  @DisplayName("a step that fails half way leaves nothing: an overdrawn purse cannot be cancelled")
  void rollbackLeavesNothing() throws Exception {
    Holder h = ledger.newHolder(100);
    ledger.send(PaymentRequest.offline(CANTEEN_POS, rrn(), h.serial(), 300, Instant.now()));
    assertEquals(-200, ledger.purse(h));
    RequestRefusedException refused =
        assertThrows(
            RequestRefusedException.class, () -> admin.call(() -> counter.cancel(h.serial(), 0)));
    assertTrue(refused.getMessage().contains("overdrawn"), refused.getMessage());
    assertEquals("ACTIVE", ledger.cardStatus(h.serial()), "the status change rolled back");
    assertEquals(-200, ledger.purse(h));
    assertEquals(0, ledger.entries("CANCEL:" + h.serial()));
  }

  @Test
  @DisplayName("subsidy: a bad file posts nothing; one batch posts once; expiry returns the rest")
  void subsidies() throws Exception {
    Holder a = ledger.newHolder(0);
    Holder b = ledger.newHolder(0);
    String batch = LedgerDriver.unique("SB");
    long funding = ledger.balance("SYS-SUBSIDY_FUNDING");
    RequestRefusedException bad =
        assertThrows(
            RequestRefusedException.class,
            () ->
                admin.call(
                    () ->
                        subsidies.upload(
                            batch,
                            a.holderNo() + ",10\nNOBODY,5\n" + b.holderNo() + ",0\n",
                            null)));
    assertEquals(2, bad.details().size(), bad.details().toString());
    assertEquals(0, ledger.subsidy(a), "nothing posted");
    assertEquals(funding, ledger.balance("SYS-SUBSIDY_FUNDING"));

    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    String csv = a.holderNo() + ",10\n" + b.holderNo() + ",20.50\n";
    admin.call(() -> subsidies.upload(batch, csv, today));
    admin.call(() -> subsidies.upload(batch, csv, today));
    assertThrows(
        RequestRefusedException.class,
        () -> admin.call(() -> subsidies.upload(batch, a.holderNo() + ",11\n", today)));
    assertEquals(1_000, ledger.subsidy(a));
    assertEquals(2_050, ledger.subsidy(b));
    assertEquals(funding - 3_050, ledger.balance("SYS-SUBSIDY_FUNDING"));

    assertTrue(ledger.pay(CANTEEN_POS, a, 400).approved());
    admin.call(() -> subsidies.expireBefore(today.plusDays(1)));
    assertEquals(0, ledger.subsidy(a), "the unspent 6.00 went back");
    assertEquals(0, ledger.subsidy(b));
    assertEquals(funding - 400, ledger.balance("SYS-SUBSIDY_FUNDING"));
    assertTrue(ledger.selfCheck().sound());
  }

  @Test
  @DisplayName("day close: merchant totals and a settlement entry, once even if run twice")
  void dayClose() throws Exception {
    Holder h = ledger.newHolder(100_000);
    long daysBack = 1_000 + ThreadLocalRandom.current().nextInt(30_000);
    LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(daysBack);
    long firstPayment;
    clock.shift(Duration.ofDays(-daysBack));
    try {
      firstPayment = ledger.pay(CANTEEN_POS, h, 1_000).entryId();
      ledger.pay(CANTEEN_POS, h, 2_000);
      ledger.pay(CANTEEN2_POS, h, 500);
      admin.call(() -> refunds.refund(LedgerDriver.unique("R"), firstPayment, 300, "退"));
    } finally {
      clock.shift(Duration.ZERO);
    }
    long settled = ledger.balance("MM0001-S");

    DayClose close = admin.call(() -> dayCloses.close(day));
    DayClose again = admin.call(() -> dayCloses.close(day));

    assertEquals(close.getId(), again.getId());
    MerchantDayTotal canteen =
        close.getTotals().stream()
            .filter(t -> t.getMerchant().getCode().equals("M0001"))
            .findFirst()
            .orElseThrow();
    assertEquals(2, canteen.getPaymentCount());
    assertEquals(3_000, canteen.getPayments().fen());
    assertEquals(300, canteen.getReturns().fen());
    assertEquals(2_700, canteen.getNet().fen());
    assertNotNull(canteen.getSettlementEntry());
    assertEquals(settled + 2_700, ledger.balance("MM0001-S"));
    assertEquals(1, ledger.entries("SETTLE:" + day + ":M0002"));
    assertThrows(
        RequestRefusedException.class,
        () -> admin.call(() -> dayCloses.close(LocalDate.now(ZoneId.of("Asia/Shanghai")))),
        "today has not ended");
    assertTrue(ledger.selfCheck().sound());
  }

  private String rrnOf(long entryId) {
    String key =
        (String)
            ledger
                .em
                .createNativeQuery("select business_key from journal_entry where id = ?")
                .setParameter(1, entryId)
                .getSingleResult();
    return key.substring(key.lastIndexOf(':') + 1);
  }
}
