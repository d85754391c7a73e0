package org.yikatong.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.cardadapter.api.ListenerStatus;

class TerminalListenerReadinessTest {

  @Test
  @DisplayName("UP while the listener accepts, with its address, port and open connections")
  void accepting() {
    HealthCheckResponse response =
        TerminalListenerReadiness.check(() -> new ListenerStatus(true, "127.0.0.1:9500", 3));
    assertEquals(Status.UP, response.getStatus());
    assertEquals("yikatong-terminal-listener", response.getName());
    Map<String, Object> data = response.getData().orElseThrow();
    assertEquals("127.0.0.1:9500", data.get("address"));
    assertEquals(9500L, data.get("port"));
    assertEquals(3, data.get("connections"));
  }

  @Test
  @DisplayName("DOWN when the listener takes no connections, still naming where it should listen")
  void notAccepting() {
    HealthCheckResponse response =
        TerminalListenerReadiness.check(() -> new ListenerStatus(false, "10.0.0.11:9600", 0));
    assertEquals(Status.DOWN, response.getStatus());
    assertEquals(9600L, response.getData().orElseThrow().get("port"));
  }

  @Test
  @DisplayName("DOWN when the adapter cannot be asked")
  void adapterAway() {
    HealthCheckResponse response =
        TerminalListenerReadiness.check(
            () -> {
              throw new IllegalStateException("No card adapter");
            });
    assertEquals(Status.DOWN, response.getStatus());
    assertEquals("No card adapter", response.getData().orElseThrow().get("error"));
  }

  @Test
  @DisplayName("the port is read from host:port, IPv6 included")
  void port() {
    assertEquals(9500, TerminalListenerReadiness.port("0.0.0.0:9500"));
    assertEquals(9500, TerminalListenerReadiness.port("0:0:0:0:0:0:0:1:9500"));
    assertEquals(-1, TerminalListenerReadiness.port("nowhere"));
  }
}
