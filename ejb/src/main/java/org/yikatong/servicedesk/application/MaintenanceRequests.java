package org.yikatong.servicedesk.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.yikatong.card.domain.CardHolder;
import org.yikatong.card.domain.CardHolderRepository;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.BusinessDay;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.security.application.Audited;
import org.yikatong.security.application.CallerRoles;
import org.yikatong.security.domain.Role;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceKind;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceRequest;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceRequestRepository;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceStatus;
import org.yikatong.servicedesk.domain.ticket.Ticket;
import org.yikatong.servicedesk.domain.ticket.TicketRepository;
import org.yikatong.terminal.domain.TerminalRepository;

/**
 * Maintenance requests on the user problem feedback and resolution form (after-sales plan):
 * submitted, reviewed with a handling opinion (or rejected), plan agreed with the user,
 * implemented, verified, confirmed by the user, archived. Every step is one transaction that locks
 * the request, checks the flow and the step's mandatory text and records a signed, dated event; a
 * step the flow does not allow is refused (409), a missing text is invalid (400), and either
 * changes nothing.
 *
 * <p>The helpdesk, administrators and technicians do the staff steps; the user's confirmation is
 * taken down by the helpdesk or an administrator; auditors read. A card holder submits their own
 * requests (recorded with their holder number), sees only those (another's does not exist to them:
 * 404) and gives the user's confirmation on their own request; the other steps stay staff-only.
 */
@Stateless
public class MaintenanceRequests {

  @Inject TerminalRepository terminals;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject SlaContracts contracts;
  @Inject CardHolderRepository holders;
  @Inject MaintenanceRequestRepository requests;
  @Inject TicketRepository tickets;
  @Inject MaintenanceForms forms;
  @jakarta.annotation.Resource jakarta.ejb.SessionContext session;

  /**
   * Submits a request; a ticket or terminal it names must exist (404). A card holder's request is
   * their own: their holder number is recorded, the unit and name default to their department and
   * name on the card, and a ticket they name must be one they reported (404 otherwise).
   */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN, Role.CARDHOLDER})
  @Audited
  public MaintenanceRequest submit(@NotNull @Valid NewMaintenanceRequest form) {
    boolean holder = CallerRoles.isCardHolderOnly(session);
    Ticket ticket = null;
    if (form.ticketNo() != null && !form.ticketNo().isBlank()) {
      ticket =
          tickets
              .findByNumber(form.ticketNo().strip())
              .filter(t -> !holder || caller.name().equals(t.getReporterHolderNo()))
              .orElseThrow(() -> RequestRefusedException.notFound("No ticket " + form.ticketNo()));
    }
    String unit = form.requestingUnit();
    String name = form.requesterName();
    if (holder) {
      Optional<CardHolder> card = holders.findByHolderNo(caller.name());
      if (unit == null || unit.isBlank()) {
        unit = card.map(CardHolder::getDepartment).orElse(null);
      }
      if (name == null || name.isBlank()) {
        name = card.map(CardHolder::getFullName).orElse(caller.name());
      }
    }
    String terminal = form.terminalId() == null ? null : form.terminalId().strip();
    if (terminal != null && !terminal.isEmpty() && terminals.findByCode(terminal).isEmpty()) {
      throw RequestRefusedException.notFound("No terminal " + terminal);
    }
    Instant now = clock.instant();
    MaintenanceRequest request;
    try {
      request =
          new MaintenanceRequest(
              form.kind(),
              unit,
              name,
              form.requesterContact(),
              holder ? caller.name() : null,
              ticket,
              terminal,
              form.title(),
              form.description(),
              now,
              caller.name());
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
    requests.add(request);
    request.numbered(BusinessDay.of(now));
    request.scheduleDeadlines(contracts.defaultCalendar());
    return request;
  }

  /** A request by its number: staff see every request, a card holder only their own. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN, Role.AUDITOR, Role.CARDHOLDER})
  public MaintenanceRequest find(@NotBlank String requestNo) {
    return load(requestNo, false);
  }

  /**
   * Requests of a kind and in a status (either may be null for all), newest first; a card holder's
   * own only.
   */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN, Role.AUDITOR, Role.CARDHOLDER})
  public List<MaintenanceRequest> list(MaintenanceKind kind, MaintenanceStatus status, int max) {
    boolean holder = CallerRoles.isCardHolderOnly(session);
    return requests.listNewestFirst(
        kind, status, holder ? caller.name() : null, Math.min(Math.max(1, max), 500));
  }

  /** The review's handling opinion (处理意见). */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN})
  @Audited
  public MaintenanceRequest review(@NotBlank String requestNo, @NotBlank String opinion) {
    return step(requestNo, r -> r.review(opinion, clock.instant(), caller.name()));
  }

  /** Refused at review, with the reason. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN})
  @Audited
  public MaintenanceRequest reject(@NotBlank String requestNo, @NotBlank String reason) {
    return step(requestNo, r -> r.reject(reason, clock.instant(), caller.name()));
  }

  /** The plan agreed with the user; {@code agreedBy} who agreed for the user (the requester). */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN})
  @Audited
  public MaintenanceRequest agreePlan(
      @NotBlank String requestNo, @NotBlank String plan, String agreedBy) {
    return step(requestNo, r -> r.agreePlan(plan, agreedBy, clock.instant(), caller.name()));
  }

  /** The implementation starts (meets the "started within a week" deadline). */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN})
  @Audited
  public MaintenanceRequest startImplementation(@NotBlank String requestNo, String note) {
    return step(requestNo, r -> r.startImplementation(note, clock.instant(), caller.name()));
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN})
  @Audited
  public MaintenanceRequest implement(@NotBlank String requestNo, @NotBlank String record) {
    return step(requestNo, r -> r.implement(record, clock.instant(), caller.name()));
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN})
  @Audited
  public MaintenanceRequest verify(@NotBlank String requestNo, @NotBlank String result) {
    return step(requestNo, r -> r.verify(result, clock.instant(), caller.name()));
  }

  /**
   * The user's confirmation, taken down by the helpdesk ({@code confirmedBy} the user's name) or
   * given by the card holder on their own request (then they confirm as the requester).
   */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.CARDHOLDER})
  @Audited
  public MaintenanceRequest confirm(
      @NotBlank String requestNo, @NotBlank String confirmation, String confirmedBy) {
    boolean holder = CallerRoles.isCardHolderOnly(session);
    return step(
        requestNo,
        r ->
            r.confirm(
                confirmation,
                holder ? r.getRequesterName() : confirmedBy,
                clock.instant(),
                caller.name()));
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public MaintenanceRequest archive(@NotBlank String requestNo, String note) {
    return step(requestNo, r -> r.archive(note, clock.instant(), caller.name()));
  }

  /** The form with its whole history, as a PDF (a card holder's own only). */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN, Role.AUDITOR, Role.CARDHOLDER})
  public byte[] formPdf(@NotBlank String requestNo) {
    return forms.render(load(requestNo, false), clock.instant());
  }

  private MaintenanceRequest step(String requestNo, Consumer<MaintenanceRequest> change) {
    MaintenanceRequest request = load(requestNo, true);
    try {
      change.accept(request);
    } catch (IllegalStateException e) {
      throw RequestRefusedException.conflict(e.getMessage());
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
    request.scheduleDeadlines(contracts.defaultCalendar());
    return request;
  }

  private MaintenanceRequest load(String requestNo, boolean lock) {
    MaintenanceRequest request =
        (lock ? requests.lockByNumber(requestNo) : requests.findByNumber(requestNo))
            .orElseThrow(
                () -> RequestRefusedException.notFound("No maintenance request " + requestNo));
    // To a card holder, another's request does not exist.
    if (CallerRoles.isCardHolderOnly(session)
        && !caller.name().equals(request.getRequesterHolderNo())) {
      throw RequestRefusedException.notFound("No maintenance request " + requestNo);
    }
    return request;
  }
}
