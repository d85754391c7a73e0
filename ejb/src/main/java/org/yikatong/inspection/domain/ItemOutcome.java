package org.yikatong.inspection.domain;

/** The result of one checklist item. */
public enum ItemOutcome {
  OK,
  /** Something is wrong: a note says what, and a fault ticket is opened. */
  FAILED
}
