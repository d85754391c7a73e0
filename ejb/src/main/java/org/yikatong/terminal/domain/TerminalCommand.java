package org.yikatong.terminal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A command for a terminal (NOTICE, MODE, BLACKLIST, KEY), kept until the terminal acknowledges it.
 *
 * <p>Lifecycle: PENDING (sent whenever the terminal is reachable: at once if it is connected, else
 * when it next signs on or sends a heartbeat; every send with the same STAN, so the terminal
 * applies it once) → ACKNOWLEDGED (0630 with 00) | REFUSED (0630 with another code). Never sent
 * again once acknowledged or refused.
 */
@Entity
@Table(name = "terminal_command")
public class TerminalCommand {

  /** Where a command stands. */
  public enum Status {
    PENDING,
    ACKNOWLEDGED,
    REFUSED
  }

  /**
   * Modes a terminal can be switched to with MODE; {@code OFFLINE}: take cards offline and upload
   * them later as 0220 advices.
   */
  public static final Set<String> MODES =
      Set.of("NORMAL", "EMERGENCY", "OFFLINE", "OUT_OF_SERVICE");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "terminal_command_seq")
  @SequenceGenerator(
      name = "terminal_command_seq",
      sequenceName = "terminal_command_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "terminal_code", nullable = false, updatable = false, length = 8)
  private String terminalCode;

  @Column(name = "command", nullable = false, updatable = false, length = 16)
  private String command;

  @Column(name = "payload", nullable = false, updatable = false, length = 999)
  private String payload;

  @Column(name = "stan", nullable = false, length = 6)
  private String stan;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private Status status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 64)
  private String createdBy;

  @Column(name = "sends", nullable = false)
  private int sends;

  @Column(name = "last_sent_at")
  private Instant lastSentAt;

  @Column(name = "acked_at")
  private Instant ackedAt;

  @Column(name = "ack_code", length = 2)
  private String ackCode;

  @Version private long version;

  protected TerminalCommand() {}

  /** A new command; persist it, then {@link #numbered() number} it in the same transaction. */
  public TerminalCommand(
      String terminalCode, String command, String payload, Instant createdAt, String createdBy) {
    // Inserted with a placeholder STAN; numbered() sets the real one before the transaction ends.
    this.stan = "000000";
    this.terminalCode = Objects.requireNonNull(terminalCode, "terminalCode");
    this.command = Objects.requireNonNull(command, "command");
    this.payload = Objects.requireNonNull(payload, "payload");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.status = Status.PENDING;
  }

  /**
   * Gives the command its STAN (field 11 of every send) from its id, the last six digits: unique
   * among a terminal's pending commands unless a million commands wait for it. Call once the id is
   * assigned (after persist), in the same transaction.
   */
  public TerminalCommand numbered() {
    if (id == null) {
      throw new IllegalStateException("Persist the command before numbering it");
    }
    stan = String.format("%06d", id % 1_000_000);
    return this;
  }

  public void sent(Instant at) {
    sends++;
    lastSentAt = at;
  }

  /** The terminal's 0630: 00 acknowledges, any other code refuses; a second answer is ignored. */
  public void answered(String responseCode, Instant at) {
    if (status != Status.PENDING) {
      return;
    }
    status = "00".equals(responseCode) ? Status.ACKNOWLEDGED : Status.REFUSED;
    ackCode = responseCode;
    ackedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getTerminalCode() {
    return terminalCode;
  }

  public String getCommand() {
    return command;
  }

  public String getPayload() {
    return payload;
  }

  public String getStan() {
    return stan;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public int getSends() {
    return sends;
  }

  public Instant getLastSentAt() {
    return lastSentAt;
  }

  public Instant getAckedAt() {
    return ackedAt;
  }

  public String getAckCode() {
    return ackCode;
  }
}
