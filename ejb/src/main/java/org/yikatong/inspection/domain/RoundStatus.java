package org.yikatong.inspection.domain;

/** Where an inspection round stands. */
public enum RoundStatus {
  /** Planned, not begun. */
  PLANNED,
  /** A technician is on the round. */
  IN_PROGRESS,
  /** Every checklist item has a result (final). */
  COMPLETED,
  /** Its due time passed before anyone began it (final). */
  MISSED
}
