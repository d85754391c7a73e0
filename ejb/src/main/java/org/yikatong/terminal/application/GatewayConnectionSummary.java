package org.yikatong.terminal.application;

import java.time.Instant;
import org.yikatong.terminal.domain.GatewayConnectionRecord;

/** A gateway connection as shown to operators; {@code closedAt} is null while it is open. */
public record GatewayConnectionSummary(
    String connectionId,
    String nodeName,
    String remoteAddress,
    String localAddress,
    Instant openedAt,
    Instant closedAt,
    String closeReason) {

  static GatewayConnectionSummary of(GatewayConnectionRecord r) {
    return new GatewayConnectionSummary(
        r.getConnectionId(),
        r.getNodeName(),
        r.getRemoteAddress(),
        r.getLocalAddress(),
        r.getOpenedAt(),
        r.getClosedAt(),
        r.getCloseReason());
  }
}
