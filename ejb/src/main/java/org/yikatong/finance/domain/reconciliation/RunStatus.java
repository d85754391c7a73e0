package org.yikatong.finance.domain.reconciliation;

/** Where a reconciliation run stands. */
public enum RunStatus {
  /** Its items are being resolved. */
  OPEN,
  /** Every item was resolved and the run closed; nothing of it changes any more. */
  CLOSED
}
