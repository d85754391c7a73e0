package org.yikatong.servicedesk.domain.ticket;

/** What kind of fault a ticket is about. */
public enum TicketCategory {
  HARDWARE,
  SOFTWARE,
  NETWORK,
  POWER,
  OPERATOR_ERROR,
  SECURITY
}
