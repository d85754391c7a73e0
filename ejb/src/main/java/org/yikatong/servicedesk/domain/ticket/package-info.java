/**
 * The fault ticket aggregate: a ticket with its events, pauses, SLA deadlines and SLA events, its
 * level, category, channel and status, and the SLA policy its deadlines are computed from.
 */
package org.yikatong.servicedesk.domain.ticket;
