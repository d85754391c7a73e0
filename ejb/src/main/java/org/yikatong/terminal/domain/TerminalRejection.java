package org.yikatong.terminal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;

/**
 * Messages the platform refused before or at the door of the application (malformed, from an
 * unknown terminal, with a wrong MAC, with a format error), counted by their repeat key.
 *
 * <p>One row stands for every refusal with the same {@linkplain #repeatKeyOf repeat key}: the same
 * minute, source address, reason and, for a known terminal, terminal. The first refusal creates the
 * row with a count of one; each repeat adds one, moves {@code lastSeenAt} on and replaces the
 * descriptive columns (connection, node, terminal, MTI, STAN, detail) with those of the latest
 * refusal. So a flood adds at most one row per minute, source address and reason (and known
 * terminal), however many frames it sends. Rows recorded before repeats were counted have no repeat
 * key and a count of one.
 */
@Entity
@Table(name = "terminal_rejection")
public class TerminalRejection {

  /** Longest detail kept; longer ones are cut. */
  static final int DETAIL_LENGTH = 500;

  /** Longest source address kept (an IPv6 address with a zone fits). */
  static final int SOURCE_LENGTH = 64;

  /**
   * Reasons whose field 41 names no terminal of the platform: its value is the sender's choice, so
   * it is left out of the repeat key (a flood of made-up ids must not make a row each).
   */
  private static final Set<String> UNTRUSTED_TERMINAL =
      Set.of("UNKNOWN_TERMINAL", "MALFORMED_FRAME");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "terminal_rejection_seq")
  @SequenceGenerator(
      name = "terminal_rejection_seq",
      sequenceName = "terminal_rejection_seq",
      allocationSize = 50)
  private Long id;

  /** When the first refusal of this row happened. */
  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "last_seen_at", nullable = false)
  private Instant lastSeenAt;

  @Column(name = "repeat_count", nullable = false)
  private long repeatCount;

  @Column(name = "source_address", updatable = false, length = SOURCE_LENGTH)
  private String sourceAddress;

  @Column(name = "repeat_key", updatable = false, length = 200)
  private String repeatKey;

  @Column(name = "node_name", nullable = false, length = 64)
  private String nodeName;

  @Column(name = "connection_id", nullable = false, length = 64)
  private String connectionId;

  @Column(name = "reason", nullable = false, updatable = false, length = 32)
  private String reason;

  @Column(name = "terminal_code", length = 32)
  private String terminalCode;

  @Column(name = "mti", length = 4)
  private String mti;

  @Column(name = "stan", length = 12)
  private String stan;

  @Column(name = "detail", nullable = false, length = DETAIL_LENGTH)
  private String detail;

  protected TerminalRejection() {}

  /**
   * One refusal, as the first of its row.
   *
   * @param sourceAddress the address the refused message came from, without port
   * @param terminalCode field 41 as received, cut to 32 characters (it may be garbage)
   */
  public TerminalRejection(
      Instant occurredAt,
      String nodeName,
      String connectionId,
      String sourceAddress,
      String reason,
      String terminalCode,
      String mti,
      String stan,
      String detail) {
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.lastSeenAt = occurredAt;
    this.repeatCount = 1;
    this.nodeName = Objects.requireNonNull(nodeName, "nodeName");
    this.connectionId = Objects.requireNonNull(connectionId, "connectionId");
    this.sourceAddress = cut(Objects.requireNonNull(sourceAddress, "sourceAddress"), SOURCE_LENGTH);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.terminalCode = cut(terminalCode, 32);
    this.mti = cut(mti, 4);
    this.stan = cut(stan, 12);
    this.detail = cut(Objects.requireNonNull(detail, "detail"), DETAIL_LENGTH);
    this.repeatKey = repeatKeyOf(occurredAt, this.sourceAddress, reason, this.terminalCode);
  }

  /**
   * The key under which refusals are counted together: the minute (UTC), the source address, the
   * reason, and the terminal when the reason implies the platform knows it ({@code *} otherwise).
   */
  public static String repeatKeyOf(
      Instant at, String sourceAddress, String reason, String terminalCode) {
    String terminal =
        UNTRUSTED_TERMINAL.contains(reason) || terminalCode == null ? "*" : terminalCode;
    return at.truncatedTo(ChronoUnit.MINUTES) + "|" + sourceAddress + "|" + reason + "|" + terminal;
  }

  private static String cut(String value, int length) {
    return value == null || value.length() <= length ? value : value.substring(0, length);
  }

  /** When the first refusal of this row happened. */
  public Instant getOccurredAt() {
    return occurredAt;
  }

  /** When the latest refusal of this row happened. */
  public Instant getLastSeenAt() {
    return lastSeenAt;
  }

  /** How many refusals this row stands for, at least one. */
  public long getRepeatCount() {
    return repeatCount;
  }

  /** The source address; null on rows recorded before repeats were counted. */
  public String getSourceAddress() {
    return sourceAddress;
  }

  /** The repeat key; null on rows recorded before repeats were counted. */
  public String getRepeatKey() {
    return repeatKey;
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
