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
import org.hibernate.annotations.Immutable;
import org.yikatong.kernel.domain.Money;
import org.yikatong.terminal.domain.Merchant;

/**
 * A merchant's totals for a closed business day, and the settlement entry that moved the day's net
 * takings from the takings stripes to the merchant's settled account.
 */
@Entity
@Table(name = "merchant_day_total")
@Immutable
public class MerchantDayTotal {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "merchant_day_total_seq")
  @SequenceGenerator(
      name = "merchant_day_total_seq",
      sequenceName = "merchant_day_total_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "day_close_id", nullable = false)
  private DayClose dayClose;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "merchant_id", nullable = false)
  private Merchant merchant;

  @Column(name = "payment_count", nullable = false)
  private long paymentCount;

  @Column(name = "payments_fen", nullable = false)
  private long paymentsFen;

  @Column(name = "returns_fen", nullable = false)
  private long returnsFen;

  @Column(name = "net_fen", nullable = false)
  private long netFen;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "settlement_entry_id")
  private JournalEntry settlementEntry;

  protected MerchantDayTotal() {}

  public MerchantDayTotal(
      DayClose dayClose,
      Merchant merchant,
      long paymentCount,
      Money payments,
      Money returns,
      Money net,
      JournalEntry settlementEntry) {
    this.dayClose = dayClose;
    this.merchant = merchant;
    this.paymentCount = paymentCount;
    this.paymentsFen = payments.fen();
    this.returnsFen = returns.fen();
    this.netFen = net.fen();
    this.settlementEntry = settlementEntry;
  }

  public Merchant getMerchant() {
    return merchant;
  }

  public long getPaymentCount() {
    return paymentCount;
  }

  public Money getPayments() {
    return Money.ofFen(paymentsFen);
  }

  public Money getReturns() {
    return Money.ofFen(returnsFen);
  }

  public Money getNet() {
    return Money.ofFen(netFen);
  }

  public JournalEntry getSettlementEntry() {
    return settlementEntry;
  }
}
