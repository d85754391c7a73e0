package org.yikatong.terminal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TerminalTest {

  private static final Instant NOW = Instant.parse("2026-09-01T00:00:00Z");
  private final Merchant canteen = new Merchant("M0001", "第一食堂", MerchantCategory.CANTEEN);

  @Test
  @DisplayName("a terminal id has exactly 8 characters, as ISO 8583 field 41")
  void terminalIdLength() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Terminal("T001", TerminalType.POS, canteen, "x", null, NOW));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Terminal("T00000001", TerminalType.POS, canteen, "x", null, NOW));
    assertEquals(
        TerminalStatus.ENABLED,
        new Terminal("T0000001", TerminalType.POS, canteen, "x", null, NOW).getStatus());
  }

  @Test
  @DisplayName("a POS belongs to a merchant; a gate reader need not")
  void posNeedsMerchant() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Terminal("T0000001", TerminalType.POS, null, "x", null, NOW));
    new Terminal("G0000001", TerminalType.GATE, null, "东校门", null, NOW);
  }

  @Test
  @DisplayName("a merchant code fits ISO 8583 field 42 (15 characters)")
  void merchantCode() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Merchant("M000000000000001", "x", MerchantCategory.SHOP));
    assertThrows(
        IllegalArgumentException.class, () -> new Merchant(" ", "x", MerchantCategory.SHOP));
  }

  @Test
  @DisplayName("a gateway connection closes once; a repeated close keeps the first reason")
  void connectionClosesOnce() {
    GatewayConnectionRecord record =
        new GatewayConnectionRecord("c1", "node1", "10.0.0.1:5000", "0.0.0.0:9500", NOW);
    record.close(NOW.plusSeconds(5), "PEER_CLOSED");
    record.close(NOW.plusSeconds(9), "IDLE_TIMEOUT");
    assertEquals("PEER_CLOSED", record.getCloseReason());
    assertEquals(NOW.plusSeconds(5), record.getClosedAt());
  }

  @Test
  @DisplayName("sign-on restarts the heartbeat count; a late message never moves last-seen back")
  void linkState() {
    Terminal t = new Terminal("T0000001", TerminalType.POS, canteen, "x", null, NOW);
    assertEquals(LinkState.NEVER_SEEN, t.getLinkState());
    t.signOn(NOW.plusSeconds(10));
    t.heartbeat(NOW.plusSeconds(20));
    t.heartbeat(NOW.plusSeconds(30));
    assertEquals(2, t.getHeartbeats());
    t.heartbeat(NOW.plusSeconds(25));
    assertEquals(NOW.plusSeconds(30), t.getLastSeenAt());
    t.signOff(NOW.plusSeconds(40));
    assertEquals(LinkState.SIGNED_OFF, t.getLinkState());
    t.signOn(NOW.plusSeconds(50));
    assertEquals(0, t.getHeartbeats());
    assertEquals(NOW.plusSeconds(50), t.getSignedOnAt());
  }
}
