package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.util.List;
import org.yikatong.servicedesk.application.MaintenanceRequests;
import org.yikatong.servicedesk.application.MaintenanceWatch;
import org.yikatong.servicedesk.application.NewMaintenanceRequest;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceDeadline;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceKind;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceRequest;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceRequestEvent;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceStatus;

/**
 * {@code /api/v1/maintenance-requests}: maintenance requests on the user problem feedback and
 * resolution form, each step of the form a POST, and the form as PDF.
 */
@Path("/v1/maintenance-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class MaintenanceRequestResource {

  @Inject MaintenanceRequests requests;
  @Inject MaintenanceWatch watch;
  @Context UriInfo uriInfo;

  /**
   * The text of a step: the opinion, reason, plan, record, verification or confirmation; {@code by}
   * names who agreed or confirmed for the user (the requester if absent).
   */
  public record StepRequest(String text, String by) {}

  public record EventView(
      Instant at, String actor, String kind, String fromStatus, String toStatus, String text) {
    static EventView of(MaintenanceRequestEvent e) {
      return new EventView(
          e.getAt(),
          e.getActor(),
          e.getKind(),
          e.getFromStatus() == null ? null : e.getFromStatus().name(),
          e.getToStatus() == null ? null : e.getToStatus().name(),
          e.getText());
    }
  }

  /**
   * A contract deadline of a custom change request: when due, from when its warning is due, when
   * met, when its warning and its breach were recorded.
   */
  public record DeadlineView(
      String deadline,
      Instant due,
      Instant warningFrom,
      Instant metAt,
      Instant warnedAt,
      Instant breachedAt) {}

  public record RequestView(
      String requestNo,
      String kind,
      boolean customRequest,
      String status,
      String requestingUnit,
      String requesterName,
      String requesterContact,
      String requesterHolderNo,
      String ticketNo,
      String terminalId,
      String title,
      String description,
      String handlingOpinion,
      String rejectionReason,
      String plan,
      String planAgreedBy,
      String implementation,
      String verification,
      String userConfirmation,
      String confirmedBy,
      Instant createdAt,
      String createdBy,
      Instant reviewedAt,
      Instant planAgreedAt,
      Instant startedAt,
      Instant implementedAt,
      Instant verifiedAt,
      Instant confirmedAt,
      Instant archivedAt,
      List<DeadlineView> deadlines,
      List<EventView> history) {
    static RequestView of(MaintenanceRequest r) {
      List<DeadlineView> deadlines =
          java.util.Arrays.stream(MaintenanceDeadline.values())
              .filter(d -> r.due(d) != null)
              .map(
                  d ->
                      new DeadlineView(
                          d.name(),
                          r.due(d),
                          r.warnFrom(d),
                          r.metAt(d),
                          r.warnedAt(d),
                          r.breachedAt(d)))
              .toList();
      return new RequestView(
          r.getRequestNo(),
          r.getKind().name(),
          r.getKind().isCustomRequest(),
          r.getStatus().name(),
          r.getRequestingUnit(),
          r.getRequesterName(),
          r.getRequesterContact(),
          r.getRequesterHolderNo(),
          r.getTicket() == null ? null : r.getTicket().getTicketNo(),
          r.getTerminalCode(),
          r.getTitle(),
          r.getDescription(),
          r.getHandlingOpinion(),
          r.getRejectionReason(),
          r.getPlan(),
          r.getPlanAgreedBy(),
          r.getImplementation(),
          r.getVerification(),
          r.getUserConfirmation(),
          r.getConfirmedBy(),
          r.getCreatedAt(),
          r.getCreatedBy(),
          r.getReviewedAt(),
          r.getPlanAgreedAt(),
          r.getStartedAt(),
          r.getImplementedAt(),
          r.getVerifiedAt(),
          r.getConfirmedAt(),
          r.getArchivedAt(),
          deadlines,
          r.getEvents().stream().map(EventView::of).toList());
    }
  }

  @POST
  public Response submit(NewMaintenanceRequest form) {
    RequestView view = RequestView.of(requests.submit(Bodies.required(form)));
    return Response.created(uriInfo.getAbsolutePathBuilder().path(view.requestNo()).build())
        .entity(view)
        .build();
  }

  @GET
  public List<RequestView> list(
      @QueryParam("kind") MaintenanceKind kind,
      @QueryParam("status") MaintenanceStatus status,
      @QueryParam("max") @DefaultValue("100") int max) {
    return requests.list(kind, status, max).stream().map(RequestView::of).toList();
  }

  /**
   * Checks the custom requests' deadlines now (the watch also runs every minute): records the
   * warnings and breaches due, and answers how many.
   */
  @POST
  @Path("/deadline-check")
  public java.util.Map<String, Integer> deadlineCheck() {
    return java.util.Map.of("recorded", watch.check());
  }

  @GET
  @Path("/{no}")
  public RequestView request(@PathParam("no") String no) {
    return RequestView.of(requests.find(no));
  }

  @POST
  @Path("/{no}/review")
  public RequestView review(@PathParam("no") String no, StepRequest step) {
    return RequestView.of(requests.review(no, Bodies.required(step).text()));
  }

  @POST
  @Path("/{no}/reject")
  public RequestView reject(@PathParam("no") String no, StepRequest step) {
    return RequestView.of(requests.reject(no, Bodies.required(step).text()));
  }

  @POST
  @Path("/{no}/plan")
  public RequestView plan(@PathParam("no") String no, StepRequest step) {
    Bodies.required(step);
    return RequestView.of(requests.agreePlan(no, step.text(), step.by()));
  }

  @POST
  @Path("/{no}/start")
  public RequestView start(@PathParam("no") String no) {
    return RequestView.of(requests.startImplementation(no, null));
  }

  @POST
  @Path("/{no}/implement")
  public RequestView implement(@PathParam("no") String no, StepRequest step) {
    return RequestView.of(requests.implement(no, Bodies.required(step).text()));
  }

  @POST
  @Path("/{no}/verify")
  public RequestView verify(@PathParam("no") String no, StepRequest step) {
    return RequestView.of(requests.verify(no, Bodies.required(step).text()));
  }

  @POST
  @Path("/{no}/confirm")
  public RequestView confirm(@PathParam("no") String no, StepRequest step) {
    Bodies.required(step);
    return RequestView.of(requests.confirm(no, step.text(), step.by()));
  }

  @POST
  @Path("/{no}/archive")
  public RequestView archive(@PathParam("no") String no) {
    return RequestView.of(requests.archive(no, null));
  }

  /** The form with its whole history, to print. */
  @GET
  @Path("/{no}/form.pdf")
  @Produces("application/pdf")
  public Response form(@PathParam("no") String no) {
    byte[] pdf = requests.formPdf(no);
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "inline; filename=\"" + no + ".pdf\"")
        .build();
  }
}
