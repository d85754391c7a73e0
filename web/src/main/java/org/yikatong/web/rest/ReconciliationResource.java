package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.yikatong.finance.application.Reconciliations;
import org.yikatong.finance.application.StatementImports;
import org.yikatong.finance.domain.reconciliation.Correction;
import org.yikatong.finance.domain.reconciliation.Outcome;
import org.yikatong.finance.domain.reconciliation.ReconciliationRun;
import org.yikatong.finance.domain.reconciliation.RunStatus;
import org.yikatong.finance.domain.statement.StatementFormat;
import org.yikatong.finance.domain.statementfile.StatementFile;
import org.yikatong.ledger.domain.PaymentChannel;
import org.yikatong.web.rest.ReconciliationViews.ItemView;
import org.yikatong.web.rest.ReconciliationViews.RunSummaryView;
import org.yikatong.web.rest.ReconciliationViews.RunView;
import org.yikatong.web.rest.ReconciliationViews.StatementFileView;

/**
 * {@code /api/v1/reconciliation}: the channels' and the bank's statement files, and their
 * reconciliation against the ledger: dry runs, recorded runs and their items, corrections under
 * maker-checker, closing a run, the run as CSV. Each request is one transaction; the EJBs check the
 * roles.
 */
@Path("/v1/reconciliation")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class ReconciliationResource {

  /** The setting that bounds the size of a statement file, in bytes. */
  public static final String STATEMENT_FILE_BYTES_SETTING =
      "yikatong.reconciliation.max-file-bytes";

  /**
   * A statement file when the setting is not given: 3 MiB, below the server's 4 MiB for any
   * request, with room for a form's envelope.
   */
  public static final long DEFAULT_STATEMENT_FILE_BYTES = 3L * 1024 * 1024;

  static final String CSV = "text/csv";

  @Inject StatementImports imports;
  @Inject Reconciliations reconciliations;
  @Context UriInfo uriInfo;

  /** The statement files a run or dry run covers. */
  public record RunRequest(List<Long> statementIds) {}

  /** A correction proposed for an item. */
  public record CorrectionRequest(Correction correction, String accountNo, String reason) {}

  /** The item of the ledger movement a line's item is paired with. */
  public record ConfirmRequest(Integer movementItemNo) {}

  /** The note that explains an item. */
  public record ExplainRequest(String note) {}

  /**
   * Imports a statement file sent as the request body, its format in the query. The file is read
   * only up to its limit, the setting {@value #STATEMENT_FILE_BYTES_SETTING} (default 3 MiB): a
   * larger one is refused 413 ({@link RequestBodyLimits}).
   */
  @POST
  @Path("/statements")
  @Consumes({
    CSV,
    MediaType.TEXT_PLAIN,
    MediaType.APPLICATION_XML,
    MediaType.TEXT_XML,
    MediaType.APPLICATION_OCTET_STREAM
  })
  @BodyLimit(
      setting = STATEMENT_FILE_BYTES_SETTING,
      defaultBytes = DEFAULT_STATEMENT_FILE_BYTES,
      subject = "A statement file")
  public Response importStatement(
      @QueryParam("format") String format, @QueryParam("fileName") String fileName, byte[] file) {
    return created(
        imports.importStatement(formatOf(format), file == null ? new byte[0] : file, fileName));
  }

  /**
   * Imports a statement file sent as an HTML form ({@code multipart/form-data}): the part {@code
   * format} names the format, the part {@code file} holds the file. Bounded as {@link
   * #importStatement}.
   */
  @POST
  @Path("/statements/form")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @BodyLimit(
      setting = STATEMENT_FILE_BYTES_SETTING,
      defaultBytes = DEFAULT_STATEMENT_FILE_BYTES,
      subject = "A statement file")
  public Response importStatementForm(List<EntityPart> parts) throws IOException {
    String format = null;
    byte[] file = null;
    String fileName = null;
    for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
      switch (part.getName()) {
        case "format" -> format = part.getContent(String.class);
        case "file" -> {
          file = part.getContent(byte[].class);
          fileName = part.getFileName().orElse(null);
        }
        default -> {
          // other parts of the form are not ours to read
        }
      }
    }
    if (file == null) {
      throw new BadRequestException("The form has no part 'file' with the statement file");
    }
    return created(imports.importStatement(formatOf(format), file, fileName));
  }

  @GET
  @Path("/statements")
  public List<StatementFileView> statements(
      @QueryParam("channel") String channel, @QueryParam("day") String day) {
    return imports
        .list(
            channel == null || channel.isBlank() ? null : channelOf(channel),
            day == null || day.isBlank() ? null : LedgerResource.date("day", day))
        .stream()
        .map(f -> StatementFileView.of(f, false))
        .toList();
  }

  @GET
  @Path("/statements/{id}")
  public StatementFileView statement(@PathParam("id") long id) {
    return StatementFileView.of(imports.details(id), true);
  }

  /** What a run over these files would find; nothing is recorded. */
  @POST
  @Path("/dry-runs")
  @Consumes(MediaType.APPLICATION_JSON)
  public RunView dryRun(RunRequest request) {
    return RunView.of(reconciliations.dryRun(ids(request)), null);
  }

  @POST
  @Path("/runs")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(RunRequest request) {
    ReconciliationRun run = reconciliations.record(ids(request));
    return Response.created(
            uriInfo.getBaseUriBuilder().path("v1/reconciliation/runs/" + run.getId()).build())
        .entity(RunView.of(run, null))
        .build();
  }

  @GET
  @Path("/runs")
  public List<RunSummaryView> runs(
      @QueryParam("status") RunStatus status, @QueryParam("channel") String channel) {
    return reconciliations
        .list(status, channel == null || channel.isBlank() ? null : channelOf(channel))
        .stream()
        .map(RunSummaryView::of)
        .toList();
  }

  /** A run with its items, or those of one outcome. */
  @GET
  @Path("/runs/{id}")
  public RunView run(@PathParam("id") long id, @QueryParam("outcome") Outcome outcome) {
    return RunView.of(reconciliations.details(id), outcome);
  }

  /** The run item by item as CSV (UTF-8 with a byte order mark, headers in Chinese). */
  @GET
  @Path("/runs/{id}/items.csv")
  @Produces(CSV)
  public Response csv(@PathParam("id") long id) {
    // Written inside this request's transaction, then sent: an export is all or nothing.
    StringWriter text = new StringWriter();
    reconciliations.exportCsv(id, text);
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    StreamingOutput body = out -> out.write(bytes);
    return Response.ok(body, CSV + ";charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"yikatong-reconciliation-" + id + ".csv\"")
        .build();
  }

  @POST
  @Path("/runs/{id}/items/{itemNo}/corrections")
  @Consumes(MediaType.APPLICATION_JSON)
  public ItemView propose(
      @PathParam("id") long id, @PathParam("itemNo") int itemNo, CorrectionRequest request) {
    CorrectionRequest r = Bodies.required(request);
    return ItemView.of(
        reconciliations.propose(id, itemNo, r.correction(), r.accountNo(), r.reason()));
  }

  @POST
  @Path("/runs/{id}/items/{itemNo}/confirm")
  @Consumes(MediaType.APPLICATION_JSON)
  public ItemView confirm(
      @PathParam("id") long id, @PathParam("itemNo") int itemNo, ConfirmRequest request) {
    ConfirmRequest r = Bodies.required(request);
    return ItemView.of(
        reconciliations.confirm(id, itemNo, r.movementItemNo() == null ? 0 : r.movementItemNo()));
  }

  @POST
  @Path("/runs/{id}/items/{itemNo}/dismiss")
  public ItemView dismiss(@PathParam("id") long id, @PathParam("itemNo") int itemNo) {
    return ItemView.of(reconciliations.dismissSuggestions(id, itemNo));
  }

  @POST
  @Path("/runs/{id}/items/{itemNo}/explain")
  @Consumes(MediaType.APPLICATION_JSON)
  public ItemView explain(
      @PathParam("id") long id, @PathParam("itemNo") int itemNo, ExplainRequest request) {
    return ItemView.of(reconciliations.explain(id, itemNo, Bodies.required(request).note()));
  }

  @POST
  @Path("/runs/{id}/items/{itemNo}/approve")
  public ItemView approve(@PathParam("id") long id, @PathParam("itemNo") int itemNo) {
    return ItemView.of(reconciliations.approve(id, itemNo));
  }

  @POST
  @Path("/runs/{id}/items/{itemNo}/reject")
  public ItemView reject(@PathParam("id") long id, @PathParam("itemNo") int itemNo) {
    return ItemView.of(reconciliations.reject(id, itemNo));
  }

  @POST
  @Path("/runs/{id}/close")
  public RunSummaryView close(@PathParam("id") long id) {
    return RunSummaryView.of(reconciliations.close(id));
  }

  private Response created(StatementFile file) {
    return Response.created(
            uriInfo
                .getBaseUriBuilder()
                .path("v1/reconciliation/statements/" + file.getId())
                .build())
        .entity(StatementFileView.of(file, false))
        .build();
  }

  private static List<Long> ids(RunRequest request) {
    RunRequest r = Bodies.required(request);
    return r.statementIds() == null ? List.of() : r.statementIds();
  }

  private static StatementFormat formatOf(String name) {
    if (name == null || name.isBlank()) {
      throw new BadRequestException(
          "format is required: one of " + List.of(StatementFormat.values()));
    }
    try {
      return StatementFormat.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(
          "No statement format " + name + ": one of " + List.of(StatementFormat.values()));
    }
  }

  private static PaymentChannel channelOf(String name) {
    try {
      return PaymentChannel.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(
          "No payment channel " + name + ": one of " + List.of(PaymentChannel.values()));
    }
  }
}
