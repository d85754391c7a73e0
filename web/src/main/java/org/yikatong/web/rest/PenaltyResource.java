package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.yikatong.servicedesk.application.PenaltyRegister;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceDeadline;
import org.yikatong.servicedesk.domain.penalty.Penalty;
import org.yikatong.servicedesk.domain.penalty.PenaltyRule;
import org.yikatong.servicedesk.domain.penalty.WarrantyDeposit;
import org.yikatong.servicedesk.domain.ticket.SlaEvent;
import org.yikatong.servicedesk.domain.ticket.TicketLevel;

/**
 * {@code /api/v1/penalties}, {@code /api/v1/warranty-deposit}, {@code /api/v1/penalty-rules}: the
 * penalty register both sides read, the deposit penalties come out of, and what each breach costs.
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class PenaltyResource {

  @Inject PenaltyRegister penalties;

  /**
   * A line of the register: a ticket's ({@code ticketNo}, {@code level}, {@code target}) or a
   * maintenance request's ({@code requestNo}, {@code target} the missed deadline). {@code status}
   * says whether it stands: CHARGED, NOT_CHARGED (the university answered for the fault) or
   * REVERSED (put on the university after it was charged), with the reason.
   */
  public record PenaltyView(
      String ticketNo,
      String requestNo,
      String level,
      String target,
      String rule,
      long claimedFen,
      long deductedFen,
      Long depositAfterFen,
      Instant recordedAt,
      String status,
      String responsibleParty,
      String statusReason,
      Instant reversedAt,
      String reversedBy) {
    static PenaltyView of(Penalty p) {
      PenaltyRule rule = p.getRule();
      return new PenaltyView(
          p.getTicket() == null ? null : p.getSubjectNo(),
          p.getRequest() == null ? null : p.getSubjectNo(),
          rule.getLevel() == null ? null : rule.getLevel().name(),
          rule.isForRequests() ? rule.getRequestTarget().name() : rule.getTarget().name(),
          rule.getDescription(),
          p.getClaimed().fen(),
          p.getDeducted().fen(),
          p.getDepositAfter() == null ? null : p.getDepositAfter().fen(),
          p.getRecordedAt(),
          p.getStatus().name(),
          p.getResponsibleParty() == null ? null : p.getResponsibleParty().name(),
          p.getStatusReason(),
          p.getReversedAt(),
          p.getReversedBy());
    }
  }

  public record DepositView(long initialFen, long balanceFen) {
    static DepositView of(WarrantyDeposit d) {
      return new DepositView(d.getInitial().fen(), d.getBalance().fen());
    }
  }

  public record DepositRequest(long initialFen) {}

  /**
   * A rule: for tickets ({@code appliesTo} TICKET, a level and an SLA target) or for custom change
   * requests ({@code appliesTo} CUSTOM_REQUEST, {@code target} a deadline).
   */
  public record RuleView(
      String appliesTo, String level, String target, long amountFen, String description) {
    static RuleView of(PenaltyRule r) {
      return r.isForRequests()
          ? new RuleView(
              "CUSTOM_REQUEST",
              null,
              r.getRequestTarget().name(),
              r.getAmount().fen(),
              r.getDescription())
          : new RuleView(
              "TICKET",
              r.getLevel().name(),
              r.getTarget().name(),
              r.getAmount().fen(),
              r.getDescription());
    }
  }

  public record RuleRequest(Long amountFen, String description) {}

  @GET
  @Path("/penalties")
  public List<PenaltyView> register() {
    return penalties.register().stream().map(PenaltyView::of).toList();
  }

  @GET
  @Path("/warranty-deposit")
  public DepositView deposit() {
    return penalties
        .deposit()
        .map(DepositView::of)
        .orElseThrow(() -> new NotFoundException("No warranty deposit is registered"));
  }

  @POST
  @Path("/warranty-deposit")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response registerDeposit(DepositRequest request) {
    if (request == null) {
      throw new BadRequestException("{\"initialFen\": ...} is required");
    }
    return Response.status(Response.Status.CREATED)
        .entity(DepositView.of(penalties.registerDeposit(request.initialFen())))
        .build();
  }

  @GET
  @Path("/penalty-rules")
  public List<RuleView> rules() {
    return penalties.rules().stream().map(RuleView::of).toList();
  }

  /** What missing a custom change request's deadline costs (UNDERSTAND, ANSWER, START). */
  @PUT
  @Path("/penalty-rules/custom-requests/{deadline}")
  @Consumes(MediaType.APPLICATION_JSON)
  public RuleView setRequestRule(
      @PathParam("deadline") MaintenanceDeadline deadline, RuleRequest request) {
    if (request == null || request.amountFen() == null || request.description() == null) {
      throw new BadRequestException("amountFen and description are required");
    }
    return RuleView.of(
        penalties.setRequestRule(deadline, request.amountFen(), request.description()));
  }

  @PUT
  @Path("/penalty-rules/{level}/{target}")
  @Consumes(MediaType.APPLICATION_JSON)
  public RuleView setRule(
      @PathParam("level") TicketLevel level,
      @PathParam("target") SlaEvent.Target target,
      RuleRequest request) {
    if (request == null || request.amountFen() == null || request.description() == null) {
      throw new BadRequestException("amountFen and description are required");
    }
    return RuleView.of(
        penalties.setRule(level, target, request.amountFen(), request.description()));
  }
}
