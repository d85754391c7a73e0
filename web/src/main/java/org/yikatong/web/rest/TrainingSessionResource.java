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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.yikatong.servicedesk.application.NewTrainingSession;
import org.yikatong.servicedesk.application.TrainingSessions;
import org.yikatong.servicedesk.domain.training.TrainingAttendee;
import org.yikatong.servicedesk.domain.training.TrainingMaterial;
import org.yikatong.servicedesk.domain.training.TrainingSession;

/**
 * {@code /api/v1/training-sessions}: training sessions with their attendees, materials and cost;
 * the cost per year for the statistics.
 */
@Path("/v1/training-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class TrainingSessionResource {

  @Inject TrainingSessions sessions;
  @Context UriInfo uriInfo;

  public record AttendeeRequest(String name, String department, Boolean attended) {}

  public record MaterialRequest(String title, String url, String content) {}

  public record CostRequest(Long costFen) {}

  public record AttendeeView(long id, String name, String department, boolean attended) {
    static AttendeeView of(TrainingAttendee a) {
      return new AttendeeView(a.getId(), a.getName(), a.getDepartment(), a.isAttended());
    }
  }

  public record MaterialView(long id, String title, String url, String content) {
    static MaterialView of(TrainingMaterial m) {
      return new MaterialView(m.getId(), m.getTitle(), m.getUrl(), m.getContent());
    }
  }

  public record SessionView(
      long id,
      String topic,
      String audience,
      String trainer,
      Instant startsAt,
      int durationMinutes,
      String location,
      long costFen,
      long registered,
      long attended,
      List<AttendeeView> attendees,
      List<MaterialView> materials) {
    static SessionView of(TrainingSession s) {
      return new SessionView(
          s.getId(),
          s.getTopic(),
          s.getAudience(),
          s.getTrainer(),
          s.getStartsAt(),
          s.getDurationMinutes(),
          s.getLocation(),
          s.getCost().fen(),
          s.getAttendees().size(),
          s.attendedCount(),
          s.getAttendees().stream().map(AttendeeView::of).toList(),
          s.getMaterials().stream().map(MaterialView::of).toList());
    }
  }

  public record CostView(Integer year, Instant from, Instant to, long sessions, long costFen) {}

  @POST
  public Response schedule(NewTrainingSession request) {
    SessionView view = SessionView.of(sessions.schedule(Bodies.required(request)));
    return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
        .entity(view)
        .build();
  }

  /** Sessions starting from..to (ISO dates, campus time, both included), in time order. */
  @GET
  public List<SessionView> list(@QueryParam("from") String from, @QueryParam("to") String to) {
    CampusPeriod period = CampusPeriod.of(from, to);
    return sessions.list(period.from(), period.to()).stream().map(SessionView::of).toList();
  }

  /** What the sessions of a year (campus time) cost together. */
  @GET
  @Path("/cost")
  public CostView cost(@QueryParam("year") Integer year) {
    if (year == null) {
      throw new BadRequestException("year is required, e.g. ?year=2026");
    }
    CampusPeriod period = CampusPeriod.year(year);
    return new CostView(
        year,
        period.from(),
        period.to(),
        sessions.list(period.from(), period.to()).size(),
        sessions.costFen(period.from(), period.to()));
  }

  @GET
  @Path("/{id}")
  public SessionView session(@PathParam("id") long id) {
    return SessionView.of(sessions.find(id));
  }

  @PUT
  @Path("/{id}/cost")
  public SessionView setCost(@PathParam("id") long id, CostRequest r) {
    if (r == null || r.costFen() == null) {
      throw new BadRequestException("{\"costFen\": ...} is required");
    }
    return SessionView.of(sessions.setCost(id, r.costFen()));
  }

  @POST
  @Path("/{id}/attendees")
  public Response register(@PathParam("id") long id, AttendeeRequest r) {
    Bodies.required(r);
    AttendeeView view =
        AttendeeView.of(
            sessions.register(id, r.name(), r.department(), Boolean.TRUE.equals(r.attended())));
    return Response.status(Response.Status.CREATED).entity(view).build();
  }

  /** Marks an attendee present ({@code attended: true}) or absent. */
  @PUT
  @Path("/{id}/attendees/{attendeeId}")
  public AttendeeView markAttended(
      @PathParam("id") long id, @PathParam("attendeeId") long attendeeId, AttendeeRequest r) {
    if (r == null || r.attended() == null) {
      throw new BadRequestException("{\"attended\": true|false} is required");
    }
    return AttendeeView.of(sessions.markAttended(id, attendeeId, r.attended()));
  }

  @POST
  @Path("/{id}/materials")
  public Response addMaterial(@PathParam("id") long id, MaterialRequest r) {
    Bodies.required(r);
    MaterialView view = MaterialView.of(sessions.addMaterial(id, r.title(), r.url(), r.content()));
    return Response.status(Response.Status.CREATED).entity(view).build();
  }
}
