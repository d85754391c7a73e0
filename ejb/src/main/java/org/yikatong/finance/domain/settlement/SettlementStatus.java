package org.yikatong.finance.domain.settlement;

/** Whether a settlement's figures are final. */
public enum SettlementStatus {
  /** The business day is closed: the figures are final and a settlement entry moved the net. */
  CLOSED,
  /**
   * The business day is not closed yet (it is today, or its close has not run): the figures are
   * those of the entries posted so far and may still change; nothing is paid on them.
   */
  PROVISIONAL
}
