package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.yikatong.servicedesk.application.WarrantyStatement;
import org.yikatong.servicedesk.application.WarrantyStatements;
import org.yikatong.servicedesk.domain.ticket.ResponsibleParty;

/**
 * {@code /api/v1/warranty-statements}: a party's monthly warranty statement — the repairs resolved
 * in the month (campus time) that it answered for, classified and priced, with the totals — as
 * JSON, CSV ({@code /statement.csv}) or PDF ({@code /statement.pdf}); {@code ?month=2026-12&party=
 * HARDWARE_SUPPLIER}.
 */
@Path("/v1/warranty-statements")
@Transactional
public class WarrantyStatementResource {

  @Inject WarrantyStatements statements;

  /** The statement, its month as {@code YYYY-MM} and its amounts in fen. */
  public record StatementView(
      String month,
      String party,
      String organisation,
      java.util.List<WarrantyStatement.Line> lines,
      int free,
      int chargeable,
      int unclassified,
      long chargeableFen,
      java.time.Instant printedAt) {
    static StatementView of(WarrantyStatement s) {
      return new StatementView(
          s.month().toString(),
          s.party().name(),
          s.organisation(),
          s.lines(),
          s.free(),
          s.chargeable(),
          s.unclassified(),
          s.chargeableFen(),
          s.printedAt());
    }
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public StatementView json(@QueryParam("month") String month, @QueryParam("party") String party) {
    return StatementView.of(statements.statement(month(month), party(party)));
  }

  @GET
  @Path("/statement.csv")
  @Produces("text/csv")
  public Response csv(@QueryParam("month") String month, @QueryParam("party") String party) {
    YearMonth m = month(month);
    ResponsibleParty p = party(party);
    return Response.ok(statements.csv(m, p))
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + fileName(m, p) + ".csv\"")
        .build();
  }

  @GET
  @Path("/statement.pdf")
  @Produces("application/pdf")
  public Response pdf(@QueryParam("month") String month, @QueryParam("party") String party) {
    YearMonth m = month(month);
    ResponsibleParty p = party(party);
    return Response.ok(statements.pdf(m, p))
        .type("application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + fileName(m, p) + ".pdf\"")
        .build();
  }

  static String fileName(YearMonth month, ResponsibleParty party) {
    return "warranty-statement-" + month + "-" + party.name().toLowerCase().replace('_', '-');
  }

  private static YearMonth month(String text) {
    if (text == null || text.isBlank()) {
      throw new BadRequestException("month (YYYY-MM) is required");
    }
    try {
      return YearMonth.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException("A month is YYYY-MM: " + text);
    }
  }

  private static ResponsibleParty party(String text) {
    if (text == null || text.isBlank()) {
      throw new BadRequestException(
          "party (HARDWARE_SUPPLIER, SOFTWARE_DEVELOPER, UNIVERSITY_IT, CARD_HOLDER) is required");
    }
    return SlaContractResource.party(text.strip());
  }
}
