package org.yikatong.web.console.finance;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.yikatong.finance.application.Settlements;
import org.yikatong.finance.domain.settlement.DayCloseSummary;
import org.yikatong.finance.domain.settlement.DaySettlement;
import org.yikatong.finance.domain.settlement.MerchantSettlement;
import org.yikatong.finance.domain.settlement.SettlementFigure;
import org.yikatong.finance.domain.settlement.SettlementItem;
import org.yikatong.ledger.application.DayCloses;
import org.yikatong.web.console.ConsolePage;

/**
 * Merchant settlement: the days closed lately; closing a day (finance and administrators); every
 * merchant's settlement of a day, final once the day is closed and provisional before, with a
 * merchant's entries behind each figure; the statements and the day's report as PDF and CSV from
 * the API.
 */
@Named
@ViewScoped
public class SettlementView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Settlements settlements;
  @Inject DayCloses dayCloses;

  private LocalDate day;
  private LocalDate shownDay;
  private LocalDate closeDay;
  private List<DayCloseSummary> closes = List.of();
  private String merchantCode;

  // Read again after the session moved to another node rather than carried with it.
  private transient DaySettlement settlement;
  private transient MerchantSettlement statement;

  @PostConstruct
  void load() {
    LocalDate yesterday = settlements.today().minusDays(1);
    day = yesterday;
    closeDay = yesterday;
    refreshCloses();
    show();
  }

  private void refreshCloses() {
    List<DayCloseSummary> found = SettleSteps.ask(() -> settlements.closes(null, null), null);
    closes = found == null ? List.of() : found;
  }

  /** Shows every merchant's settlement of the day picked. */
  public void show() {
    merchantCode = null;
    statement = null;
    settlement = null;
    shownDay = null;
    if (day == null) {
      return;
    }
    if (day.isAfter(settlements.today())) {
      ConsolePage.error("day:day", ConsolePage.bundle().getString("settle.dayNotBegun"));
      return;
    }
    LocalDate picked = day;
    settlement = SettleSteps.ask(() -> settlements.day(picked), null);
    shownDay = settlement == null ? null : picked;
  }

  /** Shows a closed day's settlement. */
  public void showClosed(LocalDate closed) {
    day = closed;
    show();
  }

  /** Closes the day picked in the close form and shows its settlement. */
  public void closeDay() {
    LocalDate picked = closeDay;
    Object closed =
        SettleSteps.ask(() -> dayCloses.close(picked).getBusinessDate(), "settle.closedDone");
    if (closed != null) {
      day = picked;
      refreshCloses();
      show();
    }
  }

  /** Shows a merchant's entries behind the figures of the day shown. */
  public void drill(String code) {
    if (shownDay == null) {
      return;
    }
    merchantCode = code;
    statement = SettleSteps.ask(() -> settlements.statement(shownDay, code), null);
  }

  /** Hides the entries. */
  public void closeDrill() {
    merchantCode = null;
    statement = null;
  }

  public DaySettlement getSettlement() {
    if (settlement == null && shownDay != null) {
      settlement = SettleSteps.ask(() -> settlements.day(shownDay), null);
    }
    return settlement;
  }

  public MerchantSettlement getStatement() {
    if (statement == null && merchantCode != null && shownDay != null) {
      statement = SettleSteps.ask(() -> settlements.statement(shownDay, merchantCode), null);
    }
    return statement;
  }

  /** The entries of one figure of the merchant shown. */
  public List<SettlementItem> entriesOf(String figure) {
    MerchantSettlement s = getStatement();
    return s == null ? List.of() : s.entriesOf(SettlementFigure.valueOf(figure));
  }

  public SettlementFigure[] getFigures() {
    return SettlementFigure.values();
  }

  public String yuan(long fen) {
    return ConsolePage.yuan(fen);
  }

  public String time(java.time.Instant at) {
    return ConsolePage.time(at);
  }

  public String getDayPdfUrl() {
    return SettleSteps.api("settlements/" + shownDay + ".pdf");
  }

  public String getDayCsvUrl() {
    return SettleSteps.api("settlements/" + shownDay + ".csv");
  }

  public String pdfUrl(String code) {
    return SettleSteps.api("settlements/" + shownDay + "/" + SettleSteps.encode(code) + ".pdf");
  }

  public String csvUrl(String code) {
    return SettleSteps.api("settlements/" + shownDay + "/" + SettleSteps.encode(code) + ".csv");
  }

  public List<DayCloseSummary> getCloses() {
    return closes;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public LocalDate getCloseDay() {
    return closeDay;
  }

  public void setCloseDay(LocalDate closeDay) {
    this.closeDay = closeDay;
  }

  public LocalDate getShownDay() {
    return shownDay;
  }

  public String getMerchantCode() {
    return merchantCode;
  }
}
