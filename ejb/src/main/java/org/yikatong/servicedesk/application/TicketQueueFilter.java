package org.yikatong.servicedesk.application;

import org.yikatong.servicedesk.domain.ticket.TicketLevel;
import org.yikatong.servicedesk.domain.ticket.TicketStatus;

/**
 * What the helpdesk's queue shows: tickets not closed, narrowed by what is set here.
 *
 * @param status only tickets in this status; null for every status but CLOSED (RESOLVED only with
 *     {@code withResolved})
 * @param level only tickets of this level, or null
 * @param assignee only tickets assigned to this user, or null; an empty string for the unassigned
 * @param text a ticket number, or text found in the title, terminal, location or reporter, or null
 * @param withResolved whether resolved tickets waiting for their reporter's confirmation are shown
 * @param max at most this many (1–500)
 */
public record TicketQueueFilter(
    TicketStatus status,
    TicketLevel level,
    String assignee,
    String text,
    boolean withResolved,
    int max) {}
