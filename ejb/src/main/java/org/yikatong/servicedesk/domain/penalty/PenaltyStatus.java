package org.yikatong.servicedesk.domain.penalty;

/** Whether a breach cost the vendor anything. */
public enum PenaltyStatus {
  /** The vendor answered for the fault: the amount came out of the deposit. */
  CHARGED,
  /** The university (or a card holder) answered for it: recorded, nothing deducted. */
  NOT_CHARGED,
  /** Charged, then the ticket was put on the university: the deduction went back. */
  REVERSED
}
