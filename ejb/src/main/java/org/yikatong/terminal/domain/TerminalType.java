package org.yikatong.terminal.domain;

/** Kind of device behind a terminal id (ISO 8583 field 41). */
public enum TerminalType {
  /** Canteen or shop point of sale. */
  POS,
  /** Self-service top-up kiosk. */
  KIOSK,
  /** Campus or building gate reader. */
  GATE,
  /** Door reader (dormitory, laboratory). */
  DOOR,
  /** Library reader. */
  LIBRARY
}
