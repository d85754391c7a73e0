package org.yikatong.terminal.application;

import java.time.Instant;
import org.yikatong.terminal.domain.Terminal;

/**
 * A terminal as operators see it: what it is, where, how its link with the platform is, and whether
 * it serves as a manual service point (a desk POS that takes cash top-ups) and when.
 */
public record TerminalSummary(
    String terminalId,
    String type,
    String merchantCode,
    String location,
    String status,
    String linkState,
    Instant lastSeenAt,
    Instant signedOnAt,
    long heartbeats,
    String deviceStatus,
    Instant deviceStatusAt,
    boolean servicePoint,
    String serviceHours)
    implements java.io.Serializable {

  static TerminalSummary of(Terminal t) {
    return new TerminalSummary(
        t.getCode(),
        t.getType().name(),
        t.getMerchant() == null ? null : t.getMerchant().getCode(),
        t.getLocation(),
        t.getStatus().name(),
        t.getLinkState().name(),
        t.getLastSeenAt(),
        t.getSignedOnAt(),
        t.getHeartbeats(),
        t.getDeviceStatus(),
        t.getDeviceStatusAt(),
        t.isServicePoint(),
        t.getServiceHours());
  }
}
