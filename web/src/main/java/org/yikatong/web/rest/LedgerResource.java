package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.yikatong.ledger.application.Adjustments;
import org.yikatong.ledger.application.DayCloses;
import org.yikatong.ledger.application.DoubleTaps;
import org.yikatong.ledger.application.LedgerReports;
import org.yikatong.ledger.application.Refunds;
import org.yikatong.ledger.application.SelfCheckReport;
import org.yikatong.ledger.application.Subsidies;
import org.yikatong.ledger.application.TopUpOrders;
import org.yikatong.ledger.application.TrialBalance;
import org.yikatong.ledger.domain.Adjustment;
import org.yikatong.ledger.domain.DoubleTap;
import org.yikatong.web.rest.LedgerViews.AccountView;
import org.yikatong.web.rest.LedgerViews.AdjustmentView;
import org.yikatong.web.rest.LedgerViews.DayCloseView;
import org.yikatong.web.rest.LedgerViews.DoubleTapView;
import org.yikatong.web.rest.LedgerViews.EntryView;
import org.yikatong.web.rest.LedgerViews.StatementLine;
import org.yikatong.web.rest.LedgerViews.SubsidyBatchView;
import org.yikatong.web.rest.LedgerViews.TopUpOrderView;

/**
 * {@code /api/v1/ledger}: the finance office's ledger: reports, the journal export, refunds,
 * adjustments with maker-checker, subsidy batches, day close, disputed double taps and top-up
 * orders. Each request is one transaction; the EJBs check the roles.
 */
@Path("/v1/ledger")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class LedgerResource {

  @Inject LedgerReports reports;
  @Inject Refunds refunds;
  @Inject Adjustments adjustments;
  @Inject Subsidies subsidies;
  @Inject DayCloses dayCloses;
  @Inject DoubleTaps doubleTaps;
  @Inject TopUpOrders topUps;
  @Context UriInfo uriInfo;

  /** A refund of a card payment. */
  public record RefundRequest(
      String refundNo, long paymentEntryId, long amountFen, String reason) {}

  /** A proposed adjustment. */
  public record AdjustmentRequest(
      String accountNo,
      String counterAccountNo,
      long amountFen,
      String reason,
      Long correctsEntryId) {}

  @GET
  @Path("/self-check")
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public SelfCheckReport selfCheck() {
    return reports.selfCheck();
  }

  @GET
  @Path("/trial-balance")
  public TrialBalance trialBalance() {
    return reports.trialBalance();
  }

  @GET
  @Path("/accounts/{accountNo}")
  public AccountView account(@PathParam("accountNo") String accountNo) {
    return AccountView.of(reports.account(accountNo));
  }

  @GET
  @Path("/accounts/{accountNo}/postings")
  public List<StatementLine> postings(
      @PathParam("accountNo") String accountNo,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    return reports.statement(accountNo, first, max).stream().map(StatementLine::of).toList();
  }

  @POST
  @Path("/accounts/{accountNo}/freeze")
  public AccountView freeze(@PathParam("accountNo") String accountNo) {
    return AccountView.of(adjustments.freeze(accountNo));
  }

  @POST
  @Path("/accounts/{accountNo}/unfreeze")
  public AccountView unfreeze(@PathParam("accountNo") String accountNo) {
    return AccountView.of(adjustments.unfreeze(accountNo));
  }

  @GET
  @Path("/entries/{id}")
  public EntryView entry(@PathParam("id") long id) {
    return EntryView.of(reports.entry(id));
  }

  @GET
  @Path("/follow-ups")
  public List<EntryView> followUps() {
    return reports.followUps().stream().map(EntryView::of).toList();
  }

  /**
   * The journal of the business days from..to as an hledger/ledger-cli journal file.
   *
   * @param from first business day, ISO date
   * @param to last business day, ISO date; today when absent
   */
  @GET
  @Path("/journal")
  @Produces("text/plain;charset=UTF-8")
  public Response journal(@QueryParam("from") String from, @QueryParam("to") String to) {
    LocalDate first = date("from", from);
    LocalDate last = to == null || to.isBlank() ? reports.today() : date("to", to);
    // Written inside this request's transaction, then sent: an export is all or nothing.
    StringWriter text = new StringWriter();
    reports.exportJournal(first, last, text);
    StreamingOutput body =
        out -> {
          BufferedWriter writer =
              new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          writer.write(text.toString());
          writer.flush();
        };
    return Response.ok(body)
        .header(
            "Content-Disposition",
            "attachment; filename=\"yikatong-" + first + "-" + last + ".journal\"")
        .build();
  }

  @POST
  @Path("/refunds")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response refund(RefundRequest request) {
    if (request == null) {
      throw new BadRequestException("A refund request body is required");
    }
    EntryView entry =
        EntryView.of(
            refunds.refund(
                request.refundNo(),
                request.paymentEntryId(),
                request.amountFen(),
                request.reason()));
    return Response.created(
            uriInfo.getBaseUriBuilder().path("v1/ledger/entries/" + entry.id()).build())
        .entity(entry)
        .build();
  }

  @GET
  @Path("/adjustments")
  public List<AdjustmentView> adjustments(@QueryParam("status") Adjustment.Status status) {
    return adjustments.list(status).stream().map(AdjustmentView::of).toList();
  }

  @POST
  @Path("/adjustments")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response propose(AdjustmentRequest request) {
    if (request == null) {
      throw new BadRequestException("An adjustment request body is required");
    }
    AdjustmentView view =
        AdjustmentView.of(
            adjustments.propose(
                request.accountNo(),
                request.counterAccountNo(),
                request.amountFen(),
                request.reason(),
                request.correctsEntryId()));
    return Response.status(Response.Status.CREATED).entity(view).build();
  }

  @POST
  @Path("/adjustments/{id}/approve")
  public AdjustmentView approve(@PathParam("id") long id) {
    return AdjustmentView.of(adjustments.approve(id));
  }

  @POST
  @Path("/adjustments/{id}/reject")
  public AdjustmentView reject(@PathParam("id") long id) {
    return AdjustmentView.of(adjustments.reject(id));
  }

  /** The setting that bounds the size of a subsidy file, in bytes. */
  public static final String SUBSIDY_FILE_BYTES_SETTING = "yikatong.subsidy.max-file-bytes";

  /**
   * Posts a subsidy batch from a CSV file ({@code holder_no,amount} in yuan per line). The file is
   * read only up to its limit, the setting {@value #SUBSIDY_FILE_BYTES_SETTING} (default 2 MiB): a
   * larger one is refused 413 ({@link RequestBodyLimits}). How many lines it may have is the
   * ledger's rule.
   *
   * @param expiresOn last day the subsidy can be spent (ISO date), or none
   */
  @POST
  @Path("/subsidy-batches/{batchNo}")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @BodyLimit(
      setting = SUBSIDY_FILE_BYTES_SETTING,
      defaultBytes = 2 * 1024 * 1024,
      subject = "A subsidy file")
  public SubsidyBatchView uploadSubsidies(
      @PathParam("batchNo") String batchNo, @QueryParam("expiresOn") String expiresOn, String csv) {
    return SubsidyBatchView.of(
        subsidies.upload(
            batchNo,
            csv == null ? "" : csv,
            expiresOn == null || expiresOn.isBlank() ? null : date("expiresOn", expiresOn)));
  }

  @GET
  @Path("/subsidy-batches/{batchNo}")
  public SubsidyBatchView subsidyBatch(@PathParam("batchNo") String batchNo) {
    return subsidies
        .find(batchNo)
        .map(SubsidyBatchView::of)
        .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("No subsidy batch " + batchNo));
  }

  @POST
  @Path("/day-closes/{date}")
  public DayCloseView close(@PathParam("date") String date) {
    return DayCloseView.of(dayCloses.close(date("date", date)));
  }

  @GET
  @Path("/day-closes/{date}")
  public DayCloseView dayClose(@PathParam("date") String date) {
    return dayCloses
        .find(date("date", date))
        .map(DayCloseView::of)
        .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("Day " + date + " is not closed"));
  }

  @GET
  @Path("/double-taps")
  public List<DoubleTapView> doubleTaps(
      @QueryParam("status") @DefaultValue("DISPUTED") DoubleTap.Status status) {
    return doubleTaps.inStatus(status).stream().map(DoubleTapView::of).toList();
  }

  @POST
  @Path("/double-taps/{id}/uphold")
  public DoubleTapView uphold(@PathParam("id") long id) {
    return DoubleTapView.of(doubleTaps.uphold(id));
  }

  @POST
  @Path("/double-taps/{id}/reject")
  public DoubleTapView rejectDoubleTap(@PathParam("id") long id) {
    return DoubleTapView.of(doubleTaps.reject(id));
  }

  /** An online top-up order, for staff and auditors. */
  @GET
  @Path("/top-up-orders/{orderNo}")
  public TopUpOrderView topUpOrder(@PathParam("orderNo") String orderNo) {
    return TopUpOrderView.of(topUps.details(orderNo));
  }

  static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new BadRequestException(name + " is required (an ISO date such as 2026-11-22)");
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException(name + " is not an ISO date such as 2026-11-22: " + value);
    }
  }
}
