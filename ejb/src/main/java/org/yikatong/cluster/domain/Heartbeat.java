package org.yikatong.cluster.domain;

/** What a heartbeat found. */
public enum Heartbeat {
  /** The node is a member and its heartbeat is recorded. */
  RECORDED,
  /** The node had been marked LOST and is a member again. */
  REJOINED,
  /** Another incarnation holds the name now (or the row is gone): nothing recorded. */
  NOT_HELD
}
