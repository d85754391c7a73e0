package org.yikatong.ledger.application;

import org.yikatong.kernel.domain.DeclineReason;

/**
 * The ledger's answer to a terminal request.
 *
 * @param declineReason null when approved
 * @param entryId the journal entry posted (or found, for a repeat); null when nothing was posted
 * @param purseFen the main purse balance after the request, when the card is known
 * @param subsidyFen the subsidy purse balance after the request, when the card is known
 * @param doubleTapSuspected the payment looks like a double tap (approved all the same)
 * @param repeat the request was a repeat: this is the first answer, and nothing new was posted
 */
public record PaymentOutcome(
    DeclineReason declineReason,
    Long entryId,
    Long purseFen,
    Long subsidyFen,
    boolean doubleTapSuspected,
    boolean repeat) {

  public boolean approved() {
    return declineReason == null;
  }

  PaymentOutcome asRepeat() {
    return new PaymentOutcome(
        declineReason, entryId, purseFen, subsidyFen, doubleTapSuspected, true);
  }
}
