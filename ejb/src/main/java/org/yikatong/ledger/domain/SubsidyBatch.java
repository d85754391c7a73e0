package org.yikatong.ledger.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.yikatong.kernel.domain.Money;

/**
 * An uploaded subsidy file. Its batch number posts once: the same file again answers with this
 * batch, another file under the same number is refused.
 */
@Entity
@Table(name = "subsidy_batch")
@Immutable
public class SubsidyBatch {

  /** How far a batch's expiry has gone. */
  public enum Standing {
    /** The batch has no expiry date: its grants are good until spent. */
    NO_EXPIRY,
    /** The grants can still be spent (up to and including the expiry date). */
    IN_EFFECT,
    /** The expiry date is past, but not every grant's unspent rest has been returned yet. */
    EXPIRY_DUE,
    /** Every grant expired and its unspent rest went back to the funding account. */
    EXPIRED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subsidy_batch_seq")
  @SequenceGenerator(
      name = "subsidy_batch_seq",
      sequenceName = "subsidy_batch_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "batch_no", nullable = false, length = 32)
  private String batchNo;

  @Column(name = "content_hash", nullable = false, length = 64)
  private String contentHash;

  @Column(name = "line_count", nullable = false)
  private int lineCount;

  @Column(name = "total_fen", nullable = false)
  private long totalFen;

  @Column(name = "expires_on")
  private LocalDate expiresOn;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Column(name = "uploaded_by", nullable = false, length = 64)
  private String uploadedBy;

  protected SubsidyBatch() {}

  public SubsidyBatch(
      String batchNo,
      String contentHash,
      int lineCount,
      Money total,
      LocalDate expiresOn,
      Instant uploadedAt,
      String uploadedBy) {
    this.batchNo = batchNo;
    this.contentHash = contentHash;
    this.lineCount = lineCount;
    this.totalFen = total.fen();
    this.expiresOn = expiresOn;
    this.uploadedAt = uploadedAt;
    this.uploadedBy = uploadedBy;
  }

  public Long getId() {
    return id;
  }

  public String getBatchNo() {
    return batchNo;
  }

  public String getContentHash() {
    return contentHash;
  }

  public int getLineCount() {
    return lineCount;
  }

  public Money getTotal() {
    return Money.ofFen(totalFen);
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  /**
   * Where the batch stands on {@code today}: its grants can be spent up to and including the expiry
   * date, and expire (their rest returned) from the day after.
   *
   * @param grantsExpired how many of its grants have expired so far
   */
  public Standing standingOn(LocalDate today, long grantsExpired) {
    if (expiresOn == null) {
      return Standing.NO_EXPIRY;
    }
    if (!expiresOn.isBefore(today)) {
      return Standing.IN_EFFECT;
    }
    return grantsExpired >= lineCount ? Standing.EXPIRED : Standing.EXPIRY_DUE;
  }
}
