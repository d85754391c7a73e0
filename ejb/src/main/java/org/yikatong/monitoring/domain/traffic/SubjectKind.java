package org.yikatong.monitoring.domain.traffic;

/** What a traffic summary counts the requests of. */
public enum SubjectKind {
  /** A terminal, by its code: the requests its gateway brought. */
  TERMINAL,
  /** A payment channel, by its name: the callbacks it sent. */
  CHANNEL
}
