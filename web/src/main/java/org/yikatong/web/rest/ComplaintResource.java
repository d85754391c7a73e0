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
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yikatong.servicedesk.application.Complaints;
import org.yikatong.servicedesk.application.NewComplaint;
import org.yikatong.servicedesk.domain.complaint.Complaint;
import org.yikatong.servicedesk.domain.complaint.ComplaintStatus;

/**
 * {@code /api/v1/complaints}: complaint tracking — recorded by the helpdesk from any channel or
 * filed by card holders about themselves, investigated, resolved or rejected with a reply; counted
 * per month for the statistics.
 */
@Path("/v1/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class ComplaintResource {

  @Inject Complaints complaints;
  @Context UriInfo uriInfo;

  public record ReplyRequest(String reply) {}

  public record ComplaintView(
      long id,
      String complainant,
      String complainantHolderNo,
      String contact,
      String channel,
      String subject,
      String text,
      String ticketNo,
      String staffConcerned,
      String status,
      String reply,
      Instant receivedAt,
      String receivedBy,
      Instant investigatedAt,
      String investigator,
      Instant closedAt,
      String closedBy) {
    static ComplaintView of(Complaint c) {
      return new ComplaintView(
          c.getId(),
          c.getComplainant(),
          c.getComplainantHolderNo(),
          c.getContact(),
          c.getChannel().name(),
          c.getSubject(),
          c.getText(),
          c.getTicketNo(),
          c.getStaffConcerned(),
          c.getStatus().name(),
          c.getReply(),
          c.getReceivedAt(),
          c.getReceivedBy(),
          c.getInvestigatedAt(),
          c.getInvestigator(),
          c.getClosedAt(),
          c.getClosedBy());
    }
  }

  @POST
  public Response file(NewComplaint request) {
    ComplaintView view = ComplaintView.of(complaints.file(Bodies.required(request)));
    return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
        .entity(view)
        .build();
  }

  /** Complaints received from..to (ISO dates, campus time, both included), newest first. */
  @GET
  public List<ComplaintView> list(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("status") ComplaintStatus status,
      @QueryParam("max") @DefaultValue("200") int max) {
    CampusPeriod period = CampusPeriod.of(from, to);
    return complaints.list(period.from(), period.to(), status, max).stream()
        .map(ComplaintView::of)
        .toList();
  }

  /** Complaints per month ({@code yyyy-MM} → count) from..to, every month present. */
  @GET
  @Path("/per-month")
  public Map<String, Long> perMonth(@QueryParam("from") String from, @QueryParam("to") String to) {
    CampusPeriod period = CampusPeriod.closed(from, to);
    Map<String, Long> counts = new LinkedHashMap<>();
    complaints.perMonth(period.from(), period.to()).forEach((m, n) -> counts.put(m.toString(), n));
    return counts;
  }

  @GET
  @Path("/{id}")
  public ComplaintView complaint(@PathParam("id") long id) {
    return ComplaintView.of(complaints.find(id));
  }

  @POST
  @Path("/{id}/investigate")
  public ComplaintView investigate(@PathParam("id") long id) {
    return ComplaintView.of(complaints.investigate(id));
  }

  @POST
  @Path("/{id}/resolve")
  public ComplaintView resolve(@PathParam("id") long id, ReplyRequest r) {
    return ComplaintView.of(complaints.resolve(id, reply(r)));
  }

  @POST
  @Path("/{id}/reject")
  public ComplaintView reject(@PathParam("id") long id, ReplyRequest r) {
    return ComplaintView.of(complaints.reject(id, reply(r)));
  }

  private static String reply(ReplyRequest r) {
    if (r == null || r.reply() == null || r.reply().isBlank()) {
      throw new BadRequestException("{\"reply\": ...} is required");
    }
    return r.reply();
  }
}
