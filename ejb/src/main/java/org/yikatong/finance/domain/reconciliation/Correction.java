package org.yikatong.finance.domain.reconciliation;

/**
 * How the finance office corrects an item: each becomes a ledger adjustment under maker-checker
 * between an account and the channel's clearing account, for the item's difference (the statement's
 * side less the ledger's).
 */
public enum Correction {
  /** The channel was paid and the card was not credited: credit the holder's purse. */
  CREDIT_CARD,
  /** The ledger credited a top-up the channel does not have (or too much): take it back. */
  REVERSE_TOP_UP,
  /** Book the channel's charge against the fee income. */
  BOOK_FEE,
  /** Park the difference in suspense until it is understood. */
  MOVE_TO_SUSPENSE;

  /**
   * Why this correction does not fit an item of this outcome and difference, or null if it does.
   */
  public String refusalFor(Outcome outcome, long differenceFen) {
    if (differenceFen == 0) {
      return "The item has no difference to correct";
    }
    return switch (this) {
      case CREDIT_CARD ->
          outcome == Outcome.FEE || differenceFen < 0
              ? "Only an item where the channel received more than the ledger credited credits a"
                  + " card"
              : null;
      case REVERSE_TOP_UP ->
          outcome == Outcome.FEE || differenceFen > 0
              ? "Only an item where the ledger credited more than the channel received reverses a"
                  + " top-up"
              : null;
      case BOOK_FEE -> outcome == Outcome.FEE ? null : "Only a channel's charge is booked as a fee";
      case MOVE_TO_SUSPENSE -> null;
    };
  }
}
