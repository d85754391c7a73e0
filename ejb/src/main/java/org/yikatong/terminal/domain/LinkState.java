package org.yikatong.terminal.domain;

/** Where a terminal stands in its network management dialogue with the platform. */
public enum LinkState {
  /** No authenticated message yet. */
  NEVER_SEEN,
  /** Signed on (0800 with function 001) and not signed off since. */
  SIGNED_ON,
  /** Signed off (0800 with function 002). */
  SIGNED_OFF
}
