package org.yikatong.finance.domain.settlement;

import org.yikatong.ledger.domain.EntryKind;

/**
 * The figures of a settlement, each made of the postings of one or more entry kinds on a merchant's
 * takings. Sales raise the takings; refunds, reversals and fees lower them and are shown as what
 * they take off; adjustments (finance's corrections and whatever else touched the takings) are
 * shown with their sign.
 */
public enum SettlementFigure {
  /** Payments at the merchant's terminals, online and offline. */
  SALES,
  /** Payments returned in part or in whole to the card holder. */
  REFUNDS,
  /** Payments the terminal cancelled. */
  REVERSALS,
  /** Charges taken from the takings. */
  FEES,
  /** Everything else that moved the takings: adjustments approved by finance. */
  ADJUSTMENTS;

  /** The figure an entry of this kind counts in; settlements themselves count in none. */
  public static SettlementFigure of(EntryKind kind) {
    return switch (kind) {
      case PAYMENT, OFFLINE_PAYMENT -> SALES;
      case REFUND -> REFUNDS;
      case REVERSAL -> REVERSALS;
      case FEE -> FEES;
      default -> ADJUSTMENTS;
    };
  }

  /** Whether the figure is what comes off the takings (shown positive, subtracted from sales). */
  public boolean deducted() {
    return this == REFUNDS || this == REVERSALS || this == FEES;
  }

  /** The figure's amount as shown, from the sum of its postings on the takings. */
  public long shown(long postingsFen) {
    return deducted() ? Math.negateExact(postingsFen) : postingsFen;
  }
}
