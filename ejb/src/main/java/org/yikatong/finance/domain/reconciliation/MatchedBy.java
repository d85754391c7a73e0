package org.yikatong.finance.domain.reconciliation;

/** How a statement line found its ledger side. */
public enum MatchedBy {
  /** The channel carried our order number back, or the ledger kept the channel's number. */
  REFERENCE,
  /** The one movement of the same amount (within tolerance) and time (within tolerance). */
  AMOUNT_AND_TIME,
  /** A batched bank entry against the sum of its detail lines (camt.053 against camt.054). */
  BATCH,
  /** A person confirmed a suggestion, or picked the movement themselves. */
  CONFIRMED
}
