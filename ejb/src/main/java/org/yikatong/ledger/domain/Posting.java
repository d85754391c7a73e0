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
import java.util.Objects;
import org.hibernate.annotations.Immutable;
import org.yikatong.kernel.domain.Money;

/**
 * One line of a journal entry: an amount that raises (positive) or lowers (negative) one account's
 * balance. Immutable once written.
 */
@Entity
@Table(name = "posting")
@Immutable
public class Posting {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "posting_seq")
  @SequenceGenerator(name = "posting_seq", sequenceName = "posting_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "entry_id", nullable = false, updatable = false)
  private JournalEntry entry;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false, updatable = false)
  private Account account;

  @Column(name = "amount_fen", nullable = false, updatable = false)
  private long amountFen;

  @Column(name = "balance_after_fen", updatable = false)
  private Long balanceAfterFen;

  protected Posting() {}

  Posting(JournalEntry entry, Account account, Money amount, Money balanceAfter) {
    this.entry = Objects.requireNonNull(entry, "entry");
    this.account = Objects.requireNonNull(account, "account");
    this.amountFen = amount.fen();
    this.balanceAfterFen = balanceAfter == null ? null : balanceAfter.fen();
  }

  public Long getId() {
    return id;
  }

  public JournalEntry getEntry() {
    return entry;
  }

  public Account getAccount() {
    return account;
  }

  public Money getAmount() {
    return Money.ofFen(amountFen);
  }

  /** The account's balance right after this posting, where the journal knew it. */
  public Money getBalanceAfter() {
    return balanceAfterFen == null ? null : Money.ofFen(balanceAfterFen);
  }
}
