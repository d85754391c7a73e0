package org.yikatong.servicedesk.domain.penalty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.yikatong.kernel.domain.Money;

/**
 * The vendor's warranty deposit (质保金) under the contract: penalties are deducted from it until it
 * is used up, never below zero (after-sales plan). There is one, with id 1.
 */
@Entity
@Table(name = "warranty_deposit")
public class WarrantyDeposit {

  /** The id of the one deposit. */
  public static final long THE_DEPOSIT = 1L;

  @Id private Long id;

  @Column(name = "initial_fen", nullable = false)
  private long initialFen;

  @Column(name = "balance_fen", nullable = false)
  private long balanceFen;

  @Version private long version;

  protected WarrantyDeposit() {}

  public WarrantyDeposit(Money initial) {
    if (initial.isNegative()) {
      throw new IllegalArgumentException("A deposit is not negative: " + initial);
    }
    this.id = THE_DEPOSIT;
    this.initialFen = initial.fen();
    this.balanceFen = initial.fen();
  }

  /**
   * Deducts a penalty, as much of it as the deposit still holds.
   *
   * @return what was deducted
   */
  public Money deduct(Money claimed) {
    long deducted = Math.min(claimed.fen(), balanceFen);
    balanceFen -= deducted;
    return Money.ofFen(deducted);
  }

  /** Pays a reversed penalty's deduction back. */
  public void refund(Money deducted) {
    if (deducted.fen() < 0 || balanceFen + deducted.fen() > initialFen) {
      throw new IllegalArgumentException("A refund returns no more than was deducted");
    }
    balanceFen += deducted.fen();
  }

  public Money getInitial() {
    return Money.ofFen(initialFen);
  }

  public Money getBalance() {
    return Money.ofFen(balanceFen);
  }
}
