package org.yikatong.cardadapter.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A message the adapter refused before it reached the application, for the audit trail.
 *
 * @param connectionId the gateway connection that carried it
 * @param reason why it was refused
 * @param terminalId field 41, when it could be read
 * @param mti the message type, when it could be read
 * @param stan field 11, when it could be read
 * @param detail what exactly was wrong, for a human
 * @param occurredAt when the adapter refused it
 */
public record RejectedMessage(
    String connectionId,
    Reason reason,
    String terminalId,
    String mti,
    String stan,
    String detail,
    Instant occurredAt)
    implements Serializable {

  /** Why a message was refused. */
  public enum Reason {
    /** Not an ISO 8583 request of the contract; the connection was closed (no response). */
    MALFORMED_FRAME,
    /** Field 41 names no enabled terminal; answered 58. */
    UNKNOWN_TERMINAL,
    /** The MAC is missing or wrong; answered 63. */
    BAD_MAC
  }

  public RejectedMessage {
    Objects.requireNonNull(connectionId, "connectionId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
