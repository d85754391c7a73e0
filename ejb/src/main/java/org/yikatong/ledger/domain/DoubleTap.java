package org.yikatong.ledger.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.yikatong.card.domain.Card;

/**
 * A payment suspected to repeat an earlier one by mistake: same card, same terminal, same amount
 * within {@link #WINDOW}. The card holder confirms it (both were meant) or disputes it; staff
 * uphold a dispute (the later payment is refunded through the ledger) or reject it.
 *
 * <p>Lifecycle: SUSPECTED → CONFIRMED | DISPUTED; DISPUTED → REFUNDED | REJECTED.
 */
@Entity
@Table(name = "double_tap")
public class DoubleTap {

  /** Two equal payments this close together are suspected double taps. */
  public static final Duration WINDOW = Duration.ofSeconds(10);

  /** Where a suspected double tap stands. */
  public enum Status {
    SUSPECTED,
    CONFIRMED,
    DISPUTED,
    REFUNDED,
    REJECTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "double_tap_seq")
  @SequenceGenerator(name = "double_tap_seq", sequenceName = "double_tap_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "entry_id", nullable = false, updatable = false)
  private JournalEntry entry;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "earlier_entry_id", nullable = false, updatable = false)
  private JournalEntry earlierEntry;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "card_id", nullable = false, updatable = false)
  private Card card;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private Status status;

  @Column(name = "detected_at", nullable = false, updatable = false)
  private Instant detectedAt;

  @Column(name = "resolved_by", length = 64)
  private String resolvedBy;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "refund_entry_id")
  private JournalEntry refundEntry;

  @Version private long version;

  protected DoubleTap() {}

  public DoubleTap(JournalEntry entry, JournalEntry earlierEntry, Card card, Instant detectedAt) {
    this.entry = Objects.requireNonNull(entry, "entry");
    this.earlierEntry = Objects.requireNonNull(earlierEntry, "earlierEntry");
    this.card = Objects.requireNonNull(card, "card");
    this.detectedAt = Objects.requireNonNull(detectedAt, "detectedAt");
    this.status = Status.SUSPECTED;
  }

  /** Whether a payment at {@code later} of the same card, terminal and amount is suspect. */
  public static boolean suspect(Instant earlier, Instant later) {
    return !later.isBefore(earlier) && Duration.between(earlier, later).compareTo(WINDOW) <= 0;
  }

  public void confirm(String by, Instant now) {
    move(Status.CONFIRMED, by, now, Status.SUSPECTED);
  }

  public void dispute(String by, Instant now) {
    move(Status.DISPUTED, by, now, Status.SUSPECTED);
  }

  public void refunded(JournalEntry refund, String by, Instant now) {
    move(Status.REFUNDED, by, now, Status.DISPUTED);
    this.refundEntry = Objects.requireNonNull(refund, "refund");
  }

  public void reject(String by, Instant now) {
    move(Status.REJECTED, by, now, Status.DISPUTED);
  }

  private void move(Status to, String by, Instant now, Status from) {
    if (status != from) {
      throw new IllegalStateException("Double tap " + id + " is " + status + ", not " + from);
    }
    status = to;
    resolvedBy = by;
    resolvedAt = now;
  }

  public Long getId() {
    return id;
  }

  public JournalEntry getEntry() {
    return entry;
  }

  public JournalEntry getEarlierEntry() {
    return earlierEntry;
  }

  public Card getCard() {
    return card;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getDetectedAt() {
    return detectedAt;
  }

  public String getResolvedBy() {
    return resolvedBy;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }

  public JournalEntry getRefundEntry() {
    return refundEntry;
  }
}
