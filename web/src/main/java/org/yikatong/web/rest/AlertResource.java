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
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.yikatong.monitoring.application.AlertEvaluator;
import org.yikatong.monitoring.application.Alerts;
import org.yikatong.monitoring.domain.alert.Alert;
import org.yikatong.monitoring.domain.alert.AlertEvent;
import org.yikatong.monitoring.domain.alert.AlertState;

/**
 * {@code /api/v1/alerts}: open alerts, their history and events; silencing one; evaluating the
 * rules now.
 */
@Path("/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class AlertResource {

  @Inject Alerts alerts;
  @Inject AlertEvaluator evaluator;
  @Inject Clock clock;

  public record EventView(Instant at, String kind, String actor, String detail) {
    static EventView of(AlertEvent e) {
      return new EventView(e.getOccurredAt(), e.getKind(), e.getActor(), e.getDetail());
    }
  }

  public record AlertView(
      long id,
      long ruleId,
      String ruleName,
      String ruleKind,
      String scope,
      String subject,
      String state,
      Instant breachingSince,
      Instant raisedAt,
      Instant clearedAt,
      Long observed,
      Long attempts,
      boolean areaWide,
      int affectedDevices,
      int affectedHolders,
      List<String> affectedTerminals,
      String detail,
      String ticketNo,
      boolean silenced,
      List<EventView> events) {
    static AlertView of(Alert a, boolean withEvents) {
      return new AlertView(
          a.getId(),
          a.getRule().getId(),
          a.getRule().getName(),
          a.getRule().getKind().name(),
          a.getRule().getScope().name(),
          a.getSubject(),
          a.getState().name(),
          a.getBreachingSince(),
          a.getRaisedAt(),
          a.getClearedAt(),
          a.getObserved(),
          a.getAttempts(),
          a.isAreaWide(),
          a.getAffectedDevices(),
          a.getAffectedHolders(),
          a.affectedTerminals(),
          a.getDetail(),
          a.getTicketNo(),
          a.isSilenced(),
          withEvents ? a.getEvents().stream().map(EventView::of).toList() : null);
    }
  }

  public record SilenceRequest(Instant until, String reason) {}

  /** Pending and raised alerts. */
  @GET
  public List<AlertView> open() {
    return alerts.open().stream().map(a -> AlertView.of(a, false)).toList();
  }

  /** Alerts that began in [from, to) (default: the last 7 days), newest first. */
  @GET
  @Path("/history")
  public List<AlertView> history(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("state") String state,
      @QueryParam("max") @DefaultValue("200") int max) {
    Instant now = clock.instant();
    Instant until = to == null || to.isBlank() ? now.plusSeconds(60) : instant("to", to);
    Instant since =
        from == null || from.isBlank() ? until.minus(Duration.ofDays(7)) : instant("from", from);
    AlertState wanted = null;
    if (state != null && !state.isBlank()) {
      try {
        wanted = AlertState.valueOf(state);
      } catch (IllegalArgumentException e) {
        throw new BadRequestException("state: PENDING, RAISED or CLEARED");
      }
    }
    return alerts.history(since, until, wanted, max).stream()
        .map(a -> AlertView.of(a, false))
        .toList();
  }

  @GET
  @Path("/{id: \\d+}")
  public AlertView alert(@PathParam("id") long id) {
    return AlertView.of(alerts.find(id), true);
  }

  /** Evaluates every rule now ({@code ?rule=<id>}: that rule only); answers what it did. */
  @POST
  @Path("/evaluate")
  public AlertEvaluator.Summary evaluate(@QueryParam("rule") Long rule) {
    return evaluator.evaluate(rule);
  }

  /** Silences the alert until a time or until it clears. */
  @POST
  @Path("/{id: \\d+}/silence")
  public MaintenanceWindowResource.SilenceView silence(
      @PathParam("id") long id, SilenceRequest request) {
    SilenceRequest body = Bodies.required(request);
    if (body.until() == null) {
      throw new BadRequestException("until: required");
    }
    return MaintenanceWindowResource.SilenceView.of(
        alerts.silence(id, body.until(), body.reason()));
  }

  private static Instant instant(String name, String text) {
    try {
      return Instant.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new BadRequestException(name + ": an ISO-8601 instant such as 2026-12-01T08:00:00Z");
    }
  }
}
