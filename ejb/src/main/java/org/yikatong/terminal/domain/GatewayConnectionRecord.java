package org.yikatong.terminal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One gateway TCP connection as the card adapter saw it on one cluster node.
 *
 * <p>Lifecycle: created open when the adapter reports the connection, closed once with a reason; a
 * second close is ignored, so a repeated adapter callback changes nothing.
 */
@Entity
@Table(name = "gateway_connection")
public class GatewayConnectionRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gateway_connection_seq")
  @SequenceGenerator(
      name = "gateway_connection_seq",
      sequenceName = "gateway_connection_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "connection_id", nullable = false, updatable = false, length = 64)
  private String connectionId;

  @Column(name = "node_name", nullable = false, updatable = false, length = 64)
  private String nodeName;

  @Column(name = "remote_address", nullable = false, updatable = false, length = 80)
  private String remoteAddress;

  @Column(name = "local_address", nullable = false, updatable = false, length = 80)
  private String localAddress;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "close_reason", length = 32)
  private String closeReason;

  @Version private long version;

  protected GatewayConnectionRecord() {}

  public GatewayConnectionRecord(
      String connectionId,
      String nodeName,
      String remoteAddress,
      String localAddress,
      Instant openedAt) {
    this.connectionId = Objects.requireNonNull(connectionId, "connectionId");
    this.nodeName = Objects.requireNonNull(nodeName, "nodeName");
    this.remoteAddress = Objects.requireNonNull(remoteAddress, "remoteAddress");
    this.localAddress = Objects.requireNonNull(localAddress, "localAddress");
    this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
  }

  /** Records the end of the connection; does nothing if it is already closed. */
  public void close(Instant at, String reason) {
    if (closedAt == null) {
      closedAt = Objects.requireNonNull(at, "at");
      closeReason = Objects.requireNonNull(reason, "reason");
    }
  }

  public boolean isOpen() {
    return closedAt == null;
  }

  public String getConnectionId() {
    return connectionId;
  }

  public String getNodeName() {
    return nodeName;
  }

  public String getRemoteAddress() {
    return remoteAddress;
  }

  public String getLocalAddress() {
    return localAddress;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public String getCloseReason() {
    return closeReason;
  }
}
