package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.yikatong.inspection.application.InspectionPlans;
import org.yikatong.inspection.application.NewSchedule;
import org.yikatong.inspection.domain.InspectionSchedule;
import org.yikatong.inspection.domain.Recurrence;

/**
 * {@code /api/v1/inspection-schedules}: templates on a recurrence, each for a technician; the
 * planner makes their rounds.
 */
@Path("/v1/inspection-schedules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class InspectionScheduleResource {

  @Inject InspectionPlans plans;
  @Inject Clock clock;
  @Context UriInfo uriInfo;

  public record ScheduleView(
      long id,
      long templateId,
      String templateName,
      String recurrence,
      Integer everyHours,
      String weekday,
      String at,
      long graceMinutes,
      String assignee,
      boolean active,
      Instant startsAt,
      Instant nextRoundAt,
      String createdBy) {
    static ScheduleView of(InspectionSchedule s, Instant now) {
      Recurrence r = s.recurrence();
      Instant from = now.isAfter(s.getStartsAt()) ? now : s.getStartsAt();
      return new ScheduleView(
          s.getId(),
          s.getTemplate().getId(),
          s.getTemplate().getName(),
          r.kind().name(),
          r.everyHours(),
          r.weekday() == null ? null : r.weekday().name(),
          r.at() == null ? null : r.at().toString(),
          s.grace().toMinutes(),
          s.getAssignee(),
          s.isActive(),
          s.getStartsAt(),
          s.isActive() ? r.firstAtOrAfter(from) : null,
          s.getCreatedBy());
    }
  }

  public record ActiveRequest(Boolean active) {}

  @GET
  public List<ScheduleView> list() {
    Instant now = clock.instant();
    return plans.schedules().stream().map(s -> ScheduleView.of(s, now)).toList();
  }

  @GET
  @Path("/{id: \\d+}")
  public ScheduleView schedule(@PathParam("id") long id) {
    return ScheduleView.of(plans.schedule(id), clock.instant());
  }

  @POST
  public Response create(NewSchedule request) {
    ScheduleView view =
        ScheduleView.of(plans.createSchedule(Bodies.required(request)), clock.instant());
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(view.id())).build())
        .entity(view)
        .build();
  }

  /** Suspends ({@code false}) or resumes ({@code true}) planning rounds. */
  @PUT
  @Path("/{id: \\d+}/active")
  public ScheduleView setActive(@PathParam("id") long id, ActiveRequest request) {
    if (request == null || request.active() == null) {
      throw new BadRequestException("{\"active\": true|false} is required");
    }
    return ScheduleView.of(plans.setActive(id, request.active()), clock.instant());
  }
}
