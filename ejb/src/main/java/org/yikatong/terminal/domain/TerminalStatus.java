package org.yikatong.terminal.domain;

/** Whether the platform accepts a terminal's messages. */
public enum TerminalStatus {
  ENABLED,
  DISABLED
}
