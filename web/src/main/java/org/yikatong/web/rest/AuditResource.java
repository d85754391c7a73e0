package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.yikatong.security.application.AuditCsv;
import org.yikatong.security.application.AuditPage;
import org.yikatong.security.application.AuditTrail;
import org.yikatong.security.domain.AuditEntry;
import org.yikatong.security.domain.AuditQuery;

/**
 * {@code /api/v1/audit-entries}: the audit trail for auditors and administrators (the EJB checks
 * the roles), searched by person ({@code actor}, exactly), {@code action} and {@code target} (each
 * by its beginning) and period ({@code from} included, {@code to} excluded; ISO dates, taken as
 * whole days in campus time with {@code to} included, or instants such as {@code
 * 2026-11-22T08:00:00+08:00}; a date-time without offset is campus time). As JSON, one page ({@code
 * page} from 0, {@code size} at most 200), newest first, with the total; as CSV ({@code
 * /audit-entries.csv}, or {@code Accept: text/csv}), every entry found, oldest first, streamed.
 */
@Path("/v1")
public class AuditResource {

  static final ZoneId CAMPUS = ZoneId.of("Asia/Shanghai");
  static final String CSV = "text/csv";
  private static final int EXPORT_BATCH = 500;

  @Inject AuditTrail trail;

  /** One entry; times ISO-8601 in campus time (+08:00). */
  public record AuditEntryView(
      long id,
      String occurredAt,
      String actor,
      String action,
      String target,
      String summary,
      String outcome,
      String address,
      String userAgent,
      String terminalId) {
    static AuditEntryView of(AuditEntry e) {
      return new AuditEntryView(
          e.getId(),
          campusTime(e.getOccurredAt()),
          e.getActor(),
          e.getAction(),
          e.getTarget(),
          e.getSummary(),
          e.getOutcome().name(),
          e.getAddress(),
          e.getUserAgent(),
          e.getTerminalId());
    }
  }

  /** One page of a search and how many entries it finds in all. */
  public record AuditPageView(long total, int page, int size, List<AuditEntryView> entries) {}

  @GET
  @Path("/audit-entries")
  @Produces(MediaType.APPLICATION_JSON)
  public AuditPageView search(
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("target") String target,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
    AuditQuery query = query(actor, action, target, from, to);
    AuditPage found = trail.search(query, page * size, size);
    return new AuditPageView(
        found.total(), page, size, found.entries().stream().map(AuditEntryView::of).toList());
  }

  @GET
  @Path("/audit-entries")
  @Produces(CSV + ";qs=0.5")
  public Response csv(
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("target") String target,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    AuditQuery query = query(actor, action, target, from, to);
    // Asked once here, so that a caller whose role does not allow it gets 403, not a broken file.
    trail.count(query);
    StreamingOutput body =
        out -> {
          Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          AuditCsv.header(writer);
          AuditEntry last = null;
          List<AuditEntry> batch;
          do {
            batch = trail.exportBatch(query, last, EXPORT_BATCH);
            for (AuditEntry e : batch) {
              AuditCsv.row(writer, e);
            }
            if (!batch.isEmpty()) {
              last = batch.get(batch.size() - 1);
            }
            writer.flush();
          } while (batch.size() == EXPORT_BATCH);
        };
    return Response.ok(body)
        .type(CSV + "; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"yikatong-audit-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                    .withZone(CAMPUS)
                    .format(Instant.now())
                + ".csv\"")
        .build();
  }

  @GET
  @Path("/audit-entries.csv")
  @Produces(CSV + ";qs=0.5")
  public Response csvFile(
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("target") String target,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return csv(actor, action, target, from, to);
  }

  static AuditQuery query(String actor, String action, String target, String from, String to) {
    return AuditTrail.query(
        actor, action, target, instant("from", from, false), instant("to", to, true));
  }

  /**
   * A bound of the period: an ISO date is the start of that day in campus time, or of the next day
   * for {@code to}; an instant with offset or {@code Z} as given; a date-time without offset in
   * campus time.
   */
  static Instant instant(String name, String value, boolean end) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String s = value.strip();
    if (s.matches(".*T.* \\d{2}:?\\d{2}$")) {
      s = s.replace(' ', '+'); // an unencoded + of the offset arrives as a space
    }
    try {
      if (s.length() == 10) {
        LocalDate day = LocalDate.parse(s);
        return (end ? day.plusDays(1) : day).atStartOfDay(CAMPUS).toInstant();
      }
      if (s.endsWith("Z") || s.matches(".*[+-]\\d{2}:?\\d{2}$")) {
        return OffsetDateTime.parse(s).toInstant();
      }
      return LocalDateTime.parse(s).atZone(CAMPUS).toInstant();
    } catch (DateTimeException e) {
      throw new BadRequestException(
          name
              + " is neither an ISO date (2026-11-22) nor an instant (2026-11-22T08:00:00+08:00): "
              + value);
    }
  }

  /** An instant as ISO-8601 in campus time, e.g. {@code 2026-11-22T08:00:00.123+08:00}. */
  static String campusTime(Instant at) {
    return at == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(CAMPUS));
  }
}
