package org.yikatong.servicedesk.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.Role;
import org.yikatong.servicedesk.domain.ticket.Ticket;
import org.yikatong.servicedesk.domain.ticket.TicketRepository;
import org.yikatong.servicedesk.domain.ticket.TicketStatus;

/**
 * What the areas above the service desk (inspection, spare parts) do with fault tickets. They name
 * a ticket by its number, or keep its id, and never hold the ticket itself. Every call joins the
 * caller's transaction.
 */
@Stateless
@RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN, Role.AUDITOR})
public class TicketWork {

  @Inject Tickets tickets;
  @Inject TicketRepository repository;

  /**
   * A ticket locked for work on it: its id, whether it is closed, and the id of the registered
   * asset it names (null: none).
   */
  public record Locked(Long id, boolean closed, Long assetId) {}

  /**
   * Opens a ticket as {@link Tickets#open} does (dispatched by the duty roster).
   *
   * @return its number
   */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN})
  @Audited
  public String open(@NotNull NewTicket request) {
    return tickets.open(request).getTicketNo();
  }

  /**
   * Locks the ticket with this number for update until the transaction ends ({@code SELECT … FOR
   * UPDATE}), so that work recorded on it runs one after another; 404 for an unknown ticket.
   */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN})
  public Locked lockForWork(@NotBlank String ticketNo) {
    Ticket ticket =
        repository
            .lockByNumber(ticketNo)
            .orElseThrow(() -> RequestRefusedException.notFound("No ticket " + ticketNo));
    return new Locked(
        ticket.getId(), ticket.getStatus() == TicketStatus.CLOSED, ticket.getAssetId());
  }

  /**
   * Adds a work log line to the ticket's history, a ticket step of its own (see {@link Tickets}).
   */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN})
  @Audited
  public void logWork(@NotBlank String ticketNo, @NotBlank String text) {
    tickets.comment(ticketNo, "WORKLOG", text);
  }

  /** The id of the ticket with this number. */
  public Optional<Long> idOf(String ticketNo) {
    return repository.findIdByNumber(ticketNo);
  }

  /**
   * The numbers of the tickets with these ids, by id (finance reads them with an asset's parts).
   */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN, Role.AUDITOR, Role.FINANCE})
  public Map<Long, String> numbersOf(@NotNull Collection<Long> ids) {
    return repository.numbersOf(ids);
  }

  /**
   * Resolves the ticket with a note saying why, as a fault that went away by itself; a ticket
   * already resolved gets the note as a comment, a closed one nothing.
   *
   * @return whether the ticket took the note
   */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public boolean resolveWithNote(@NotBlank String ticketNo, @NotBlank String note) {
    TicketStatus status = tickets.find(ticketNo).getStatus();
    if (status == TicketStatus.CLOSED) {
      return false;
    }
    if (status == TicketStatus.RESOLVED) {
      tickets.comment(ticketNo, "COMMENT", note);
    } else {
      tickets.resolve(ticketNo, note);
    }
    return true;
  }
}
