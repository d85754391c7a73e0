package org.yikatong.finance.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yikatong.card.domain.CardHolder;
import org.yikatong.card.domain.CardHolderRepository;
import org.yikatong.finance.domain.report.HolderStatement;
import org.yikatong.finance.domain.report.JournalLine;
import org.yikatong.finance.domain.report.JournalPage;
import org.yikatong.finance.domain.report.JournalQuery;
import org.yikatong.finance.domain.report.PurseMovement;
import org.yikatong.finance.domain.report.PurseStatement;
import org.yikatong.finance.domain.report.ReportRepository;
import org.yikatong.finance.domain.report.SubsidyUsage;
import org.yikatong.finance.domain.report.SuspenseReport;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.BusinessDay;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.application.LedgerReports;
import org.yikatong.ledger.application.TrialBalance;
import org.yikatong.ledger.domain.Account;
import org.yikatong.ledger.domain.AccountRepository;
import org.yikatong.ledger.domain.AccountType;
import org.yikatong.security.domain.Role;

/**
 * The finance office's reports, each also as CSV and as PDF under the university's header: the
 * trial balance (the ledger's), the journal searched, a card holder's statement of both purses, the
 * use of subsidies, and the suspense and follow-up items still open. Read-only.
 *
 * <p>A period is one of business days (Asia/Shanghai), both ends included; where a report takes one
 * and none is given, it is the current month up to today.
 */
@Stateless
@RolesAllowed({Role.FINANCE, Role.FINANCE_APPROVER, Role.AUDITOR, Role.ADMINISTRATOR})
public class FinanceReports {

  /** The largest page of a journal search. */
  public static final int MAX_PAGE = 200;

  /** The most entries one CSV export of a search holds; a wider search is to be narrowed. */
  public static final int MAX_CSV_ENTRIES = 50_000;

  /** The most entries one printed (PDF) search holds. */
  public static final int MAX_PDF_ENTRIES = 5_000;

  /** The most movements of one purse a statement lists. */
  static final int MAX_MOVEMENTS = 10_000;

  /** The most suspense and follow-up items listed. */
  static final int MAX_SUSPENSE_ITEMS = 2_000;

  private static final int EXPORT_BATCH = 500;

  @Inject ReportRepository reports;
  @Inject LedgerReports ledger;
  @Inject CardHolderRepository holders;
  @Inject AccountRepository accounts;
  @Inject ReportPrinter printer;
  @Inject Caller caller;
  @Inject Clock clock;

  /** Today's business day, by the platform's clock. */
  public LocalDate today() {
    return BusinessDay.of(clock.instant());
  }

  /** The trial balance of all accounts (the ledger's). */
  public TrialBalance trialBalance() {
    return ledger.trialBalance();
  }

  public ReportFile trialBalanceFile(boolean pdf) {
    return printer.file(
        ReportDocuments.trialBalance(ledger.trialBalance(), clock.instant(), caller.name()), pdf);
  }

  /** A page of the entries a search finds, newest first, and how many it finds in all. */
  public JournalPage searchJournal(@NotNull JournalQuery query, int first, int max) {
    int from = Math.max(0, first);
    int size = Math.min(Math.max(1, max), MAX_PAGE);
    return new JournalPage(reports.count(query), from, reports.search(query, from, size));
  }

  /** How many entries a search finds. */
  public long countJournal(@NotNull JournalQuery query) {
    return reports.count(query);
  }

  /**
   * Every entry a search finds, newest first, as CSV (at most {@value #MAX_CSV_ENTRIES}) or PDF (at
   * most {@value #MAX_PDF_ENTRIES}).
   *
   * @throws RequestRefusedException (400) when the search finds more: narrow it
   */
  public ReportFile journalFile(@NotNull JournalQuery query, boolean pdf) {
    long total = reports.count(query);
    int limit = pdf ? MAX_PDF_ENTRIES : MAX_CSV_ENTRIES;
    if (total > limit) {
      throw RequestRefusedException.invalid(
          "The search finds "
              + total
              + " entries; one "
              + (pdf ? "PDF" : "CSV")
              + " holds at most "
              + limit
              + ". Narrow it (a period, a merchant, a kind)");
    }
    List<JournalLine> lines = new ArrayList<>();
    Long before = null;
    while (true) {
      List<JournalLine> batch = reports.searchBefore(query, before, EXPORT_BATCH);
      lines.addAll(batch);
      reports.clear();
      if (batch.size() < EXPORT_BATCH || lines.size() >= limit) {
        break;
      }
      before = batch.get(batch.size() - 1).entryId();
    }
    return printer.file(
        ReportDocuments.journal(query, lines, total, clock.instant(), caller.name()), pdf);
  }

  /**
   * A card holder's statement of both purses over business days from..to: each purse's balance at
   * the start, every posting, and its balance at the end.
   *
   * @throws RequestRefusedException when there is no such holder (404), the period is not one (400)
   *     or a purse moved more than a statement lists (400)
   */
  public HolderStatement holderStatement(@NotBlank String holderNo, LocalDate from, LocalDate to) {
    CardHolder holder =
        holders
            .findByHolderNo(holderNo.strip())
            .orElseThrow(() -> RequestRefusedException.notFound("No card holder " + holderNo));
    LocalDate last = to == null ? today() : to;
    LocalDate first = from == null ? last.withDayOfMonth(1) : from;
    requirePeriod(first, last);
    List<PurseStatement> purses = new ArrayList<>();
    for (AccountType type : List.of(AccountType.CARDHOLDER_PURSE, AccountType.CARDHOLDER_SUBSIDY)) {
      Optional<Account> account = accounts.findOf(holder, type);
      if (account.isEmpty()) {
        continue;
      }
      List<PurseMovement> movements =
          reports.movements(account.get(), first, last, MAX_MOVEMENTS + 1);
      if (movements.size() > MAX_MOVEMENTS) {
        throw RequestRefusedException.invalid(
            account.get().getAccountNo()
                + " moved more than "
                + MAX_MOVEMENTS
                + " times in the period: take a shorter one");
      }
      purses.add(
          PurseStatement.of(
              account.get().getAccountNo(),
              type,
              reports.balanceBefore(account.get(), first),
              movements));
    }
    return HolderStatement.of(
        holder.getHolderNo(), holder.getFullName(), holder.getDepartment(), first, last, purses);
  }

  public ReportFile holderStatementFile(
      @NotBlank String holderNo, LocalDate from, LocalDate to, boolean pdf) {
    return printer.file(
        ReportDocuments.holder(holderStatement(holderNo, from, to), clock.instant(), caller.name()),
        pdf);
  }

  /**
   * How all subsidy purses moved over business days from..to: the opening balance, subsidies
   * granted, spent, expired and returned at cancellation, and the closing balance; with the batches
   * posted in the period or expiring in it.
   */
  public SubsidyUsage subsidyUsage(LocalDate from, LocalDate to) {
    LocalDate last = to == null ? today() : to;
    LocalDate first = from == null ? last.withDayOfMonth(1) : from;
    requirePeriod(first, last);
    return SubsidyUsage.of(
        first,
        last,
        reports.subsidyBalanceBefore(first),
        reports.subsidyMovements(first, last),
        reports.subsidyBatches(first, last));
  }

  public ReportFile subsidyUsageFile(LocalDate from, LocalDate to, boolean pdf) {
    return printer.file(
        ReportDocuments.subsidy(subsidyUsage(from, to), clock.instant(), caller.name()), pdf);
  }

  /**
   * The items still open: entries that parked money in suspense or were flagged for follow-up and
   * that no entry has corrected yet (an overdrawn purse only while it is below zero), newest first,
   * with the suspense account's balance and what of it no item accounts for.
   */
  public SuspenseReport suspenseItems() {
    List<org.yikatong.finance.domain.report.SuspenseItem> candidates =
        reports.suspenseCandidates(MAX_SUSPENSE_ITEMS + 1);
    boolean truncated = candidates.size() > MAX_SUSPENSE_ITEMS;
    return SuspenseReport.of(
        clock.instant(),
        accounts.currentBalance(accounts.system(AccountType.SUSPENSE)).fen(),
        truncated ? candidates.subList(0, MAX_SUSPENSE_ITEMS) : candidates,
        truncated);
  }

  public ReportFile suspenseItemsFile(boolean pdf) {
    return printer.file(ReportDocuments.suspense(suspenseItems(), caller.name()), pdf);
  }

  private void requirePeriod(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw RequestRefusedException.invalid(
          "The period ends before it starts: " + first + ".." + last);
    }
    if (first.isAfter(today())) {
      throw RequestRefusedException.invalid("The period " + first + ".." + last + " has not begun");
    }
  }
}
