package org.yikatong.monitoring.domain.alert;

/** Where an alert stands. */
public enum AlertState {
  /** The condition holds, not yet for the rule's raise hold. Nobody is told. */
  PENDING,
  /** Raised: people are told and a ticket is open (unless silenced). */
  RAISED,
  /** The condition stayed cleared for the clear hold. */
  CLEARED
}
