package org.yikatong.finance.domain.reconciliation;

/** What matching found for a statement line, a group of lines or a ledger movement. */
public enum Outcome {
  /** The statement and the ledger agree. */
  MATCHED,
  /** The channel moved money the ledger did not record: paid, but the card was not credited. */
  MISSING_IN_LEDGER,
  /** The ledger recorded a movement the statement lacks: a paid top-up the channel never had. */
  MISSING_IN_CHANNEL,
  /** Both have it, for different amounts. */
  AMOUNT_MISMATCH,
  /** The channel's charge: a fee line, or the charges on the payment lines of a file. */
  FEE
}
