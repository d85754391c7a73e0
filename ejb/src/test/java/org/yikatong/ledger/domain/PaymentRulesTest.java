package org.yikatong.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.kernel.domain.DeclineReason;
import org.yikatong.kernel.domain.Money;
import org.yikatong.ledger.domain.PaymentRules.Context;
import org.yikatong.ledger.domain.PaymentRules.PinEntry;

class PaymentRulesTest {

  private static Context ok(long amount) {
    return new Context(
        Money.ofFen(amount),
        Optional.empty(),
        true,
        Money.ofFen(5_000),
        PinEntry.NONE,
        false,
        Money.ZERO,
        Money.ofFen(30_000),
        Money.ofFen(20_000));
  }

  private static Optional<DeclineReason> decide(Context c) {
    return PaymentRules.decide(c);
  }

  @Test
  @DisplayName("a payment within every limit is approved")
  void approved() {
    assertEquals(Optional.empty(), decide(ok(1_250)));
  }

  @Test
  @DisplayName("zero, negative and above-maximum amounts are invalid")
  void invalidAmounts() {
    assertEquals(Optional.of(DeclineReason.INVALID_AMOUNT), decide(ok(0)));
    assertEquals(Optional.of(DeclineReason.INVALID_AMOUNT), decide(ok(-1)));
    assertEquals(
        Optional.of(DeclineReason.INVALID_AMOUNT), decide(ok(PaymentRules.MAX_PAYMENT.fen() + 1)));
  }

  @Test
  @DisplayName("the card's own refusal comes before any money rule")
  void cardRefusalFirst() {
    Context c = ok(100);
    Context lost =
        new Context(
            c.amount(),
            Optional.of(DeclineReason.CARD_LOST),
            true,
            c.noPinLimit(),
            c.pin(),
            false,
            c.spentToday(),
            c.dailyLimit(),
            Money.ZERO);
    assertEquals(Optional.of(DeclineReason.CARD_LOST), decide(lost));
  }

  @Test
  @DisplayName("a frozen account declines")
  void frozenAccount() {
    Context c = ok(100);
    assertEquals(
        Optional.of(DeclineReason.ACCOUNT_FROZEN),
        decide(
            new Context(
                c.amount(),
                Optional.empty(),
                false,
                c.noPinLimit(),
                c.pin(),
                false,
                c.spentToday(),
                c.dailyLimit(),
                c.available())));
  }

  private static Context withPin(long amount, PinEntry pin, boolean locked) {
    Context c = ok(amount);
    return new Context(
        c.amount(),
        Optional.empty(),
        true,
        c.noPinLimit(),
        pin,
        locked,
        c.spentToday(),
        c.dailyLimit(),
        c.available());
  }

  @Test
  @DisplayName("above the no-PIN limit the PIN is required and must match; at the limit it is not")
  void pin() {
    assertEquals(Optional.empty(), decide(withPin(5_000, PinEntry.NONE, false)));
    assertEquals(
        Optional.of(DeclineReason.PIN_REQUIRED), decide(withPin(5_001, PinEntry.NONE, false)));
    assertEquals(
        Optional.of(DeclineReason.WRONG_PIN), decide(withPin(5_001, PinEntry.MISMATCH, false)));
    assertEquals(Optional.empty(), decide(withPin(5_001, PinEntry.MATCH, false)));
    assertEquals(
        Optional.of(DeclineReason.PIN_LOCKED), decide(withPin(5_001, PinEntry.MATCH, true)));
    assertEquals(
        Optional.empty(), decide(withPin(100, PinEntry.NONE, true)), "small payments pass");
  }

  @Test
  @DisplayName("the daily limit counts what was spent today; exactly reaching it is allowed")
  void dailyLimit() {
    Context c = ok(1_000);
    Context reaching =
        new Context(
            c.amount(),
            Optional.empty(),
            true,
            c.noPinLimit(),
            c.pin(),
            false,
            Money.ofFen(29_000),
            c.dailyLimit(),
            c.available());
    assertEquals(Optional.empty(), decide(reaching));
    Context over =
        new Context(
            Money.ofFen(1_001),
            Optional.empty(),
            true,
            c.noPinLimit(),
            c.pin(),
            false,
            Money.ofFen(29_000),
            c.dailyLimit(),
            c.available());
    assertEquals(Optional.of(DeclineReason.DAILY_LIMIT), decide(over));
  }

  @Test
  @DisplayName("no online payment takes the purses below zero")
  void funds() {
    assertEquals(Optional.of(DeclineReason.INSUFFICIENT_FUNDS), decide(withAvailable(1_000, 999)));
    assertEquals(Optional.empty(), decide(withAvailable(1_000, 1_000)));
  }

  private static Context withAvailable(long amount, long available) {
    Context c = ok(amount);
    return new Context(
        c.amount(),
        Optional.empty(),
        true,
        c.noPinLimit(),
        c.pin(),
        false,
        c.spentToday(),
        c.dailyLimit(),
        Money.ofFen(available));
  }

  @Test
  @DisplayName("the subsidy purse pays first, the main purse the rest")
  void split() {
    assertArrayEquals(
        new Money[] {Money.ofFen(300), Money.ofFen(700)},
        PaymentRules.split(Money.ofFen(1_000), Money.ofFen(300)));
    assertArrayEquals(
        new Money[] {Money.ofFen(1_000), Money.ZERO},
        PaymentRules.split(Money.ofFen(1_000), Money.ofFen(5_000)));
    assertArrayEquals(
        new Money[] {Money.ZERO, Money.ofFen(1_000)},
        PaymentRules.split(Money.ofFen(1_000), Money.ofFen(-50)));
  }

  @Test
  void needsPin() {
    assertFalse(PaymentRules.needsPin(Money.ofFen(5_000), Money.ofFen(5_000)));
    assertTrue(PaymentRules.needsPin(Money.ofFen(5_001), Money.ofFen(5_000)));
  }
}
