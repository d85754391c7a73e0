package org.yikatong.servicedesk.domain.ticket;

/** Where a fault report came from. */
public enum TicketChannel {
  WECHAT,
  APP,
  /** Entered by the helpdesk from a phone call. */
  PHONE,
  WEB,
  /** Opened by monitoring or a failed inspection item. */
  MONITORING
}
