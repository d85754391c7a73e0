package org.yikatong.web.console.desk;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.servicedesk.application.WarrantyStatement;
import org.yikatong.servicedesk.application.WarrantyStatements;
import org.yikatong.servicedesk.domain.ticket.ResponsibleParty;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.ConsoleTransactions;

/**
 * A party's monthly warranty statement: the month and the party picked, the repairs resolved in
 * that month that the party answered for with their classification and cost, the totals, and the
 * statement as CSV and PDF. Read by the service desk, finance and audit; it changes nothing.
 */
@Named
@ViewScoped
public class StatementsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many months back the month picker goes. */
  private static final int MONTHS_OFFERED = 24;

  /** One repair of the statement, as the page shows it. */
  public record Row(
      String ticketNo,
      String asset,
      String location,
      String category,
      String resolvedAt,
      String charge,
      String reason,
      String partsYuan,
      int labourMinutes,
      String labourYuan,
      String totalYuan)
      implements Serializable {}

  @Inject WarrantyStatements statements;
  @Inject ConsoleTransactions transactions;

  private String month;
  private ResponsibleParty party = ResponsibleParty.HARDWARE_SUPPLIER;
  private List<Row> rows = List.of();
  private String organisation;
  private int free;
  private int chargeable;
  private String chargeableYuan;
  private boolean shown;

  /** Shows this month's statement of the hardware supplier. */
  @PostConstruct
  void init() {
    month = YearMonth.now(ConsolePage.CAMPUS).toString();
    show();
  }

  /** Reads the statement of the month and party picked. */
  public void show() {
    try {
      WarrantyStatement s =
          transactions.call(() -> statements.statement(YearMonth.parse(month), party));
      organisation = s.organisation();
      free = s.free();
      chargeable = s.chargeable();
      chargeableYuan = ConsolePage.yuan(s.chargeableFen());
      rows =
          s.lines().stream()
              .map(
                  l ->
                      new Row(
                          l.ticketNo(),
                          l.assetSerial() == null
                              ? "—"
                              : l.assetSerial()
                                  + (l.assetModel() == null ? "" : " · " + l.assetModel()),
                          l.assetLocation(),
                          l.category().name(),
                          ConsolePage.time(l.resolvedAt()),
                          l.charge() == null ? null : l.charge().name(),
                          l.reason(),
                          ConsolePage.yuan(l.partsFen()),
                          l.labourMinutes(),
                          ConsolePage.yuan(l.labourFen()),
                          ConsolePage.yuan(l.totalFen())))
              .toList();
      shown = true;
    } catch (RequestRefusedException refused) {
      rows = List.of();
      shown = false;
      ConsolePage.refused(refused);
    }
  }

  public StreamedContent getCsv() {
    YearMonth m = YearMonth.parse(month);
    byte[] bytes =
        transactions.call(() -> statements.csv(m, party)).getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name(fileName(m) + ".csv")
        .contentType("text/csv; charset=UTF-8")
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  public StreamedContent getPdf() {
    YearMonth m = YearMonth.parse(month);
    byte[] bytes = transactions.call(() -> statements.pdf(m, party));
    return DefaultStreamedContent.builder()
        .name(fileName(m) + ".pdf")
        .contentType("application/pdf")
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  private String fileName(YearMonth m) {
    return "warranty-statement-" + m + "-" + party.name().toLowerCase().replace('_', '-');
  }

  /** The months offered, the latest first. */
  public List<String> getMonths() {
    YearMonth now = YearMonth.now(ConsolePage.CAMPUS);
    List<String> months = new ArrayList<>();
    for (int i = 0; i < MONTHS_OFFERED; i++) {
      months.add(now.minusMonths(i).toString());
    }
    return months;
  }

  public ResponsibleParty[] getParties() {
    return ResponsibleParty.values();
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public ResponsibleParty getParty() {
    return party;
  }

  public void setParty(ResponsibleParty party) {
    this.party = party;
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getOrganisation() {
    return organisation;
  }

  public int getFree() {
    return free;
  }

  public int getChargeable() {
    return chargeable;
  }

  public String getChargeableYuan() {
    return chargeableYuan;
  }

  public boolean isShown() {
    return shown;
  }
}
