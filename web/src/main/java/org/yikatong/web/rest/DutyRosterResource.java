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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.yikatong.servicedesk.application.DutyRoster;
import org.yikatong.servicedesk.domain.roster.DutyAbsence;
import org.yikatong.servicedesk.domain.roster.DutyPost;
import org.yikatong.servicedesk.domain.roster.DutyRosterEntry;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;

/**
 * {@code /api/v1/duty-posts}, {@code /api/v1/duty-roster}, {@code /api/v1/duty-absences}: what
 * tickets are dispatched by — posts by area and skill with their escalation chain, the A/B roster
 * of each post, and who is away.
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class DutyRosterResource {

  @Inject DutyRoster roster;
  @Inject Clock clock;

  public record PostView(
      String code,
      String name,
      String area,
      Set<TicketCategory> skills,
      String teamLead,
      String manager,
      int maxLoad,
      String party) {
    static PostView of(DutyPost p) {
      return new PostView(
          p.getCode(),
          p.getName(),
          p.getArea(),
          p.getSkills(),
          p.getTeamLead(),
          p.getManager(),
          p.getMaxLoad(),
          p.getParty().name());
    }
  }

  public record PostRequest(
      String name,
      String area,
      Set<TicketCategory> skills,
      String teamLead,
      String manager,
      Integer maxLoad,
      String party) {}

  public record RosterRequest(String primary, String backup) {}

  public record RosterView(String post, LocalDate day, String primary, String backup) {
    static RosterView of(DutyRosterEntry e) {
      return new RosterView(e.getPost().getCode(), e.getDay(), e.getPrimary(), e.getBackup());
    }
  }

  public record OnDutyView(
      String post,
      String area,
      LocalDate day,
      String primary,
      long primaryLoad,
      String backup,
      long backupLoad) {}

  public record AbsenceRequest(String username, Instant from, Instant to, String reason) {}

  public record AbsenceView(String username, Instant from, Instant to, String reason) {
    static AbsenceView of(DutyAbsence a) {
      return new AbsenceView(a.getUsername(), a.getFrom(), a.getTo(), a.getReason());
    }
  }

  @GET
  @Path("/duty-posts")
  public List<PostView> posts() {
    return roster.posts().stream().map(PostView::of).toList();
  }

  /** Adds or changes a post. */
  @PUT
  @Path("/duty-posts/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  public PostView savePost(@PathParam("code") String code, PostRequest r) {
    Bodies.required(r);
    return PostView.of(
        roster.savePost(
            code,
            r.name(),
            r.area(),
            r.skills() == null ? Set.of() : r.skills(),
            r.teamLead(),
            r.manager(),
            r.maxLoad() == null ? 5 : r.maxLoad(),
            r.party() == null || r.party().isBlank()
                ? null
                : SlaContractResource.party(r.party().strip())));
  }

  /** Who is on duty on a day (today by default), with the open tickets each carries. */
  @GET
  @Path("/duty-roster")
  public List<OnDutyView> onDuty(@QueryParam("day") String day) {
    LocalDate date =
        day == null
            ? clock.instant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate()
            : SlaContractResource.date(day);
    return roster.onDuty(date).stream()
        .map(
            d ->
                new OnDutyView(
                    d.post().getCode(),
                    d.post().getArea(),
                    d.day(),
                    d.primary(),
                    d.primary() == null ? 0 : roster.load(d.primary()),
                    d.backup(),
                    d.backup() == null ? 0 : roster.load(d.backup())))
        .toList();
  }

  /** The standing A/B of a post. */
  @PUT
  @Path("/duty-roster/{post}")
  @Consumes(MediaType.APPLICATION_JSON)
  public RosterView setStanding(@PathParam("post") String post, RosterRequest r) {
    Bodies.required(r);
    return RosterView.of(roster.setRoster(post, null, r.primary(), r.backup()));
  }

  /** The A/B of a post on one day. */
  @PUT
  @Path("/duty-roster/{post}/{day}")
  @Consumes(MediaType.APPLICATION_JSON)
  public RosterView setDay(
      @PathParam("post") String post, @PathParam("day") String day, RosterRequest r) {
    Bodies.required(r);
    return RosterView.of(
        roster.setRoster(post, SlaContractResource.date(day), r.primary(), r.backup()));
  }

  @GET
  @Path("/duty-absences")
  public List<AbsenceView> absences() {
    return roster.absences().stream().map(AbsenceView::of).toList();
  }

  @POST
  @Path("/duty-absences")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addAbsence(AbsenceRequest r) {
    Bodies.required(r);
    if (r.username() == null || r.from() == null || r.to() == null) {
      throw new BadRequestException("username, from and to are required");
    }
    return Response.status(Response.Status.CREATED)
        .entity(AbsenceView.of(roster.addAbsence(r.username(), r.from(), r.to(), r.reason())))
        .build();
  }
}
