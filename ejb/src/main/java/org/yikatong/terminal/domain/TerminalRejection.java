package org.yikatong.terminal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A message the card adapter refused before it reached the application: malformed, from an unknown
 * terminal, or with a wrong MAC. Append-only: every column is written once.
 */
@Entity
@Table(name = "terminal_rejection")
public class TerminalRejection {

  /** Longest detail kept; longer ones are cut. */
  static final int DETAIL_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "terminal_rejection_seq")
  @SequenceGenerator(
      name = "terminal_rejection_seq",
      sequenceName = "terminal_rejection_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "node_name", nullable = false, updatable = false, length = 64)
  private String nodeName;

  @Column(name = "connection_id", nullable = false, updatable = false, length = 64)
  private String connectionId;

  @Column(name = "reason", nullable = false, updatable = false, length = 32)
  private String reason;

  @Column(name = "terminal_code", updatable = false, length = 32)
  private String terminalCode;

  @Column(name = "mti", updatable = false, length = 4)
  private String mti;

  @Column(name = "stan", updatable = false, length = 12)
  private String stan;

  @Column(name = "detail", nullable = false, updatable = false, length = DETAIL_LENGTH)
  private String detail;

  protected TerminalRejection() {}

  /**
   * @param terminalCode field 41 as received, cut to 32 characters (it may be garbage)
   */
  public TerminalRejection(
      Instant occurredAt,
      String nodeName,
      String connectionId,
      String reason,
      String terminalCode,
      String mti,
      String stan,
      String detail) {
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.nodeName = Objects.requireNonNull(nodeName, "nodeName");
    this.connectionId = Objects.requireNonNull(connectionId, "connectionId");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.terminalCode = cut(terminalCode, 32);
    this.mti = cut(mti, 4);
    this.stan = cut(stan, 12);
    this.detail = cut(Objects.requireNonNull(detail, "detail"), DETAIL_LENGTH);
  }

  private static String cut(String value, int length) {
    return value == null || value.length() <= length ? value : value.substring(0, length);
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getNodeName() {
    return nodeName;
  }

  public String getConnectionId() {
    return connectionId;
  }

  public String getReason() {
    return reason;
  }

  public String getTerminalCode() {
    return terminalCode;
  }

  public String getMti() {
    return mti;
  }

  public String getStan() {
    return stan;
  }

  public String getDetail() {
    return detail;
  }
}
