package org.yikatong.monitoring.application;

import java.time.Instant;
import org.yikatong.monitoring.domain.traffic.TrafficTally;

/**
 * A terminal's health as the status wall shows it.
 *
 * @param online enabled, signed on, and heard from (a heartbeat or a request) within the offline
 *     threshold
 * @param lastSeenAt the later of its last network management message and its last request
 * @param deviceStatus what it last reported of its devices ({@code OK}, {@code FAULT ...}), or null
 * @param traffic its payment requests in the window, summed over every node
 * @param mode the mode it applied last (NORMAL, EMERGENCY, OUT_OF_SERVICE, OFFLINE)
 * @param pendingMode a mode sent to it and not yet applied, or null
 */
public record TerminalState(
    String terminalId,
    String type,
    String merchantCode,
    String location,
    String status,
    String linkState,
    boolean online,
    Instant lastSeenAt,
    String deviceStatus,
    Instant deviceStatusAt,
    TrafficTally traffic,
    String mode,
    String pendingMode) {

  /** Whether its last device report names a fault. */
  public boolean deviceFault() {
    return deviceStatus != null && deviceStatus.startsWith("FAULT");
  }

  /** Enabled, and signed on at some time without signing off since. */
  public boolean watched() {
    return "ENABLED".equals(status) && "SIGNED_ON".equals(linkState);
  }
}
