package org.yikatong.security.domain;

/** How an audited action ended. */
public enum AuditOutcome {
  /** The action was carried out; recorded in its own transaction, so it commits with it. */
  SUCCESS,
  /**
   * The action was refused for a reason the caller can act on (a role that does not allow it, an
   * invalid or contradicting request); nothing of it was stored.
   */
  REFUSED,
  /** The action failed unexpectedly; nothing of it was stored. */
  FAILED
}
