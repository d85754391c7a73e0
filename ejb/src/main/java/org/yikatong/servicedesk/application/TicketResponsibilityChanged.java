package org.yikatong.servicedesk.application;

import java.time.Instant;
import org.yikatong.servicedesk.domain.ticket.ResponsibleParty;

/**
 * The party answering for a ticket changed after it was opened: by the helpdesk, with its reason,
 * or by the contract's rules when the ticket's asset changed. Fired synchronously in the
 * transaction of the change, so observers (the penalty register) commit or roll back with it.
 *
 * @param before the party before (null when none was held)
 * @param by who changed it
 */
public record TicketResponsibilityChanged(
    String ticketNo,
    ResponsibleParty before,
    ResponsibleParty after,
    String reason,
    Instant at,
    String by) {}
