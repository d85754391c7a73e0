package org.yikatong.ledger.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.Money;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.domain.Account;
import org.yikatong.ledger.domain.AccountRepository;
import org.yikatong.ledger.domain.AccountStatus;
import org.yikatong.ledger.domain.AccountType;
import org.yikatong.ledger.domain.Adjustment;
import org.yikatong.ledger.domain.AdjustmentRepository;
import org.yikatong.ledger.domain.EntryDraft;
import org.yikatong.ledger.domain.EntryKind;
import org.yikatong.ledger.domain.Journal;
import org.yikatong.ledger.domain.JournalEntry;
import org.yikatong.ledger.domain.RequestHash;
import org.yikatong.security.application.AuditTrail;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.Role;

/**
 * Finance adjustments with maker-checker, and freezing accounts. A finance user proposes; a finance
 * approver other than the maker approves, which posts the adjustment; nothing posts before. A purse
 * is never adjusted below zero.
 */
@Stateless
@Audited
public class Adjustments {

  @Inject AccountRepository accounts;
  @Inject AdjustmentRepository adjustments;
  @Inject Journal journal;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject AuditTrail audit;

  /**
   * Proposes an adjustment.
   *
   * @param amountFen raises {@code accountNo} by this much (negative: lowers it)
   * @param counterAccountNo the other side; suspense when empty
   * @param correctsEntryId the entry this corrects, if any
   */
  @RolesAllowed({Role.FINANCE, Role.FINANCE_APPROVER})
  public Adjustment propose(
      @NotBlank String accountNo,
      String counterAccountNo,
      long amountFen,
      @NotBlank @Size(max = 200) String reason,
      Long correctsEntryId) {
    Account account = account(accountNo);
    Account counter =
        counterAccountNo == null || counterAccountNo.isBlank()
            ? accounts.system(AccountType.SUSPENSE)
            : account(counterAccountNo);
    JournalEntry corrects =
        correctsEntryId == null
            ? null
            : journal
                .findById(correctsEntryId)
                .orElseThrow(
                    () -> RequestRefusedException.notFound("No journal entry " + correctsEntryId));
    try {
      Adjustment adjustment =
          new Adjustment(
              account,
              counter,
              Money.ofFen(amountFen),
              reason,
              corrects,
              caller.name(),
              clock.instant());
      adjustments.add(adjustment);
      return adjustment;
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
  }

  /** Approves and posts an adjustment; never by its maker. */
  @RolesAllowed(Role.FINANCE_APPROVER)
  public Adjustment approve(long id) {
    Adjustment adjustment = lock(id);
    String refusal = adjustment.refusalFor(caller.name());
    if (refusal != null) {
      throw RequestRefusedException.conflict(refusal);
    }
    Money amount = adjustment.getAmount();
    List<Account> purses = new ArrayList<>();
    for (Account a : List.of(adjustment.getAccount(), adjustment.getCounterAccount())) {
      if (a.getStatus() == AccountStatus.CLOSED) {
        throw RequestRefusedException.conflict("Account " + a.getAccountNo() + " is closed");
      }
      if (isPurse(a)) {
        purses.add(a);
      }
    }
    accounts.lock(purses);
    Money accountAfter = adjustment.getAccount().getBalance().plus(amount);
    Money counterAfter = adjustment.getCounterAccount().getBalance().minus(amount);
    if ((isPurse(adjustment.getAccount()) && accountAfter.isNegative())
        || (isPurse(adjustment.getCounterAccount()) && counterAfter.isNegative())) {
      throw RequestRefusedException.conflict("The adjustment would take a purse below zero");
    }
    JournalEntry entry =
        journal.post(
            EntryDraft.builder(
                    EntryKind.ADJUSTMENT, "ADJ:" + id, RequestHash.of("ADJ", id, amount.fen()))
                .amount(amount.fen() < 0 ? amount.negate() : amount)
                .description("调账 " + adjustment.getReason())
                .postedBy(caller.name())
                .corrects(adjustment.getCorrects())
                .line(adjustment.getAccount(), amount)
                .line(adjustment.getCounterAccount(), amount.negate())
                .build());
    Adjustment.Status before = adjustment.getStatus();
    adjustment.approve(caller.name(), entry, clock.instant());
    audit.describe(before, adjustment.getStatus());
    return adjustment;
  }

  @RolesAllowed(Role.FINANCE_APPROVER)
  public Adjustment reject(long id) {
    Adjustment adjustment = lock(id);
    Adjustment.Status before = adjustment.getStatus();
    try {
      adjustment.reject(caller.name(), clock.instant());
    } catch (IllegalStateException e) {
      throw RequestRefusedException.conflict(e.getMessage());
    }
    audit.describe(before, adjustment.getStatus());
    return adjustment;
  }

  @RolesAllowed({Role.FINANCE, Role.FINANCE_APPROVER, Role.AUDITOR})
  public List<Adjustment> list(Adjustment.Status status) {
    if (status == null) {
      return adjustments.latest(500);
    }
    return adjustments.latestIn(status, 500);
  }

  /** Freezes an account: no payments or top-ups until unfrozen. */
  @RolesAllowed({Role.FINANCE, Role.FINANCE_APPROVER})
  public Account freeze(@NotBlank String accountNo) {
    Account account = account(accountNo);
    accounts.forceVersionIncrement(account);
    AccountStatus before = account.getStatus();
    try {
      account.freeze();
    } catch (IllegalStateException e) {
      throw RequestRefusedException.conflict(e.getMessage());
    }
    audit.describe(before, account.getStatus());
    return account;
  }

  @RolesAllowed({Role.FINANCE, Role.FINANCE_APPROVER})
  public Account unfreeze(@NotBlank String accountNo) {
    Account account = account(accountNo);
    AccountStatus before = account.getStatus();
    try {
      account.unfreeze();
    } catch (IllegalStateException e) {
      throw RequestRefusedException.conflict(e.getMessage());
    }
    audit.describe(before, account.getStatus());
    return account;
  }

  private Adjustment lock(long id) {
    return adjustments
        .lock(id)
        .orElseThrow(() -> RequestRefusedException.notFound("No adjustment " + id));
  }

  private Account account(String accountNo) {
    return accounts
        .findByNo(accountNo)
        .orElseThrow(() -> RequestRefusedException.notFound("No account " + accountNo));
  }

  private static boolean isPurse(Account a) {
    return a.getType() == AccountType.CARDHOLDER_PURSE
        || a.getType() == AccountType.CARDHOLDER_SUBSIDY;
  }
}
