package org.yikatong.cluster.domain;

/** How a node left the cluster. */
public enum LeftHow {
  /** It shut down cleanly and said so. */
  STOPPED,
  /** Its heartbeat stayed away longer than the lost-after period; another node marked it. */
  LOST
}
