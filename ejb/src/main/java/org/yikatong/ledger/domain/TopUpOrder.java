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
import org.yikatong.card.domain.CardHolder;
import org.yikatong.kernel.domain.Money;

/**
 * An online top-up order: created by the card holder, paid through a channel (WeChat Pay, Alipay,
 * bank), confirmed by the channel's signed callback.
 *
 * <p>Lifecycle: CREATED → PAID (callback in time) | EXPIRED (no callback within {@link #LIFETIME});
 * EXPIRED → PAID_LATE (the channel paid after all: posted to suspense for finance). A paid order
 * keeps the channel's transaction number, which makes its callback idempotent.
 */
@Entity
@Table(name = "top_up_order")
public class TopUpOrder {

  /** How long an order waits for its payment. */
  public static final Duration LIFETIME = Duration.ofMinutes(30);

  /** Where an order stands. */
  public enum Status {
    CREATED,
    PAID,
    EXPIRED,
    PAID_LATE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "top_up_order_seq")
  @SequenceGenerator(
      name = "top_up_order_seq",
      sequenceName = "top_up_order_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "order_no", nullable = false, updatable = false, length = 32)
  private String orderNo;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, updatable = false, length = 16)
  private PaymentChannel channel;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "holder_id", nullable = false, updatable = false)
  private CardHolder holder;

  @Column(name = "amount_fen", nullable = false, updatable = false)
  private long amountFen;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private Status status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "channel_txn_no", length = 64)
  private String channelTxnNo;

  @Column(name = "paid_at")
  private Instant paidAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "entry_id")
  private JournalEntry entry;

  @Version private long version;

  protected TopUpOrder() {}

  public TopUpOrder(
      String orderNo, PaymentChannel channel, CardHolder holder, Money amount, Instant now) {
    this.orderNo = Objects.requireNonNull(orderNo, "orderNo");
    this.channel = Objects.requireNonNull(channel, "channel");
    this.holder = Objects.requireNonNull(holder, "holder");
    this.amountFen = amount.fen();
    this.createdAt = now;
    this.expiresAt = now.plus(LIFETIME);
    this.status = Status.CREATED;
  }

  /** Whether the order should have been paid by {@code now}. */
  public boolean isOverdue(Instant now) {
    return status == Status.CREATED && !now.isBefore(expiresAt);
  }

  public void expire(Instant now) {
    if (!isOverdue(now)) {
      throw new IllegalStateException("Order " + orderNo + " is not overdue");
    }
    status = Status.EXPIRED;
  }

  /** Records the channel's payment; late if the order had expired (or is overdue now). */
  public void paid(String channelTxnNo, JournalEntry entry, Instant now) {
    if (status == Status.PAID || status == Status.PAID_LATE) {
      throw new IllegalStateException("Order " + orderNo + " is paid already");
    }
    status = status == Status.EXPIRED || isOverdue(now) ? Status.PAID_LATE : Status.PAID;
    this.channelTxnNo = Objects.requireNonNull(channelTxnNo, "channelTxnNo");
    this.entry = entry;
    this.paidAt = now;
  }

  public boolean isPaid() {
    return status == Status.PAID || status == Status.PAID_LATE;
  }

  public Long getId() {
    return id;
  }

  public String getOrderNo() {
    return orderNo;
  }

  public PaymentChannel getChannel() {
    return channel;
  }

  public CardHolder getHolder() {
    return holder;
  }

  public Money getAmount() {
    return Money.ofFen(amountFen);
  }

  public Status getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public String getChannelTxnNo() {
    return channelTxnNo;
  }

  public Instant getPaidAt() {
    return paidAt;
  }

  public JournalEntry getEntry() {
    return entry;
  }
}
