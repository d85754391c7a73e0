package org.yikatong.terminal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TerminalRejectionTest {

  private static final Instant AT = Instant.parse("2026-09-01T08:15:42.123Z");

  @Test
  @DisplayName("a new row stands for one refusal, first and last seen at once")
  void firstOfItsRow() {
    TerminalRejection r = badMac(AT, "T0000002", "000042");
    assertEquals(1, r.getRepeatCount());
    assertEquals(AT, r.getOccurredAt());
    assertEquals(AT, r.getLastSeenAt());
    assertEquals("10.0.0.5", r.getSourceAddress());
    assertEquals("2026-09-01T08:15:00Z|10.0.0.5|BAD_MAC|T0000002", r.getRepeatKey());
  }

  @Test
  @DisplayName("refusals of one minute, address, reason and known terminal share a repeat key")
  void sameKey() {
    assertEquals(
        badMac(AT, "T0000002", "000042").getRepeatKey(),
        badMac(AT.plusSeconds(17), "T0000002", "000043").getRepeatKey(),
        "another STAN in the same minute");
    assertNotEquals(
        badMac(AT, "T0000002", "000042").getRepeatKey(),
        badMac(AT.plusSeconds(18), "T0000002", "000042").getRepeatKey(),
        "the next minute");
    assertNotEquals(
        badMac(AT, "T0000002", "000042").getRepeatKey(),
        badMac(AT, "T0000003", "000042").getRepeatKey(),
        "another known terminal");
  }

  @Test
  @DisplayName("made-up terminal ids of unknown terminals and malformed frames share one key")
  void untrustedTerminalIds() {
    assertEquals(
        TerminalRejection.repeatKeyOf(AT, "10.0.0.5", "UNKNOWN_TERMINAL", "X0000001"),
        TerminalRejection.repeatKeyOf(AT, "10.0.0.5", "UNKNOWN_TERMINAL", "X0000002"));
    assertEquals(
        TerminalRejection.repeatKeyOf(AT, "10.0.0.5", "MALFORMED_FRAME", null),
        TerminalRejection.repeatKeyOf(AT, "10.0.0.5", "MALFORMED_FRAME", "garbage"));
    assertNotEquals(
        TerminalRejection.repeatKeyOf(AT, "10.0.0.5", "MALFORMED_FRAME", null),
        TerminalRejection.repeatKeyOf(AT, "10.0.0.6", "MALFORMED_FRAME", null),
        "another source address");
  }

  private static TerminalRejection badMac(Instant at, String terminal, String stan) {
    return new TerminalRejection(
        at, "node1", "c-1", "10.0.0.5", "BAD_MAC", terminal, "0800", stan, "wrong or missing MAC");
  }
}
