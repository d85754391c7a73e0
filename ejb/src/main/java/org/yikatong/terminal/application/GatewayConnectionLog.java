package org.yikatong.terminal.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yikatong.cardadapter.api.GatewayConnectionEvent;
import org.yikatong.cluster.domain.NodeLost;
import org.yikatong.security.domain.Role;
import org.yikatong.terminal.domain.GatewayConnectionRecord;
import org.yikatong.terminal.domain.GatewayConnectionRepository;

/**
 * The record of gateway connections across the cluster, fed by the card adapter.
 *
 * <p>Recording is idempotent: a repeated open or close event for the same connection changes
 * nothing, and a close whose open was never recorded still leaves a complete record. The
 * connections of a node that died are closed for it ({@value #NODE_LOST}) by the node that found it
 * lost: its gateways have reconnected elsewhere.
 */
@Stateless
public class GatewayConnectionLog {

  /** The close reason of the connections a lost node held. */
  public static final String NODE_LOST = "NODE_LOST";

  private static final Logger LOG = Logger.getLogger(GatewayConnectionLog.class.getName());

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

  /**
   * Closes every connection of {@code node} opened by {@code at} and still open, at {@code at} with
   * {@code reason}.
   *
   * @return how many it closed
   */
  @RolesAllowed(Role.ADMINISTRATOR)
  public int closeAllOf(String node, Instant at, String reason) {
    List<GatewayConnectionRecord> open = connections.findOpenOf(node, at);
    open.forEach(r -> r.close(at, reason));
    return open.size();
  }

  /** A lost node's connections close with it, in the transaction that marks it lost. */
  @RolesAllowed(Role.ADMINISTRATOR)
  public void nodeLost(@Observes NodeLost lost) {
    int closed = closeAllOf(lost.name(), lost.at(), NODE_LOST);
    if (closed > 0) {
      LOG.info(
          "Gateway connections of lost node "
              + lost.name()
              + " closed ("
              + NODE_LOST
              + "): "
              + closed);
    }
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
