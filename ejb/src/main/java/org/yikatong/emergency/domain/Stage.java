package org.yikatong.emergency.domain;

/** The stage a status update tells card holders, in the order an outage usually goes through. */
public enum Stage {
  /** The fault is known, its cause is being looked for. */
  INVESTIGATING,
  /** The cause is known, the repair is under way. */
  IDENTIFIED,
  /** Repaired, being watched. */
  MONITORING,
  /** Over. */
  RESOLVED
}
