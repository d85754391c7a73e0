package org.yikatong.cardadapter.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One event in the life of a gateway connection.
 *
 * @param connectionId adapter-wide unique id of the connection, stable for its lifetime
 * @param remoteAddress the gateway's address and port, as {@code host:port}
 * @param localAddress the adapter's listening address and port, as {@code host:port}
 * @param occurredAt when the adapter observed the event
 * @param closeReason why the connection ended; {@code null} for a connection that just opened
 */
public record GatewayConnectionEvent(
    String connectionId,
    String remoteAddress,
    String localAddress,
    Instant occurredAt,
    CloseReason closeReason)
    implements Serializable {

  /** Why the adapter closed (or saw the close of) a gateway connection. */
  public enum CloseReason {
    /** The gateway closed the connection. */
    PEER_CLOSED,
    /** No bytes arrived within the configured idle time. */
    IDLE_TIMEOUT,
    /** A frame announced a length of zero or above the configured maximum. */
    FRAME_TOO_LARGE,
    /** A frame arrived that is not a request of the contract. */
    MALFORMED_FRAME,
    /** The adapter already holds its configured maximum number of connections. */
    TOO_MANY_CONNECTIONS,
    /** No authenticated request (known terminal, right MAC) arrived in time after accept. */
    FIRST_FRAME_TIMEOUT,
    /** The connection sent the configured number of refused frames since its last good one. */
    TOO_MANY_REFUSALS,
    /** An I/O error on the socket. */
    IO_ERROR,
    /** The adapter is stopping or its last endpoint was deactivated. */
    ADAPTER_STOPPED
  }

  public GatewayConnectionEvent {
    Objects.requireNonNull(connectionId, "connectionId");
    Objects.requireNonNull(remoteAddress, "remoteAddress");
    Objects.requireNonNull(localAddress, "localAddress");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
