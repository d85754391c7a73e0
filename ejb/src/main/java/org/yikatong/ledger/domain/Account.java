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
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.DynamicUpdate;
import org.yikatong.card.domain.CardHolder;
import org.yikatong.kernel.domain.Money;
import org.yikatong.terminal.domain.Merchant;

/**
 * A ledger account with its balance in fen.
 *
 * <p>Invariants: the account number is unique and never changes; an account opens at zero and its
 * balance is changed only by the journal (see {@code Journal}), by an atomic increment in the same
 * transaction as the posting, so that it always equals the sum of the account's postings. Only the
 * status is changed through this object; {@link DynamicUpdate} keeps a status change from writing
 * back a balance read earlier.
 */
@Entity
@Table(name = "account")
@DynamicUpdate
public class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
  private Long id;

  @Column(name = "account_no", nullable = false, updatable = false, length = 32)
  private String accountNo;

  @Enumerated(EnumType.STRING)
  @Column(name = "account_type", nullable = false, updatable = false, length = 32)
  private AccountType type;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "holder_id", updatable = false)
  private CardHolder holder;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "merchant_id", updatable = false)
  private Merchant merchant;

  @Column(name = "stripe", updatable = false)
  private Integer stripe;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private AccountStatus status;

  @Column(name = "balance_fen", nullable = false, updatable = false)
  private long balanceFen;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  @Version private long version;

  protected Account() {}

  private Account(String accountNo, AccountType type, Instant openedAt) {
    this.accountNo = Objects.requireNonNull(accountNo, "accountNo");
    this.type = Objects.requireNonNull(type, "type");
    this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
    this.status = AccountStatus.OPEN;
  }

  /** The main purse of a card holder, numbered {@code P<holder number>}. */
  public static Account purseOf(CardHolder holder, Instant openedAt) {
    Account account =
        new Account("P" + holder.getHolderNo(), AccountType.CARDHOLDER_PURSE, openedAt);
    account.holder = holder;
    return account;
  }

  /** The subsidy purse of a card holder, numbered {@code S<holder number>}. */
  public static Account subsidyOf(CardHolder holder, Instant openedAt) {
    Account account =
        new Account("S" + holder.getHolderNo(), AccountType.CARDHOLDER_SUBSIDY, openedAt);
    account.holder = holder;
    return account;
  }

  /** Stripe {@code stripe} of a merchant's takings, numbered {@code M<code>-T<stripe>}. */
  public static Account takingsOf(Merchant merchant, int stripe, Instant openedAt) {
    Account account =
        new Account(
            "M" + merchant.getCode() + "-T" + stripe, AccountType.MERCHANT_TAKINGS, openedAt);
    account.merchant = merchant;
    account.stripe = stripe;
    return account;
  }

  /** A merchant's settled takings, numbered {@code M<code>-S}. */
  public static Account settledOf(Merchant merchant, Instant openedAt) {
    Account account =
        new Account("M" + merchant.getCode() + "-S", AccountType.MERCHANT_SETTLED, openedAt);
    account.merchant = merchant;
    return account;
  }

  /** The one account of a system type. */
  public static Account system(AccountType type, Instant openedAt) {
    return new Account(type.systemAccountNo(), type, openedAt);
  }

  public void freeze() {
    requireNotClosed();
    status = AccountStatus.FROZEN;
  }

  public void unfreeze() {
    requireNotClosed();
    status = AccountStatus.OPEN;
  }

  /** Closes the account; it must be empty by then. */
  public void close(Money balanceNow) {
    if (balanceNow.fen() != 0) {
      throw new IllegalStateException(accountNo + " still holds " + balanceNow);
    }
    status = AccountStatus.CLOSED;
  }

  private void requireNotClosed() {
    if (status == AccountStatus.CLOSED) {
      throw new IllegalStateException(accountNo + " is closed");
    }
  }

  public Long getId() {
    return id;
  }

  public String getAccountNo() {
    return accountNo;
  }

  public AccountType getType() {
    return type;
  }

  public CardHolder getHolder() {
    return holder;
  }

  public Merchant getMerchant() {
    return merchant;
  }

  public Integer getStripe() {
    return stripe;
  }

  public AccountStatus getStatus() {
    return status;
  }

  /**
   * Keeps the loaded balance in step with a posting the journal has just made by its atomic
   * increment of the row; for the journal only. Never written back: the column is not updatable
   * through the entity.
   */
  public void balanceMovedBy(Money amount) {
    balanceFen = Math.addExact(balanceFen, amount.fen());
  }

  /**
   * The balance as loaded (exact for an account this transaction locked, and kept in step with the
   * journal's postings since).
   */
  public Money getBalance() {
    return Money.ofFen(balanceFen);
  }

  public Instant getOpenedAt() {
    return openedAt;
  }
}
