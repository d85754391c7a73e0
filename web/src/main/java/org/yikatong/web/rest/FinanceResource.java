package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.yikatong.finance.application.FinanceReports;
import org.yikatong.finance.application.ReportFile;
import org.yikatong.finance.application.Settlements;
import org.yikatong.finance.domain.report.HolderStatement;
import org.yikatong.finance.domain.report.JournalPage;
import org.yikatong.finance.domain.report.JournalQuery;
import org.yikatong.finance.domain.report.SubsidyUsage;
import org.yikatong.finance.domain.report.SuspenseReport;
import org.yikatong.finance.domain.settlement.DayCloseSummary;
import org.yikatong.finance.domain.settlement.DaySettlement;
import org.yikatong.finance.domain.settlement.MerchantSettlement;
import org.yikatong.ledger.application.TrialBalance;
import org.yikatong.ledger.domain.EntryKind;

/**
 * {@code /api/v1/finance}: merchants' daily settlement and the finance reports, read-only, for
 * finance, the approver, auditors and administrators (the EJBs check the roles). Every report is
 * JSON (amounts in fen, instants ISO-8601 UTC), CSV ({@code .csv}, or {@code Accept: text/csv}) and
 * PDF under the university's header ({@code .pdf}, or {@code Accept: application/pdf}). Days and
 * periods are business days (Asia/Shanghai) as ISO dates, both ends included.
 */
@Path("/v1/finance")
public class FinanceResource {

  static final String CSV = "text/csv";
  static final String PDF = "application/pdf";

  @Inject Settlements settlements;
  @Inject FinanceReports reports;

  // --- Settlement ---

  /** The days closed from..to, newest first (default: the last 30 days). */
  @GET
  @Path("/day-closes")
  @Produces(MediaType.APPLICATION_JSON)
  public List<DayCloseSummary> dayCloses(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    return settlements.closes(day("from", from), day("to", to));
  }

  /** Every merchant's settlement of a business day: final when closed, else provisional. */
  @GET
  @Path("/settlements/{date: \\d{4}-\\d{2}-\\d{2}}")
  @Produces(MediaType.APPLICATION_JSON)
  public DaySettlement daySettlement(@PathParam("date") String date) {
    return settlements.day(LedgerResource.date("date", date));
  }

  @GET
  @Path("/settlements/{date: \\d{4}-\\d{2}-\\d{2}}")
  @Produces(CSV + ";qs=0.5")
  public Response daySettlementCsv(@PathParam("date") String date) {
    return file(settlements.dayFile(LedgerResource.date("date", date), false));
  }

  @GET
  @Path("/settlements/{date: \\d{4}-\\d{2}-\\d{2}}")
  @Produces(PDF + ";qs=0.4")
  public Response daySettlementPdf(@PathParam("date") String date) {
    return file(settlements.dayFile(LedgerResource.date("date", date), true));
  }

  @GET
  @Path("/settlements/{date}.csv")
  @Produces(CSV)
  public Response daySettlementCsvFile(@PathParam("date") String date) {
    return daySettlementCsv(date);
  }

  @GET
  @Path("/settlements/{date}.pdf")
  @Produces(PDF)
  public Response daySettlementPdfFile(@PathParam("date") String date) {
    return daySettlementPdf(date);
  }

  /** A merchant's settlement of a business day with every entry behind its figures. */
  @GET
  @Path("/settlements/{date}/{merchantCode}")
  @Produces(MediaType.APPLICATION_JSON)
  public MerchantSettlement statement(
      @PathParam("date") String date, @PathParam("merchantCode") String merchantCode) {
    return settlements.statement(LedgerResource.date("date", date), merchantCode);
  }

  @GET
  @Path("/settlements/{date}/{merchantCode}")
  @Produces(CSV + ";qs=0.5")
  public Response statementCsv(
      @PathParam("date") String date, @PathParam("merchantCode") String merchantCode) {
    return file(settlements.statementCsv(LedgerResource.date("date", date), merchantCode));
  }

  @GET
  @Path("/settlements/{date}/{merchantCode}")
  @Produces(PDF + ";qs=0.4")
  public Response statementPdf(
      @PathParam("date") String date, @PathParam("merchantCode") String merchantCode) {
    return file(settlements.statementPdf(LedgerResource.date("date", date), merchantCode));
  }

  @GET
  @Path("/settlements/{date}/{merchantCode}.csv")
  @Produces(CSV)
  public Response statementCsvFile(
      @PathParam("date") String date, @PathParam("merchantCode") String merchantCode) {
    return statementCsv(date, merchantCode);
  }

  @GET
  @Path("/settlements/{date}/{merchantCode}.pdf")
  @Produces(PDF)
  public Response statementPdfFile(
      @PathParam("date") String date, @PathParam("merchantCode") String merchantCode) {
    return statementPdf(date, merchantCode);
  }

  // --- Trial balance ---

  @GET
  @Path("/trial-balance")
  @Produces(MediaType.APPLICATION_JSON)
  public TrialBalance trialBalance() {
    return reports.trialBalance();
  }

  @GET
  @Path("/trial-balance")
  @Produces(CSV + ";qs=0.5")
  public Response trialBalanceCsv() {
    return file(reports.trialBalanceFile(false));
  }

  @GET
  @Path("/trial-balance")
  @Produces(PDF + ";qs=0.4")
  public Response trialBalancePdf() {
    return file(reports.trialBalanceFile(true));
  }

  @GET
  @Path("/trial-balance.csv")
  @Produces(CSV)
  public Response trialBalanceCsvFile() {
    return trialBalanceCsv();
  }

  @GET
  @Path("/trial-balance.pdf")
  @Produces(PDF)
  public Response trialBalancePdfFile() {
    return trialBalancePdf();
  }

  // --- Journal search ---

  /**
   * Journal entries, newest first, a page at a time ({@code page} from 0, {@code size} at most
   * 200), with how many the search finds: by card ({@code card}: the card's number or serial),
   * holder, merchant, terminal, entry kind, channel order number ({@code channelRef}: a top-up's
   * order number or the channel's transaction number) and business days {@code from}..{@code to}.
   */
  @GET
  @Path("/journal-entries")
  @Produces(MediaType.APPLICATION_JSON)
  public JournalPage journal(
      @QueryParam("card") String card,
      @QueryParam("holderNo") String holderNo,
      @QueryParam("merchantCode") String merchantCode,
      @QueryParam("terminalId") String terminalId,
      @QueryParam("kind") String kind,
      @QueryParam("channelRef") String channelRef,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(FinanceReports.MAX_PAGE) int size) {
    JournalQuery query =
        query(card, holderNo, merchantCode, terminalId, kind, channelRef, from, to);
    return reports.searchJournal(query, page * size, size);
  }

  @GET
  @Path("/journal-entries")
  @Produces(CSV + ";qs=0.5")
  public Response journalCsv(
      @QueryParam("card") String card,
      @QueryParam("holderNo") String holderNo,
      @QueryParam("merchantCode") String merchantCode,
      @QueryParam("terminalId") String terminalId,
      @QueryParam("kind") String kind,
      @QueryParam("channelRef") String channelRef,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return file(
        reports.journalFile(
            query(card, holderNo, merchantCode, terminalId, kind, channelRef, from, to), false));
  }

  @GET
  @Path("/journal-entries")
  @Produces(PDF + ";qs=0.4")
  public Response journalPdf(
      @QueryParam("card") String card,
      @QueryParam("holderNo") String holderNo,
      @QueryParam("merchantCode") String merchantCode,
      @QueryParam("terminalId") String terminalId,
      @QueryParam("kind") String kind,
      @QueryParam("channelRef") String channelRef,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return file(
        reports.journalFile(
            query(card, holderNo, merchantCode, terminalId, kind, channelRef, from, to), true));
  }

  @GET
  @Path("/journal-entries.csv")
  @Produces(CSV)
  public Response journalCsvFile(
      @QueryParam("card") String card,
      @QueryParam("holderNo") String holderNo,
      @QueryParam("merchantCode") String merchantCode,
      @QueryParam("terminalId") String terminalId,
      @QueryParam("kind") String kind,
      @QueryParam("channelRef") String channelRef,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return journalCsv(card, holderNo, merchantCode, terminalId, kind, channelRef, from, to);
  }

  @GET
  @Path("/journal-entries.pdf")
  @Produces(PDF)
  public Response journalPdfFile(
      @QueryParam("card") String card,
      @QueryParam("holderNo") String holderNo,
      @QueryParam("merchantCode") String merchantCode,
      @QueryParam("terminalId") String terminalId,
      @QueryParam("kind") String kind,
      @QueryParam("channelRef") String channelRef,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return journalPdf(card, holderNo, merchantCode, terminalId, kind, channelRef, from, to);
  }

  // --- Card holder statement ---

  /** A card holder's statement of both purses over business days (default: this month). */
  @GET
  @Path("/holder-statements/{holderNo}")
  @Produces(MediaType.APPLICATION_JSON)
  public HolderStatement holderStatement(
      @PathParam("holderNo") String holderNo,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return reports.holderStatement(holderNo, day("from", from), day("to", to));
  }

  @GET
  @Path("/holder-statements/{holderNo}")
  @Produces(CSV + ";qs=0.5")
  public Response holderStatementCsv(
      @PathParam("holderNo") String holderNo,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return file(reports.holderStatementFile(holderNo, day("from", from), day("to", to), false));
  }

  @GET
  @Path("/holder-statements/{holderNo}")
  @Produces(PDF + ";qs=0.4")
  public Response holderStatementPdf(
      @PathParam("holderNo") String holderNo,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return file(reports.holderStatementFile(holderNo, day("from", from), day("to", to), true));
  }

  @GET
  @Path("/holder-statements/{holderNo}.csv")
  @Produces(CSV)
  public Response holderStatementCsvFile(
      @PathParam("holderNo") String holderNo,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return holderStatementCsv(holderNo, from, to);
  }

  @GET
  @Path("/holder-statements/{holderNo}.pdf")
  @Produces(PDF)
  public Response holderStatementPdfFile(
      @PathParam("holderNo") String holderNo,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return holderStatementPdf(holderNo, from, to);
  }

  // --- Subsidy usage ---

  /** How the subsidy purses moved over business days (default: this month). */
  @GET
  @Path("/subsidy-usage")
  @Produces(MediaType.APPLICATION_JSON)
  public SubsidyUsage subsidyUsage(@QueryParam("from") String from, @QueryParam("to") String to) {
    return reports.subsidyUsage(day("from", from), day("to", to));
  }

  @GET
  @Path("/subsidy-usage")
  @Produces(CSV + ";qs=0.5")
  public Response subsidyUsageCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
    return file(reports.subsidyUsageFile(day("from", from), day("to", to), false));
  }

  @GET
  @Path("/subsidy-usage")
  @Produces(PDF + ";qs=0.4")
  public Response subsidyUsagePdf(@QueryParam("from") String from, @QueryParam("to") String to) {
    return file(reports.subsidyUsageFile(day("from", from), day("to", to), true));
  }

  @GET
  @Path("/subsidy-usage.csv")
  @Produces(CSV)
  public Response subsidyUsageCsvFile(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    return subsidyUsageCsv(from, to);
  }

  @GET
  @Path("/subsidy-usage.pdf")
  @Produces(PDF)
  public Response subsidyUsagePdfFile(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    return subsidyUsagePdf(from, to);
  }

  // --- Suspense items ---

  /** The suspense and follow-up items still open, with the suspense account's balance. */
  @GET
  @Path("/suspense-items")
  @Produces(MediaType.APPLICATION_JSON)
  public SuspenseReport suspenseItems() {
    return reports.suspenseItems();
  }

  @GET
  @Path("/suspense-items")
  @Produces(CSV + ";qs=0.5")
  public Response suspenseItemsCsv() {
    return file(reports.suspenseItemsFile(false));
  }

  @GET
  @Path("/suspense-items")
  @Produces(PDF + ";qs=0.4")
  public Response suspenseItemsPdf() {
    return file(reports.suspenseItemsFile(true));
  }

  @GET
  @Path("/suspense-items.csv")
  @Produces(CSV)
  public Response suspenseItemsCsvFile() {
    return suspenseItemsCsv();
  }

  @GET
  @Path("/suspense-items.pdf")
  @Produces(PDF)
  public Response suspenseItemsPdfFile() {
    return suspenseItemsPdf();
  }

  // --- Helpers ---

  /** A file to download, with its name. */
  static Response file(ReportFile file) {
    return Response.ok(file.content())
        .type(file.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  /** An optional ISO date. */
  static LocalDate day(String name, String value) {
    return value == null || value.isBlank() ? null : LedgerResource.date(name, value);
  }

  static JournalQuery query(
      String card,
      String holderNo,
      String merchantCode,
      String terminalId,
      String kind,
      String channelRef,
      String from,
      String to) {
    EntryKind entryKind = null;
    if (kind != null && !kind.isBlank()) {
      try {
        entryKind = EntryKind.valueOf(kind.strip());
      } catch (IllegalArgumentException e) {
        throw new BadRequestException(
            "kind is none of " + java.util.Arrays.toString(EntryKind.values()) + ": " + kind);
      }
    }
    try {
      return new JournalQuery(
          card,
          holderNo,
          merchantCode,
          terminalId,
          entryKind,
          channelRef,
          day("from", from),
          day("to", to));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
  }
}
