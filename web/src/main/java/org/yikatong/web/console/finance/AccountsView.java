package org.yikatong.web.console.finance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.application.Adjustments;
import org.yikatong.ledger.application.LedgerReports;
import org.yikatong.ledger.domain.Account;
import org.yikatong.ledger.domain.Posting;
import org.yikatong.security.domain.Role;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.ConsoleTransactions;

/**
 * Ledger accounts: found by account number, by card holder number (the holder's purses) or by
 * merchant code (the merchant's takings stripes and settled account), each shown with its owner,
 * status and balance; one account with its latest postings. Finance and its approvers freeze an
 * account (no payments or top-ups until unfrozen) and unfreeze it, confirmed first; the service
 * records who did it in the audit trail. Auditors and administrators read.
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many of an account's latest postings the page shows. */
  static final int POSTINGS = 30;

  /** What the typed text names. */
  public enum By {
    ACCOUNT,
    HOLDER,
    MERCHANT
  }

  /** One posting of the account shown, amounts in fen. */
  public record Line(
      long entryId,
      String kind,
      String at,
      String description,
      long amountFen,
      Long balanceAfterFen)
      implements Serializable {}

  @Inject LedgerReports reports;
  @Inject Adjustments adjustments;
  @Inject ConsoleTransactions transactions;

  private By by = By.ACCOUNT;
  private String query;
  private List<AccountCard> found = List.of();
  private AccountCard account;
  private List<Line> postings = List.of();

  /** Finds the accounts the text names; one found is shown at once. */
  public void search() {
    String text = query.strip();
    account = null;
    postings = List.of();
    try {
      found =
          transactions.call(
              () ->
                  switch (by) {
                    case ACCOUNT -> List.of(AccountCard.of(reports.account(text)));
                    case HOLDER -> cards(reports.accountsOfHolder(text));
                    case MERCHANT -> cards(reports.accountsOfMerchant(text));
                  });
    } catch (RequestRefusedException notFound) {
      found = List.of();
    }
    if (found.isEmpty()) {
      ConsolePage.error(
          "search:q", ConsolePage.bundle().getString("accounts.notFound." + by.name()));
    } else if (found.size() == 1) {
      show(found.get(0).accountNo());
    }
  }

  private static List<AccountCard> cards(List<Account> accounts) {
    return accounts.stream().map(AccountCard::of).toList();
  }

  /** Shows an account with its latest postings. */
  public void show(String accountNo) {
    try {
      transactions.run(
          () -> {
            account = AccountCard.of(reports.account(accountNo));
            postings =
                reports.statement(accountNo, 0, POSTINGS).stream().map(AccountsView::line).toList();
          });
    } catch (RequestRefusedException refused) {
      account = null;
      postings = List.of();
      ConsolePage.refused(refused);
    }
  }

  private static Line line(Posting p) {
    return new Line(
        p.getEntry().getId(),
        p.getEntry().getKind().name(),
        ConsolePage.time(p.getEntry().getPostedAt()),
        p.getEntry().getDescription(),
        p.getAmount().fen(),
        p.getBalanceAfter() == null ? null : p.getBalanceAfter().fen());
  }

  /** Freezes the account shown: no payments or top-ups until it is unfrozen. */
  public void freeze() {
    change(() -> adjustments.freeze(account.accountNo()), "accounts.frozen");
  }

  /** Unfreezes the account shown. */
  public void unfreeze() {
    change(() -> adjustments.unfreeze(account.accountNo()), "accounts.unfrozen");
  }

  private void change(Runnable step, String doneKey) {
    if (account == null) {
      return;
    }
    String accountNo = account.accountNo();
    FinanceSteps.step("accounts", step, doneKey);
    show(accountNo);
    found =
        found.stream()
            .map(c -> c.accountNo().equals(accountNo) && account != null ? account : c)
            .toList();
  }

  /** Whether the signed-in user may freeze and unfreeze accounts. */
  public boolean isChanger() {
    return FinanceSteps.inRole(Role.FINANCE, Role.FINANCE_APPROVER);
  }

  /** The label of an entry kind, or the kind itself. */
  public String kindLabel(String kind) {
    return ConsolePage.text("entry.kind." + kind, kind);
  }

  /** An amount of fen as yuan, two decimals. */
  public String yuan(long fen) {
    return ConsolePage.yuan(fen);
  }

  public By[] getKinds() {
    return By.values();
  }

  public By getBy() {
    return by;
  }

  public void setBy(By by) {
    this.by = by;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public List<AccountCard> getFound() {
    return found;
  }

  public AccountCard getAccount() {
    return account;
  }

  public List<Line> getPostings() {
    return postings;
  }
}
