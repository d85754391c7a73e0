package org.yikatong.web.console.finance;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.application.Adjustments;
import org.yikatong.ledger.application.LedgerReports;
import org.yikatong.ledger.domain.Adjustment;
import org.yikatong.security.domain.Role;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.ConsoleTransactions;

/**
 * Adjustments under maker-checker. A finance user proposes one: the account credited and the one
 * debited (each picked among the accounts its typed number, holder number or merchant code names,
 * and shown with its owner, status and balance), the amount in yuan and the reason; nothing posts
 * yet. An approver other than the maker sees the proposal as made, and approves it (which posts it)
 * or rejects it. The page offers no decision on the user's own proposals, and the service refuses
 * one all the same; auditors read the proposals.
 *
 * <p>Debit and credit are meant as bookkeeping means them: crediting a purse (a liability) raises
 * its balance, debiting it lowers it. The ledger keeps every balance "owed-positive", so the
 * credited account is the one the service raises and the debited one its counter account.
 */
@Named
@ViewScoped
public class AdjustmentsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The largest adjustment the page takes, in yuan: more is a typing error. */
  static final BigDecimal MAX_YUAN = BigDecimal.valueOf(10_000_000);

  /** Suggestions offered for an account number being typed. */
  private static final int SUGGESTIONS = 12;

  /**
   * A proposal as shown: the credited and the debited account (with their balances now), the
   * positive amount moved between them in fen, who proposed and who decided it.
   */
  public record Row(
      long id,
      String status,
      AccountCard credit,
      AccountCard debit,
      long amountFen,
      String reason,
      Long correctsEntryId,
      String madeBy,
      String madeAt,
      String checkedBy,
      String checkedAt,
      Long entryId)
      implements Serializable {}

  @Inject Adjustments adjustments;
  @Inject LedgerReports reports;
  @Inject ConsoleTransactions transactions;

  private Adjustment.Status status = Adjustment.Status.PROPOSED;
  private List<Row> rows = List.of();
  private boolean readable;

  private String creditNo;
  private String debitNo;
  private AccountCard credit;
  private AccountCard debit;
  private BigDecimal amountYuan;
  private String reason;
  private Long correctsEntryId;
  private final Map<String, String> suggestionLabels = new HashMap<>();

  @PostConstruct
  void load() {
    // The proposals are finance's and the auditors' to read; administrators do not see them.
    readable = FinanceSteps.inRole(Role.FINANCE, Role.FINANCE_APPROVER, Role.AUDITOR);
    read();
  }

  /** Reads the proposals of the status chosen (all of them when none is). */
  public void read() {
    if (!readable) {
      rows = List.of();
      return;
    }
    rows =
        transactions.call(
            () -> adjustments.list(status).stream().map(AdjustmentsView::row).toList());
  }

  private static Row row(Adjustment a) {
    boolean raises = a.getAmount().fen() > 0;
    return new Row(
        a.getId(),
        a.getStatus().name(),
        AccountCard.of(raises ? a.getAccount() : a.getCounterAccount()),
        AccountCard.of(raises ? a.getCounterAccount() : a.getAccount()),
        Math.abs(a.getAmount().fen()),
        a.getReason(),
        a.getCorrects() == null ? null : a.getCorrects().getId(),
        a.getMadeBy(),
        ConsolePage.time(a.getMadeAt()),
        a.getCheckedBy(),
        ConsolePage.time(a.getCheckedAt()),
        a.getEntry() == null ? null : a.getEntry().getId());
  }

  /** Account numbers the typed text may mean, for the account fields' suggestions. */
  public List<String> suggest(String text) {
    List<AccountCard> cards = AccountCard.suggest(reports, transactions, text, SUGGESTIONS);
    cards.forEach(c -> suggestionLabels.put(c.accountNo(), AccountCard.label(c)));
    return cards.stream().map(AccountCard::accountNo).toList();
  }

  /** How a suggested account reads: number, type, owner. */
  public String suggestionLabel(String accountNo) {
    return suggestionLabels.getOrDefault(accountNo, accountNo);
  }

  /** Looks up the account to credit as typed, and shows it beside the field. */
  public void lookUpCredit() {
    credit = lookUp(creditNo, "propose:credit");
  }

  /** Looks up the account to debit as typed, and shows it beside the field. */
  public void lookUpDebit() {
    debit = lookUp(debitNo, "propose:debit");
  }

  private AccountCard lookUp(String accountNo, String field) {
    String number = FinanceSteps.blankToNull(accountNo);
    if (number == null) {
      return null;
    }
    try {
      return AccountCard.read(reports, transactions, number);
    } catch (RequestRefusedException notFound) {
      ConsolePage.error(field, ConsolePage.bundle().getString("adjust.noAccount"));
      return null;
    }
  }

  /** Proposes the adjustment typed; it waits for an approver and posts nothing yet. */
  public void propose() {
    credit = lookUp(creditNo, "propose:credit");
    debit = lookUp(debitNo, "propose:debit");
    Long fen = FinanceSteps.fen(amountYuan, "propose:amount", MAX_YUAN, "adjust.amountRule");
    if (credit == null || debit == null || fen == null) {
      return;
    }
    if (credit.accountNo().equals(debit.accountNo())) {
      ConsolePage.error("propose:debit", ConsolePage.bundle().getString("adjust.sameAccount"));
      return;
    }
    String why = reason.strip();
    String creditAccount = credit.accountNo();
    String debitAccount = debit.accountNo();
    Long corrects = correctsEntryId;
    if (FinanceSteps.step(
        "adjust",
        () -> adjustments.propose(creditAccount, debitAccount, fen, why, corrects),
        "adjust.proposed")) {
      creditNo = null;
      debitNo = null;
      credit = null;
      debit = null;
      amountYuan = null;
      reason = null;
      correctsEntryId = null;
      status = Adjustment.Status.PROPOSED;
      read();
    }
  }

  /** Approves a proposal, which posts it. */
  public void approve(long id) {
    decide(id, () -> adjustments.approve(id), "adjust.approved");
  }

  /** Rejects a proposal; nothing posts. */
  public void reject(long id) {
    decide(id, () -> adjustments.reject(id), "adjust.rejected");
  }

  /**
   * Takes a decision through the service, then reads the list anew. The service refuses a decision
   * on one's own proposal; the page then says so in its own words.
   */
  private void decide(long id, Runnable decision, String doneKey) {
    boolean own =
        rows.stream().anyMatch(r -> r.id() == id && r.madeBy().equals(FinanceSteps.user()));
    try {
      decision.run();
      ConsolePage.info(doneKey);
    } catch (RequestRefusedException refused) {
      FinanceSteps.show(
          ConsolePage.bundle()
              .getString(
                  own && refused.kind() == RequestRefusedException.Kind.CONFLICT
                      ? "adjust.ownRefused"
                      : "adjust.refused." + refused.kind().name()),
          refused.getMessage());
    }
    read();
  }

  /** Whether the signed-in user may decide this proposal: an approver, not its maker. */
  public boolean canDecide(Row row) {
    return "PROPOSED".equals(row.status())
        && FinanceSteps.inRole(Role.FINANCE_APPROVER)
        && !row.madeBy().equals(FinanceSteps.user());
  }

  /** Whether this proposal is the signed-in user's own. */
  public boolean isMine(Row row) {
    return row.madeBy().equals(FinanceSteps.user());
  }

  /** Whether the signed-in user may propose adjustments. */
  public boolean isMaker() {
    return FinanceSteps.inRole(Role.FINANCE, Role.FINANCE_APPROVER);
  }

  public boolean isReadable() {
    return readable;
  }

  /** An amount of fen as yuan, two decimals. */
  public String yuan(long fen) {
    return ConsolePage.yuan(fen);
  }

  public Adjustment.Status[] getStatuses() {
    return Adjustment.Status.values();
  }

  public List<Row> getRows() {
    return rows;
  }

  public Adjustment.Status getStatus() {
    return status;
  }

  public void setStatus(Adjustment.Status status) {
    this.status = status;
  }

  public String getCreditNo() {
    return creditNo;
  }

  public void setCreditNo(String creditNo) {
    this.creditNo = creditNo;
  }

  public String getDebitNo() {
    return debitNo;
  }

  public void setDebitNo(String debitNo) {
    this.debitNo = debitNo;
  }

  public AccountCard getCredit() {
    return credit;
  }

  public AccountCard getDebit() {
    return debit;
  }

  public BigDecimal getAmountYuan() {
    return amountYuan;
  }

  public void setAmountYuan(BigDecimal amountYuan) {
    this.amountYuan = amountYuan;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Long getCorrectsEntryId() {
    return correctsEntryId;
  }

  public void setCorrectsEntryId(Long correctsEntryId) {
    this.correctsEntryId = correctsEntryId;
  }
}
