package org.yikatong.finance.domain.reconciliation;

/** Which way money went through the channel. */
public enum Flow {
  /** Paid in: a top-up the channel collected. */
  PAYMENT,
  /** Paid back to the payer through the channel. */
  REFUND
}
