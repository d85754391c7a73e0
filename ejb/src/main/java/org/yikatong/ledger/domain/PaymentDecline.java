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
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;
import org.yikatong.card.domain.Card;
import org.yikatong.kernel.domain.DeclineReason;
import org.yikatong.kernel.domain.Money;

/**
 * A declined payment under its business key, so that a retry with the same key gets the same
 * answer. A reversal that arrives before its original leaves one too ({@link
 * DeclineReason#INVALID_TRANSACTION}, request hash {@value #ANY_CONTENT}), which declines the
 * original whatever it carries.
 */
@Entity
@Table(name = "payment_decline")
@Immutable
public class PaymentDecline {

  /** The request hash of a decline that holds for any content under its key. */
  public static final String ANY_CONTENT = "*";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_decline_seq")
  @SequenceGenerator(
      name = "payment_decline_seq",
      sequenceName = "payment_decline_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "business_key", nullable = false, length = 100)
  private String businessKey;

  @Column(name = "request_hash", nullable = false, length = 64)
  private String requestHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "reason", nullable = false, length = 32)
  private DeclineReason reason;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "card_id")
  private Card card;

  @Column(name = "amount_fen", nullable = false)
  private long amountFen;

  @Column(name = "declined_at", nullable = false)
  private Instant declinedAt;

  protected PaymentDecline() {}

  public PaymentDecline(
      String businessKey,
      String requestHash,
      DeclineReason reason,
      Card card,
      Money amount,
      Instant declinedAt) {
    this.businessKey = Objects.requireNonNull(businessKey, "businessKey");
    this.requestHash = Objects.requireNonNull(requestHash, "requestHash");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.card = card;
    this.amountFen = amount.fen();
    this.declinedAt = Objects.requireNonNull(declinedAt, "declinedAt");
  }

  /** Whether this decline answers a request with this content. */
  public boolean answers(String hash) {
    return ANY_CONTENT.equals(requestHash) || requestHash.equals(hash);
  }

  public String getBusinessKey() {
    return businessKey;
  }

  public DeclineReason getReason() {
    return reason;
  }

  public Money getAmount() {
    return Money.ofFen(amountFen);
  }

  public Instant getDeclinedAt() {
    return declinedAt;
  }
}
