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
import org.yikatong.kernel.domain.Money;

/**
 * A finance adjustment under maker-checker: one finance user proposes it, another approves it, and
 * only then does it post (raising {@code account} by {@code amount}, lowering the counter account
 * by as much). The maker can never approve their own.
 *
 * <p>Lifecycle: PROPOSED → APPROVED (posted) | REJECTED.
 */
@Entity
@Table(name = "adjustment")
public class Adjustment {

  /** Where an adjustment stands. */
  public enum Status {
    PROPOSED,
    APPROVED,
    REJECTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "adjustment_seq")
  @SequenceGenerator(name = "adjustment_seq", sequenceName = "adjustment_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false, updatable = false)
  private Account account;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "counter_account_id", nullable = false, updatable = false)
  private Account counterAccount;

  @Column(name = "amount_fen", nullable = false, updatable = false)
  private long amountFen;

  @Column(name = "reason", nullable = false, updatable = false, length = 200)
  private String reason;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "corrects_id", updatable = false)
  private JournalEntry corrects;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private Status status;

  @Column(name = "made_by", nullable = false, updatable = false, length = 64)
  private String madeBy;

  @Column(name = "made_at", nullable = false, updatable = false)
  private Instant madeAt;

  @Column(name = "checked_by", length = 64)
  private String checkedBy;

  @Column(name = "checked_at")
  private Instant checkedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "entry_id")
  private JournalEntry entry;

  @Version private long version;

  protected Adjustment() {}

  public Adjustment(
      Account account,
      Account counterAccount,
      Money amount,
      String reason,
      JournalEntry corrects,
      String madeBy,
      Instant madeAt) {
    if (amount.fen() == 0) {
      throw new IllegalArgumentException("An adjustment of zero");
    }
    if (account.getAccountNo().equals(counterAccount.getAccountNo())) {
      throw new IllegalArgumentException("An adjustment needs two different accounts");
    }
    this.account = account;
    this.counterAccount = counterAccount;
    this.amountFen = amount.fen();
    this.reason = Objects.requireNonNull(reason, "reason");
    this.corrects = corrects;
    this.madeBy = Objects.requireNonNull(madeBy, "madeBy");
    this.madeAt = Objects.requireNonNull(madeAt, "madeAt");
    this.status = Status.PROPOSED;
  }

  /** Approves the adjustment; the checker must not be its maker. */
  public void approve(String checker, JournalEntry posted, Instant now) {
    check(checker, now);
    this.status = Status.APPROVED;
    this.entry = Objects.requireNonNull(posted, "posted");
  }

  public void reject(String checker, Instant now) {
    check(checker, now);
    this.status = Status.REJECTED;
  }

  /** Why {@code checker} may not decide this adjustment now, or null if they may. */
  public String refusalFor(String checker) {
    if (status != Status.PROPOSED) {
      return "Adjustment " + id + " is " + status;
    }
    if (madeBy.equals(checker)) {
      return "The maker of adjustment " + id + " cannot approve or reject it";
    }
    return null;
  }

  private void check(String checker, Instant now) {
    String refusal = refusalFor(checker);
    if (refusal != null) {
      throw new IllegalStateException(refusal);
    }
    this.checkedBy = checker;
    this.checkedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public Account getCounterAccount() {
    return counterAccount;
  }

  public Money getAmount() {
    return Money.ofFen(amountFen);
  }

  public String getReason() {
    return reason;
  }

  public JournalEntry getCorrects() {
    return corrects;
  }

  public Status getStatus() {
    return status;
  }

  public String getMadeBy() {
    return madeBy;
  }

  public Instant getMadeAt() {
    return madeAt;
  }

  public String getCheckedBy() {
    return checkedBy;
  }

  public Instant getCheckedAt() {
    return checkedAt;
  }

  public JournalEntry getEntry() {
    return entry;
  }
}
