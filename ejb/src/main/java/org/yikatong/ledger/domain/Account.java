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
import org.yikatong.card.domain.CardHolder;

/**
 * A ledger account with its balance in fen.
 *
 * <p>Invariants: the account number is unique and never changes; the balance is changed only by the
 * ledger's postings (issue #3), never set from outside. The version column guards concurrent
 * balance changes.
 */
@Entity
@Table(name = "account")
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

  @Column(name = "balance_fen", nullable = false)
  private long balanceFen;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  @Version private long version;

  protected Account() {}

  /** Opens a card holder's purse with an opening balance. */
  public static Account purseOf(
      CardHolder holder, String accountNo, Money openingBalance, Instant openedAt) {
    if (openingBalance.isNegative()) {
      throw new IllegalArgumentException("A purse cannot open below zero: " + openingBalance);
    }
    Account account = new Account();
    account.accountNo = Objects.requireNonNull(accountNo, "accountNo");
    account.type = AccountType.CARDHOLDER_PURSE;
    account.holder = Objects.requireNonNull(holder, "holder");
    account.balanceFen = openingBalance.fen();
    account.openedAt = Objects.requireNonNull(openedAt, "openedAt");
    return account;
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

  public Money getBalance() {
    return Money.ofFen(balanceFen);
  }

  public Instant getOpenedAt() {
    return openedAt;
  }
}
