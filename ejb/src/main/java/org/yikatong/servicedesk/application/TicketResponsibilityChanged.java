package org.yikatong.servicedesk.application;

import java.time.Instant;
import org.yikatong.servicedesk.domain.ticket.ResponsibleParty;

/**
 * The helpdesk put a ticket on another party, with the reason; fired in the transaction of the
 * change, so what observes it (the penalty register) commits or rolls back with it.
 *
 * @param before the party held responsible before (null: none)
 */
public record TicketResponsibilityChanged(
    String ticketNo,
    ResponsibleParty before,
    ResponsibleParty after,
    String reason,
    Instant at,
    String by) {}
