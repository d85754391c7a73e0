package org.yikatong.ledger.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.yikatong.card.domain.CardHolder;
import org.yikatong.kernel.domain.Money;

/**
 * One line of a subsidy batch: an amount for a card holder, optionally expiring. When it expires,
 * what is unspent of it returns to the funding account (see {@link #unspent}).
 */
@Entity
@Table(name = "subsidy_grant")
public class SubsidyGrant {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subsidy_grant_seq")
  @SequenceGenerator(
      name = "subsidy_grant_seq",
      sequenceName = "subsidy_grant_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "batch_id", nullable = false, updatable = false)
  private SubsidyBatch batch;

  @Column(name = "line_no", nullable = false, updatable = false)
  private int lineNo;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "holder_id", nullable = false, updatable = false)
  private CardHolder holder;

  @Column(name = "amount_fen", nullable = false, updatable = false)
  private long amountFen;

  @Column(name = "expires_on", updatable = false)
  private LocalDate expiresOn;

  @Column(name = "returned_fen")
  private Long returnedFen;

  @Column(name = "expired_at")
  private Instant expiredAt;

  @Version private long version;

  protected SubsidyGrant() {}

  public SubsidyGrant(
      SubsidyBatch batch, int lineNo, CardHolder holder, Money amount, LocalDate expiresOn) {
    this.batch = batch;
    this.lineNo = lineNo;
    this.holder = holder;
    this.amountFen = amount.fen();
    this.expiresOn = expiresOn;
  }

  /**
   * What is unspent of an expiring grant. Payments draw on the subsidy purse first and on the grant
   * that expires first, so the purse's balance beyond what later-expiring grants still hold in full
   * is this grant's rest, at most its amount.
   *
   * @param subsidyBalance the subsidy purse's balance now
   * @param laterGrants the amounts of the holder's other grants still live
   */
  public static Money unspent(Money amount, Money subsidyBalance, Money laterGrants) {
    long rest = subsidyBalance.fen() - laterGrants.fen();
    return Money.ofFen(Math.max(0, Math.min(amount.fen(), rest)));
  }

  public void expired(Money returned, Instant now) {
    if (expiredAt != null) {
      throw new IllegalStateException("Grant " + id + " expired already");
    }
    this.returnedFen = returned.fen();
    this.expiredAt = now;
  }

  public Long getId() {
    return id;
  }

  public SubsidyBatch getBatch() {
    return batch;
  }

  public int getLineNo() {
    return lineNo;
  }

  public CardHolder getHolder() {
    return holder;
  }

  public Money getAmount() {
    return Money.ofFen(amountFen);
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public Instant getExpiredAt() {
    return expiredAt;
  }
}
