package org.yikatong.terminal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * RRNs a terminal skipped: its requests came with RRN {@code firstMissing - 1} and then {@code
 * lastMissing + 1}. Requests lost on the way, or offline payments the terminal holds and has not
 * uploaded; operations look at them (see {@code GET /api/v1/terminals/rrn-gaps}).
 */
@Entity
@Table(name = "rrn_gap")
@Immutable
public class RrnGap {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rrn_gap_seq")
  @SequenceGenerator(name = "rrn_gap_seq", sequenceName = "rrn_gap_seq", allocationSize = 50)
  private Long id;

  @Column(name = "terminal_code", nullable = false, length = 8)
  private String terminalCode;

  @Column(name = "first_missing", nullable = false)
  private long firstMissing;

  @Column(name = "last_missing", nullable = false)
  private long lastMissing;

  @Column(name = "detected_at", nullable = false)
  private Instant detectedAt;

  protected RrnGap() {}

  public RrnGap(String terminalCode, long firstMissing, long lastMissing, Instant detectedAt) {
    this.terminalCode = terminalCode;
    this.firstMissing = firstMissing;
    this.lastMissing = lastMissing;
    this.detectedAt = detectedAt;
  }

  public String getTerminalCode() {
    return terminalCode;
  }

  public long getFirstMissing() {
    return firstMissing;
  }

  public long getLastMissing() {
    return lastMissing;
  }

  public Instant getDetectedAt() {
    return detectedAt;
  }
}
