package org.yikatong.finance.domain.statement;

/** What a statement line records. */
public enum LineKind {
  /** Money paid in: a top-up the channel collected, or a bank credit. */
  PAYMENT,
  /** Money paid back to the payer through the channel. */
  REFUND,
  /** The channel's or the bank's charge, on a line of its own. */
  FEE
}
