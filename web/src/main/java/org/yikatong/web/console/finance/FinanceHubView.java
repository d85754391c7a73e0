package org.yikatong.web.console.finance;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.yikatong.ledger.application.Adjustments;
import org.yikatong.ledger.application.DayCloses;
import org.yikatong.ledger.application.LedgerReports;
import org.yikatong.ledger.domain.Adjustment;
import org.yikatong.security.domain.Role;
import org.yikatong.web.console.ConsolePage;

/**
 * The finance office's hub: its pages, and the figures a finance day starts from, read when the
 * page opens: adjustments waiting for an approver, ledger entries to follow up, today's business
 * day and whether yesterday has been closed.
 */
@Named
@ViewScoped
public class FinanceHubView implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The finance office's pages, in the order the hub shows them (each {@code /finance/<s>.xhtml}).
   */
  public static final List<String> SECTIONS =
      List.of(
          "reconciliation",
          "settlement",
          "adjustments",
          "subsidies",
          "journal",
          "reports",
          "accounts");

  /** The lists the services answer are cut off here: a figure at it reads "at least". */
  private static final int LIST_LIMIT = 500;

  @Inject LedgerReports reports;
  @Inject Adjustments adjustments;
  @Inject DayCloses dayCloses;

  private Integer pendingAdjustments;
  private int followUps;
  private LocalDate today;
  private LocalDate yesterday;
  private boolean yesterdayClosed;
  private String yesterdayClosedAt;
  private String yesterdayClosedBy;

  @PostConstruct
  void load() {
    today = reports.today();
    yesterday = today.minusDays(1);
    followUps = reports.followUps().size();
    // The adjustments are finance's and the auditors' to read; administrators do not see them.
    if (FinanceSteps.inRole(Role.FINANCE, Role.FINANCE_APPROVER, Role.AUDITOR)) {
      pendingAdjustments = adjustments.list(Adjustment.Status.PROPOSED).size();
    }
    dayCloses
        .find(yesterday)
        .ifPresent(
            close -> {
              yesterdayClosed = true;
              yesterdayClosedAt = ConsolePage.time(close.getClosedAt());
              yesterdayClosedBy = close.getClosedBy();
            });
  }

  public List<String> getSections() {
    return SECTIONS;
  }

  /** Adjustments waiting for an approver, or null when the user may not read them. */
  public Integer getPendingAdjustments() {
    return pendingAdjustments;
  }

  /** A count as shown: the services answer at most {@value #LIST_LIMIT}, so that many is "500+". */
  public String shown(int count) {
    return count >= LIST_LIMIT ? LIST_LIMIT + "+" : String.valueOf(count);
  }

  public int getFollowUps() {
    return followUps;
  }

  public LocalDate getToday() {
    return today;
  }

  public LocalDate getYesterday() {
    return yesterday;
  }

  public boolean isYesterdayClosed() {
    return yesterdayClosed;
  }

  public String getYesterdayClosedAt() {
    return yesterdayClosedAt;
  }

  public String getYesterdayClosedBy() {
    return yesterdayClosedBy;
  }
}
