package org.yikatong.web.console.finance;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.yikatong.finance.application.FinanceReports;
import org.yikatong.finance.domain.report.HolderStatement;
import org.yikatong.finance.domain.report.SubsidyUsage;
import org.yikatong.finance.domain.report.SuspenseReport;
import org.yikatong.ledger.application.TrialBalance;
import org.yikatong.web.console.ConsolePage;

/**
 * The finance reports: the trial balance, a card holder's statement of both purses over a period,
 * the use of subsidies over a period, and the suspense and follow-up items still open; each as CSV
 * and PDF from the API.
 */
@Named
@ViewScoped
public class ReportsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One account type of the trial balance. */
  public record BalanceLine(String type, String ledgerName, long accounts, long balanceFen)
      implements Serializable {}

  @Inject FinanceReports reports;

  private List<BalanceLine> balances = List.of();
  private long balanceTotalFen;
  private Instant balanceAt;

  private String holderNo;
  private LocalDate holderFrom;
  private LocalDate holderTo;
  private HolderStatement statement;

  private LocalDate subsidyFrom;
  private LocalDate subsidyTo;
  private SubsidyUsage subsidy;

  private SuspenseReport suspense;

  @PostConstruct
  void load() {
    LocalDate today = reports.today();
    holderFrom = today.withDayOfMonth(1);
    holderTo = today;
    subsidyFrom = today.withDayOfMonth(1);
    subsidyTo = today;
    refreshTrialBalance();
    showSubsidy();
    refreshSuspense();
  }

  /** Reads the trial balance again. */
  public void refreshTrialBalance() {
    TrialBalance b = SettleSteps.ask(() -> reports.trialBalance(), null);
    if (b != null) {
      balances =
          b.lines().stream()
              .map(
                  l ->
                      new BalanceLine(
                          l.accountType(), l.ledgerName(), l.accounts(), l.balanceFen()))
              .toList();
      balanceTotalFen = b.totalFen();
      balanceAt = b.at();
    }
  }

  /** Shows the statement of the holder and period picked. */
  public void showStatement() {
    if (!period("tabs:holder:to", holderFrom, holderTo)) {
      return;
    }
    String holder = holderNo == null ? null : holderNo.strip();
    statement = SettleSteps.ask(() -> reports.holderStatement(holder, holderFrom, holderTo), null);
  }

  /** Shows the use of subsidies over the period picked. */
  public void showSubsidy() {
    if (!period("tabs:subsidy:to", subsidyFrom, subsidyTo)) {
      return;
    }
    subsidy = SettleSteps.ask(() -> reports.subsidyUsage(subsidyFrom, subsidyTo), null);
  }

  /** Reads the open suspense and follow-up items again. */
  public void refreshSuspense() {
    suspense = SettleSteps.ask(() -> reports.suspenseItems(), null);
  }

  private static boolean period(String toField, LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      ConsolePage.error(toField, ConsolePage.bundle().getString("settle.periodInvalid"));
      return false;
    }
    return true;
  }

  public String trialBalanceUrl(String format) {
    return SettleSteps.api("trial-balance." + format(format));
  }

  public String statementUrl(String format) {
    if (statement == null) {
      return "#";
    }
    return SettleSteps.api(
        "holder-statements/"
            + SettleSteps.encode(statement.holderNo())
            + "."
            + format(format)
            + "?from="
            + statement.from()
            + "&to="
            + statement.to());
  }

  public String subsidyUrl(String format) {
    if (subsidy == null) {
      return "#";
    }
    return SettleSteps.api(
        "subsidy-usage." + format(format) + "?from=" + subsidy.from() + "&to=" + subsidy.to());
  }

  public String suspenseUrl(String format) {
    return SettleSteps.api("suspense-items." + format(format));
  }

  private static String format(String format) {
    return "pdf".equals(format) ? "pdf" : "csv";
  }

  public String yuan(long fen) {
    return ConsolePage.yuan(fen);
  }

  public String time(Instant at) {
    return ConsolePage.time(at);
  }

  public List<BalanceLine> getBalances() {
    return balances;
  }

  public long getBalanceTotalFen() {
    return balanceTotalFen;
  }

  public Instant getBalanceAt() {
    return balanceAt;
  }

  public HolderStatement getStatement() {
    return statement;
  }

  public SubsidyUsage getSubsidy() {
    return subsidy;
  }

  public SuspenseReport getSuspense() {
    return suspense;
  }

  public String getHolderNo() {
    return holderNo;
  }

  public void setHolderNo(String holderNo) {
    this.holderNo = holderNo;
  }

  public LocalDate getHolderFrom() {
    return holderFrom;
  }

  public void setHolderFrom(LocalDate holderFrom) {
    this.holderFrom = holderFrom;
  }

  public LocalDate getHolderTo() {
    return holderTo;
  }

  public void setHolderTo(LocalDate holderTo) {
    this.holderTo = holderTo;
  }

  public LocalDate getSubsidyFrom() {
    return subsidyFrom;
  }

  public void setSubsidyFrom(LocalDate subsidyFrom) {
    this.subsidyFrom = subsidyFrom;
  }

  public LocalDate getSubsidyTo() {
    return subsidyTo;
  }

  public void setSubsidyTo(LocalDate subsidyTo) {
    this.subsidyTo = subsidyTo;
  }
}
