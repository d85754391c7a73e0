package org.yikatong.servicedesk.application;

/** What the service desk tells people about a ticket or a maintenance request. */
public enum NoticeKind {
  /** A ticket was given to a technician. */
  ASSIGNED,
  /** A deadline is near. */
  SLA_WARNING,
  /** A deadline was missed. */
  SLA_BREACH,
  /** A ticket was escalated to the team lead or the manager. */
  ESCALATED,
  /** A ticket was resolved. */
  RESOLVED,
  /** A ticket no post takes was handed to an outside party's contact. */
  HANDED_OVER,
  /** A ticket a vendor answers for was taken by another party's post: the vendor is told. */
  VENDOR_INFORMED,
  /** A ticket waited for its reporter until its date without an answer and is back at work. */
  WAIT_ENDED
}
