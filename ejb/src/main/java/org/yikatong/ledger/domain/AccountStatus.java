package org.yikatong.ledger.domain;

/** Whether an account takes movements. */
public enum AccountStatus {
  OPEN,
  /** Frozen by finance: no payments or top-ups until unfrozen. */
  FROZEN,
  /** Closed when its card holder's last card was cancelled; takes nothing any more. */
  CLOSED
}
