package org.yikatong.ledger.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.yikatong.card.domain.CardHolder;
import org.yikatong.card.domain.CardHolderRepository;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.domain.Account;
import org.yikatong.ledger.domain.AccountRepository;
import org.yikatong.ledger.domain.AccountType;
import org.yikatong.ledger.domain.Journal;
import org.yikatong.ledger.domain.JournalEntry;
import org.yikatong.ledger.domain.LedgerChecks;
import org.yikatong.ledger.domain.LedgerJournalFormat;
import org.yikatong.ledger.domain.Posting;
import org.yikatong.security.domain.Role;
import org.yikatong.terminal.domain.Merchant;
import org.yikatong.terminal.domain.MerchantRepository;

/**
 * Reports over the ledger: the self-check, the trial balance, accounts (by number, of a card
 * holder, of a merchant) and their statements, entries to follow up, and the journal export for
 * hledger/ledger-cli. Read-only.
 */
@Stateless
@RolesAllowed({Role.FINANCE, Role.FINANCE_APPROVER, Role.AUDITOR, Role.ADMINISTRATOR})
public class LedgerReports {

  private static final Logger LOG = Logger.getLogger(LedgerReports.class.getName());
  private static final int PAGE = 500;

  @Inject AccountRepository accounts;
  @Inject Journal journal;
  @Inject Clock clock;
  @Inject LedgerChecks checks;
  @Inject CardHolderRepository holders;
  @Inject MerchantRepository merchants;

  /**
   * Checks that all postings sum to zero, that every entry balances, and that every stored balance
   * equals the sum of its account's postings. Each check is one SQL statement, so it sees one
   * consistent state even while payments go on.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public SelfCheckReport selfCheck() {
    LedgerChecks.Totals totals = checks.totals();
    return new SelfCheckReport(
        clock.instant(),
        totals.entries(),
        totals.postings(),
        totals.accounts(),
        totals.postingsTotalFen(),
        checks.unbalancedEntries(PAGE),
        checks.balanceMismatches(PAGE));
  }

  /** The self-check every hour on every node; a finding is logged as an error for monitoring. */
  @Schedule(minute = "17", hour = "*", persistent = false)
  @PermitAll
  public void selfCheckHourly() {
    SelfCheckReport report = selfCheck();
    if (report.sound()) {
      LOG.info(
          "Ledger self-check: sound ("
              + report.entries()
              + " entries, "
              + report.postings()
              + " postings)");
    } else {
      LOG.severe("Ledger self-check FOUND DIFFERENCES: " + report);
    }
  }

  /** Today's business day, by the platform's clock. */
  public LocalDate today() {
    return org.yikatong.kernel.domain.BusinessDay.of(clock.instant());
  }

  public TrialBalance trialBalance() {
    List<TrialBalance.Line> lines = new ArrayList<>();
    long total = 0;
    for (LedgerChecks.TypeBalance r : checks.balancesByType()) {
      AccountType type = r.type();
      long balance = r.balanceFen();
      lines.add(new TrialBalance.Line(type.name(), type.ledgerName(), r.accounts(), balance));
      total += balance;
    }
    return new TrialBalance(clock.instant(), lines, total);
  }

  /** An account with its balance now. */
  public Account account(@NotBlank String accountNo) {
    return accounts
        .findByNo(accountNo)
        .orElseThrow(() -> RequestRefusedException.notFound("No account " + accountNo));
  }

  /** A card holder's accounts: the main purse and, once opened, the subsidy purse. */
  public List<Account> accountsOfHolder(@NotBlank String holderNo) {
    CardHolder holder =
        holders
            .findByHolderNo(holderNo.strip())
            .orElseThrow(() -> RequestRefusedException.notFound("No card holder " + holderNo));
    List<Account> found = new ArrayList<>();
    for (AccountType type : List.of(AccountType.CARDHOLDER_PURSE, AccountType.CARDHOLDER_SUBSIDY)) {
      accounts.findOf(holder, type).ifPresent(found::add);
    }
    return found;
  }

  /** A merchant's accounts: its takings stripes, then its settled account. */
  public List<Account> accountsOfMerchant(@NotBlank String merchantCode) {
    Merchant merchant =
        merchants
            .findByCode(merchantCode.strip())
            .orElseThrow(() -> RequestRefusedException.notFound("No merchant " + merchantCode));
    List<Account> found = new ArrayList<>();
    for (int stripe = 0; stripe < AccountRepository.TAKINGS_STRIPES; stripe++) {
      found.add(accounts.takings(merchant, stripe));
    }
    found.add(accounts.settled(merchant));
    return found;
  }

  /** A page of an account's postings, newest first. */
  public List<Posting> statement(@NotBlank String accountNo, int first, int max) {
    return journal.postingsOf(
        account(accountNo), Math.max(0, first), Math.min(Math.max(1, max), PAGE));
  }

  public JournalEntry entry(long id) {
    return journal
        .findById(id)
        .orElseThrow(() -> RequestRefusedException.notFound("No journal entry " + id));
  }

  /** Entries finance must follow up (offline overdrafts, suspense postings), newest first. */
  public List<JournalEntry> followUps() {
    return journal.followUps(PAGE);
  }

  /**
   * Writes the journal of the business days from..to as an hledger/ledger-cli journal, a page of
   * entries at a time.
   */
  public void exportJournal(@NotNull LocalDate from, @NotNull LocalDate to, @NotNull Writer out) {
    checkPeriod(from, to);
    try {
      LedgerJournalFormat.header(from, to, clock.instant(), out);
      readJournal(
          from,
          to,
          entry -> {
            try {
              LedgerJournalFormat.entry(entry, out);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Hands each entry of the business days from..to to {@code each}, in the order of their ids, a
   * page at a time. During the call the entry, its postings and their accounts can be read; after
   * each page every entity read in the transaction is let go of, to keep a long read small, so the
   * caller keeps none of them past its call.
   */
  public void readJournal(
      @NotNull LocalDate from, @NotNull LocalDate to, @NotNull Consumer<JournalEntry> each) {
    checkPeriod(from, to);
    long after = Long.MIN_VALUE;
    while (true) {
      List<JournalEntry> page = journal.entriesBetween(from, to, after, PAGE);
      for (JournalEntry entry : page) {
        each.accept(entry);
        after = entry.getId();
      }
      journal.detachAll();
      if (page.size() < PAGE) {
        break;
      }
    }
  }

  private static void checkPeriod(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw RequestRefusedException.invalid(
          "The period ends before it starts: " + from + ".." + to);
    }
  }
}
