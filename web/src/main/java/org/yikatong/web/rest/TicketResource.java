package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.yikatong.servicedesk.application.NewTicket;
import org.yikatong.servicedesk.application.RepairChargeProposal;
import org.yikatong.servicedesk.application.Tickets;
import org.yikatong.servicedesk.domain.ticket.RepairCharge;
import org.yikatong.servicedesk.domain.ticket.SlaEvent;
import org.yikatong.servicedesk.domain.ticket.Ticket;
import org.yikatong.servicedesk.domain.ticket.TicketEvent;
import org.yikatong.servicedesk.domain.ticket.TicketLevel;
import org.yikatong.servicedesk.domain.ticket.TicketStatus;

/**
 * {@code /api/v1/tickets}: fault tickets for the helpdesk and technicians, and for card holders
 * their own (opened through the app channel, followed by ticket number).
 */
@Path("/v1/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class TicketResource {

  @Inject Tickets tickets;
  @Inject org.yikatong.servicedesk.application.SlaWatch slaWatch;
  @Inject org.yikatong.servicedesk.application.AssetRegister assets;

  /** A warning before an SLA deadline or the breach after it. */
  public record SlaEventView(String target, String kind, Instant dueAt, Instant recordedAt) {}

  /** Checks every open ticket's deadlines now (the watch also runs every minute). */
  @POST
  @Path("/sla-check")
  public java.util.Map<String, Integer> slaCheck() {
    return java.util.Map.of("recorded", slaWatch.check());
  }

  @GET
  @Path("/{ticketNo}/sla-events")
  public List<SlaEventView> slaEvents(@PathParam("ticketNo") String ticketNo) {
    return slaWatch.of(tickets.find(ticketNo)).stream()
        .map(
            e ->
                new SlaEventView(
                    e.getTarget().name(), e.getKind().name(), e.getDueAt(), e.getRecordedAt()))
        .toList();
  }

  @Context UriInfo uriInfo;

  /** Text for a step: a reason, a question, an answer, a resolution, a comment. */
  public record StepRequest(
      String text,
      String technician,
      Integer rating,
      String kind,
      TicketLevel level,
      Instant until) {}

  public record EventView(
      Instant at, String actor, String kind, String fromStatus, String toStatus, String text) {
    static EventView of(TicketEvent e) {
      return new EventView(
          e.getAt(),
          e.getActor(),
          e.getKind(),
          e.getFromStatus() == null ? null : e.getFromStatus().name(),
          e.getToStatus() == null ? null : e.getToStatus().name(),
          e.getText());
    }
  }

  public record TicketView(
      String ticketNo,
      String channel,
      String status,
      String level,
      String category,
      String title,
      String description,
      String reporterName,
      String reporterContact,
      String reporterHolderNo,
      String terminalId,
      String location,
      Long journalEntryId,
      String assignee,
      String resolution,
      Integer rating,
      Instant createdAt,
      Instant respondedAt,
      Instant responseDue,
      Instant resolutionDue,
      Instant resolvedAt,
      Instant closedAt,
      Instant onSiteDue,
      Instant onSiteAt,
      Instant planDue,
      Instant planAt,
      Instant fixPlanDue,
      Instant fixPlanAt,
      Instant waitingUntil,
      int escalationStep,
      String escalatedTo,
      List<EventView> history,
      ResponsibilityView responsibility,
      ChargeView charge) {
    static TicketView of(Ticket t) {
      return new TicketView(
          t.getTicketNo(),
          t.getChannel().name(),
          t.getStatus().name(),
          t.getLevel().name(),
          t.getCategory().name(),
          t.getTitle(),
          t.getDescription(),
          t.getReporterName(),
          t.getReporterContact(),
          t.getReporterHolderNo(),
          t.getTerminalCode(),
          t.getLocation(),
          t.getJournalEntryId(),
          t.getAssignee(),
          t.getResolution(),
          t.getRating().orElse(null),
          t.getCreatedAt(),
          t.getRespondedAt(),
          t.responseDue(),
          t.resolutionDue(),
          t.getResolvedAt(),
          t.getClosedAt(),
          t.due(SlaEvent.Target.ON_SITE),
          t.getOnSiteAt(),
          t.due(SlaEvent.Target.PLAN),
          t.getPlanAt(),
          t.due(SlaEvent.Target.FIX_PLAN),
          t.getFixPlanAt(),
          t.getWaitingUntil(),
          t.getEscalationStep(),
          t.getEscalatedTo(),
          t.getEvents().stream().map(EventView::of).toList(),
          new ResponsibilityView(
              t.getResponsibleParty() == null ? null : t.getResponsibleParty().name(),
              t.getResponsibilityNote(),
              t.getHandedTo()),
          t.getRepairCharge() == null
              ? null
              : new ChargeView(
                  t.getRepairCharge().name(),
                  t.getChargeReason(),
                  t.getLabourMinutes(),
                  t.getPartsCostFen(),
                  t.getLabourCostFen(),
                  t.chargedFen()));
    }
  }

  /**
   * Who answers for the ticket and why; the outside contact it was handed to, if any.
   *
   * @param party HARDWARE_SUPPLIER, SOFTWARE_DEVELOPER, UNIVERSITY_IT or CARD_HOLDER
   */
  public record ResponsibilityView(String party, String note, String handedTo) {}

  /** How the repair is paid for, and a chargeable one's cost in fen. */
  public record ChargeView(
      String charge,
      String reason,
      Integer labourMinutes,
      Long partsFen,
      Long labourFen,
      long totalFen) {}

  /**
   * A resolution and the repair's classification: {@code {"text": "…", "charge": "WARRANTY" |
   * "DAMAGE_BY_PEOPLE" | "OUT_OF_WARRANTY", "reason": "…", "labourMinutes": 45}}. Without a charge
   * the system's proposal applies, with its stated reason.
   */
  public record ResolveRequest(
      String text, RepairCharge charge, String reason, Integer labourMinutes) {}

  /** A change of the responsible party: {@code {"party": "UNIVERSITY_IT", "reason": "…"}}. */
  public record ResponsibilityRequest(String party, String reason) {}

  /** What the system proposes for a repair, and why. */
  public record ProposalView(String charge, String reason) {}

  @POST
  public Response open(NewTicket request) {
    if (request == null) {
      throw new BadRequestException("A ticket body is required");
    }
    TicketView view = TicketView.of(tickets.open(request));
    return Response.created(uriInfo.getAbsolutePathBuilder().path(view.ticketNo()).build())
        .entity(view)
        .build();
  }

  @GET
  public List<TicketView> list(
      @QueryParam("status") TicketStatus status, @QueryParam("max") @DefaultValue("100") int max) {
    return tickets.list(status, max).stream().map(TicketView::of).toList();
  }

  @GET
  @Path("/{ticketNo}")
  public TicketView ticket(@PathParam("ticketNo") String ticketNo) {
    return TicketView.of(tickets.find(ticketNo));
  }

  @POST
  @Path("/{ticketNo}/assign")
  public TicketView assign(@PathParam("ticketNo") String ticketNo, StepRequest r) {
    Bodies.required(r);
    return TicketView.of(tickets.assign(ticketNo, r.technician(), r.text()));
  }

  /** Dispatches the ticket again by the duty roster. */
  @POST
  @Path("/{ticketNo}/dispatch")
  public TicketView dispatch(@PathParam("ticketNo") String ticketNo) {
    return TicketView.of(tickets.dispatch(ticketNo));
  }

  /** A technician is on site ({@code text}: an optional note). */
  @POST
  @Path("/{ticketNo}/on-site")
  public TicketView onSite(@PathParam("ticketNo") String ticketNo, StepRequest r) {
    return TicketView.of(tickets.arriveOnSite(ticketNo, r == null ? null : r.text()));
  }

  /** A written plan handed over: {@code kind} PLAN (default) or FIX_PLAN, {@code text} the plan. */
  @POST
  @Path("/{ticketNo}/plan")
  public TicketView plan(@PathParam("ticketNo") String ticketNo, StepRequest r) {
    Bodies.required(r);
    SlaEvent.Target kind;
    try {
      kind = r.kind() == null ? SlaEvent.Target.PLAN : SlaEvent.Target.valueOf(r.kind());
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("kind is PLAN or FIX_PLAN: " + r.kind());
    }
    return TicketView.of(tickets.handOverPlan(ticketNo, kind, r.text()));
  }

  @POST
  @Path("/{ticketNo}/start")
  public TicketView start(@PathParam("ticketNo") String ticketNo) {
    return TicketView.of(tickets.start(ticketNo));
  }

  @POST
  @Path("/{ticketNo}/wait")
  public TicketView waitForReporter(@PathParam("ticketNo") String ticketNo, StepRequest r) {
    Bodies.required(r);
    return TicketView.of(tickets.waitForReporter(ticketNo, r.text(), r.until()));
  }

  @POST
  @Path("/{ticketNo}/answer")
  public TicketView answer(@PathParam("ticketNo") String ticketNo, StepRequest r) {
    Bodies.required(r);
    return TicketView.of(tickets.reporterAnswered(ticketNo, r.text()));
  }

  @POST
  @Path("/{ticketNo}/resolve")
  public TicketView resolve(@PathParam("ticketNo") String ticketNo, ResolveRequest r) {
    Bodies.required(r);
    return TicketView.of(
        tickets.resolve(ticketNo, r.text(), r.charge(), r.reason(), r.labourMinutes()));
  }

  /** What the system proposes for the ticket's repair, were it resolved now. */
  @GET
  @Path("/{ticketNo}/charge-proposal")
  public ProposalView chargeProposal(@PathParam("ticketNo") String ticketNo) {
    RepairChargeProposal p = tickets.proposeCharge(ticketNo);
    return new ProposalView(p.charge().name(), p.reason());
  }

  /** Corrects the classification of a resolved ticket's repair; the reason is required. */
  @PUT
  @Path("/{ticketNo}/charge")
  public TicketView correctCharge(@PathParam("ticketNo") String ticketNo, ResolveRequest r) {
    Bodies.required(r);
    if (r.charge() == null) {
      throw new BadRequestException(
          "charge (WARRANTY, DAMAGE_BY_PEOPLE, OUT_OF_WARRANTY) is required");
    }
    return TicketView.of(
        tickets.correctCharge(ticketNo, r.charge(), r.reason(), r.labourMinutes()));
  }

  /** Holds another party responsible, with the reason (required). */
  @PUT
  @Path("/{ticketNo}/responsibility")
  public TicketView changeResponsibility(
      @PathParam("ticketNo") String ticketNo, ResponsibilityRequest r) {
    Bodies.required(r);
    if (r.party() == null) {
      throw new BadRequestException(
          "party (HARDWARE_SUPPLIER, SOFTWARE_DEVELOPER, UNIVERSITY_IT, CARD_HOLDER) is required");
    }
    return TicketView.of(
        tickets.changeResponsibility(ticketNo, SlaContractResource.party(r.party()), r.reason()));
  }

  @POST
  @Path("/{ticketNo}/confirm")
  public TicketView confirm(@PathParam("ticketNo") String ticketNo, StepRequest r) {
    if (r == null || r.rating() == null) {
      throw new BadRequestException("rating (1 to 5) is required");
    }
    return TicketView.of(tickets.confirm(ticketNo, r.rating(), r.text()));
  }

  @POST
  @Path("/{ticketNo}/reopen")
  public TicketView reopen(@PathParam("ticketNo") String ticketNo, StepRequest r) {
    Bodies.required(r);
    return TicketView.of(tickets.reopen(ticketNo, r.text()));
  }

  @POST
  @Path("/{ticketNo}/comments")
  public TicketView comment(@PathParam("ticketNo") String ticketNo, StepRequest r) {
    Bodies.required(r);
    return TicketView.of(
        tickets.comment(ticketNo, r.kind() == null ? "COMMENT" : r.kind(), r.text()));
  }

  /** The journal entry a ticket is about. */
  public record JournalEntryLink(Long journalEntryId) {}

  @PUT
  @Path("/{ticketNo}/journal-entry")
  public TicketView linkJournalEntry(
      @PathParam("ticketNo") String ticketNo, JournalEntryLink link) {
    if (link == null || link.journalEntryId() == null) {
      throw new BadRequestException("journalEntryId is required");
    }
    return TicketView.of(tickets.linkJournalEntry(ticketNo, link.journalEntryId()));
  }

  /** The registered asset a ticket is about, by serial number (blank: none). */
  public record AssetLink(String serial) {}

  /** The asset a ticket names and its warranty today; all null but the number when none. */
  public record TicketAssetView(
      String ticketNo,
      String serialNo,
      String type,
      String model,
      String location,
      String supplier,
      java.time.LocalDate warrantyEnd,
      Boolean inWarranty) {}

  @GET
  @Path("/{ticketNo}/asset")
  public TicketAssetView asset(@PathParam("ticketNo") String ticketNo) {
    return assetView(ticketNo);
  }

  /** Names the asset at fault by its serial number (404 when none has it); blank for none. */
  @PUT
  @Path("/{ticketNo}/asset")
  public TicketAssetView asset(@PathParam("ticketNo") String ticketNo, AssetLink link) {
    if (link == null) {
      throw new BadRequestException("serial is required (blank for no asset)");
    }
    tickets.concernsAsset(ticketNo, link.serial());
    return assetView(ticketNo);
  }

  private TicketAssetView assetView(String ticketNo) {
    return tickets
        .assetOf(ticketNo)
        .map(a -> assets.find(a.getSerialNo()))
        .map(
            r ->
                new TicketAssetView(
                    ticketNo,
                    r.asset().getSerialNo(),
                    r.asset().getType().name(),
                    r.asset().getModel(),
                    r.asset().getLocation(),
                    r.asset().getSupplier(),
                    r.warrantyEnd(),
                    r.inWarranty()))
        .orElse(new TicketAssetView(ticketNo, null, null, null, null, null, null, null));
  }

  @PUT
  @Path("/{ticketNo}/level")
  public TicketView level(@PathParam("ticketNo") String ticketNo, StepRequest r) {
    if (r == null || r.level() == null) {
      throw new BadRequestException("level (LEVEL_1, LEVEL_2, LEVEL_3) is required");
    }
    return TicketView.of(tickets.setLevel(ticketNo, r.level()));
  }
}
