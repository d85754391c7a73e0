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
import java.time.Instant;
import java.util.List;
import org.yikatong.inspection.application.InspectionPlanner;
import org.yikatong.inspection.application.InspectionRounds;
import org.yikatong.inspection.domain.InspectionRound;
import org.yikatong.inspection.domain.InspectionRoundItem;
import org.yikatong.inspection.domain.ItemResult;
import org.yikatong.inspection.domain.RoundStatus;

/**
 * {@code /api/v1/inspection-rounds}: planned inspections, begun and completed by technicians with a
 * result for every checklist item; a failed item opens a ticket. Overdue rounds are flagged.
 */
@Path("/v1/inspection-rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class InspectionRoundResource {

  @Inject InspectionRounds rounds;
  @Inject InspectionPlanner planner;
  @Inject Clock clock;

  public record ItemView(
      int itemNo,
      String text,
      String category,
      String outcome,
      String note,
      String terminalCode,
      String ticketNo) {
    static ItemView of(InspectionRoundItem i) {
      return new ItemView(
          i.getItemNo(),
          i.getText(),
          i.getCategory().name(),
          i.getOutcome() == null ? null : i.getOutcome().name(),
          i.getNote(),
          i.getTerminalCode(),
          i.getTicketNo());
    }
  }

  public record RoundView(
      long id,
      String reference,
      long scheduleId,
      long templateId,
      String templateName,
      String kind,
      String target,
      Instant plannedAt,
      Instant dueAt,
      String assignee,
      String status,
      boolean overdue,
      Instant startedAt,
      String startedBy,
      Instant completedAt,
      String completedBy,
      List<ItemView> items) {
    static RoundView of(InspectionRound r, Instant now) {
      return new RoundView(
          r.getId(),
          r.reference(),
          r.getSchedule().getId(),
          r.getTemplate().getId(),
          r.getTemplate().getName(),
          r.getTemplate().getKind().name(),
          r.getTemplate().targetDescription(),
          r.getPlannedAt(),
          r.getDueAt(),
          r.getAssignee(),
          r.getStatus().name(),
          r.isOverdue(now),
          r.getStartedAt(),
          r.getStartedBy(),
          r.getCompletedAt(),
          r.getCompletedBy(),
          r.getItems().stream().map(ItemView::of).toList());
    }
  }

  /** Every item's result at once. */
  public record ResultsRequest(List<ItemResult> results) {}

  public record CheckView(int planned, int missed, int notified) {}

  @GET
  public List<RoundView> list(
      @QueryParam("status") RoundStatus status,
      @QueryParam("schedule") Long scheduleId,
      @QueryParam("max") @DefaultValue("100") int max) {
    Instant now = clock.instant();
    return rounds.list(status, scheduleId, max).stream().map(r -> RoundView.of(r, now)).toList();
  }

  /** Rounds past their due time and not completed, missed ones included, most overdue first. */
  @GET
  @Path("/overdue")
  public List<RoundView> overdue(
      @QueryParam("schedule") Long scheduleId, @QueryParam("max") @DefaultValue("100") int max) {
    Instant now = clock.instant();
    return rounds.overdue(scheduleId, max).stream().map(r -> RoundView.of(r, now)).toList();
  }

  @GET
  @Path("/{id: \\d+}")
  public RoundView round(@PathParam("id") long id) {
    return RoundView.of(rounds.find(id), clock.instant());
  }

  @POST
  @Path("/{id: \\d+}/start")
  public RoundView start(@PathParam("id") long id) {
    return RoundView.of(rounds.start(id), clock.instant());
  }

  /** Records every item's result and completes the round; failed items open tickets. */
  @POST
  @Path("/{id: \\d+}/results")
  public RoundView results(@PathParam("id") long id, ResultsRequest request) {
    if (request == null || request.results() == null) {
      throw new BadRequestException("{\"results\": [{itemNo, outcome, note?, terminalCode?}]}");
    }
    return RoundView.of(rounds.record(id, request.results()), clock.instant());
  }

  /** Runs the planner now (it also runs every five minutes). */
  @POST
  @Path("/check")
  public CheckView check() {
    InspectionPlanner.Outcome outcome = planner.check();
    return new CheckView(outcome.planned(), outcome.missed(), outcome.notified());
  }
}
