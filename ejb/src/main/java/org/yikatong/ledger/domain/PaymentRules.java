package org.yikatong.ledger.domain;

import java.util.Optional;
import org.yikatong.kernel.domain.DeclineReason;
import org.yikatong.kernel.domain.Money;

/**
 * The rules an online card payment must pass, in the order a card holder would want to hear about
 * them. Pure functions over the state the caller read under lock, so every rule is unit-tested.
 */
public final class PaymentRules {

  /** The largest single card payment: 1,000 yuan. */
  public static final Money MAX_PAYMENT = Money.ofFen(100_000);

  /** The largest single top-up: 2,000 yuan. */
  public static final Money MAX_TOP_UP = Money.ofFen(200_000);

  /** What the terminal sent as PIN. */
  public enum PinEntry {
    NONE,
    MATCH,
    MISMATCH
  }

  /**
   * The state of a payment about to be decided.
   *
   * @param cardRefusal why the card itself cannot pay now, if it cannot
   * @param accountsOpen whether the purses take movements
   * @param noPinLimit payments above this need the PIN
   * @param pinLocked whether the card already had three wrong PINs
   * @param spentToday what the card paid online today (Asia/Shanghai), net of reversals
   * @param dailyLimit the card's daily spending limit
   * @param available subsidy plus main purse
   */
  public record Context(
      Money amount,
      Optional<DeclineReason> cardRefusal,
      boolean accountsOpen,
      Money noPinLimit,
      PinEntry pin,
      boolean pinLocked,
      Money spentToday,
      Money dailyLimit,
      Money available) {}

  private PaymentRules() {}

  /** Whether the amount may be paid at all. */
  public static boolean validAmount(Money amount, Money max) {
    return amount.fen() > 0 && amount.compareTo(max) <= 0;
  }

  /** Whether a payment of this amount asks for the PIN. */
  public static boolean needsPin(Money amount, Money noPinLimit) {
    return amount.compareTo(noPinLimit) > 0;
  }

  /**
   * The reason to decline, or empty to approve. A {@link DeclineReason#WRONG_PIN} here is before
   * counting this try; the card decides whether it was the third.
   */
  public static Optional<DeclineReason> decide(Context c) {
    if (!validAmount(c.amount(), MAX_PAYMENT)) {
      return Optional.of(DeclineReason.INVALID_AMOUNT);
    }
    if (c.cardRefusal().isPresent()) {
      return c.cardRefusal();
    }
    if (!c.accountsOpen()) {
      return Optional.of(DeclineReason.ACCOUNT_FROZEN);
    }
    if (needsPin(c.amount(), c.noPinLimit())) {
      if (c.pinLocked()) {
        return Optional.of(DeclineReason.PIN_LOCKED);
      }
      if (c.pin() == PinEntry.NONE) {
        return Optional.of(DeclineReason.PIN_REQUIRED);
      }
      if (c.pin() == PinEntry.MISMATCH) {
        return Optional.of(DeclineReason.WRONG_PIN);
      }
    }
    if (c.spentToday().plus(c.amount()).compareTo(c.dailyLimit()) > 0) {
      return Optional.of(DeclineReason.DAILY_LIMIT);
    }
    if (c.available().compareTo(c.amount()) < 0) {
      return Optional.of(DeclineReason.INSUFFICIENT_FUNDS);
    }
    return Optional.empty();
  }

  /**
   * How a payment splits between the purses: the subsidy purse first, the main purse for the rest.
   * An offline payment may take the main purse below zero.
   *
   * @return {fromSubsidy, fromPurse}
   */
  public static Money[] split(Money amount, Money subsidyBalance) {
    long fromSubsidy = Math.max(0, Math.min(amount.fen(), subsidyBalance.fen()));
    return new Money[] {Money.ofFen(fromSubsidy), Money.ofFen(amount.fen() - fromSubsidy)};
  }
}
