package org.yikatong.terminal.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yikatong.cardadapter.api.GatewayConnectionEvent;
import org.yikatong.security.domain.Role;
import org.yikatong.terminal.domain.GatewayConnectionRecord;
import org.yikatong.terminal.domain.GatewayConnectionRepository;

/**
 * The record of gateway connections across the cluster, fed by the card adapter.
 *
 * <p>Recording is idempotent: a repeated open or close event for the same connection changes
 * nothing, and a close whose open was never recorded still leaves a complete record.
 */
@Stateless
public class GatewayConnectionLog {

  @Inject GatewayConnectionRepository connections;

  @Inject
  @ConfigProperty(name = "jboss.node.name", defaultValue = "standalone")
  String nodeName;

  @RolesAllowed(Role.GATEWAY)
  public void opened(GatewayConnectionEvent event) {
    if (connections.findByConnectionId(event.connectionId()).isEmpty()) {
      connections.add(newRecord(event));
    }
  }

  @RolesAllowed(Role.GATEWAY)
  public void closed(GatewayConnectionEvent event) {
    GatewayConnectionRecord record =
        connections
            .findByConnectionId(event.connectionId())
            .orElseGet(
                () -> {
                  GatewayConnectionRecord r = newRecord(event);
                  connections.add(r);
                  return r;
                });
    record.close(event.occurredAt(), String.valueOf(event.closeReason()));
  }

  @RolesAllowed({Role.ADMINISTRATOR, Role.TECHNICIAN, Role.AUDITOR})
  public List<GatewayConnectionSummary> recent(int limit) {
    int bounded = Math.max(1, Math.min(limit, 500));
    return connections.findRecent(bounded).stream().map(GatewayConnectionSummary::of).toList();
  }

  private GatewayConnectionRecord newRecord(GatewayConnectionEvent event) {
    return new GatewayConnectionRecord(
        event.connectionId(),
        nodeName,
        event.remoteAddress(),
        event.localAddress(),
        event.occurredAt());
  }
}
