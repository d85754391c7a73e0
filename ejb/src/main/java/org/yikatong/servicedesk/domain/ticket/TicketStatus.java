package org.yikatong.servicedesk.domain.ticket;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a ticket stands, and where it may go from there. CLOSED is final; a resolved ticket the
 * reporter is not satisfied with is REOPENED.
 */
public enum TicketStatus {
  NEW,
  ASSIGNED,
  IN_PROGRESS,
  /** Waiting for the reporter: the SLA clock pauses. */
  WAITING_FOR_REPORTER,
  RESOLVED,
  CLOSED,
  REOPENED;

  /** The statuses this one may move to. */
  public Set<TicketStatus> next() {
    return switch (this) {
      case NEW -> EnumSet.of(ASSIGNED, WAITING_FOR_REPORTER, RESOLVED);
      case ASSIGNED, REOPENED -> EnumSet.of(ASSIGNED, IN_PROGRESS, WAITING_FOR_REPORTER, RESOLVED);
      case IN_PROGRESS -> EnumSet.of(ASSIGNED, WAITING_FOR_REPORTER, RESOLVED);
      case WAITING_FOR_REPORTER -> EnumSet.of(ASSIGNED, IN_PROGRESS, RESOLVED);
      case RESOLVED -> EnumSet.of(CLOSED, REOPENED);
      case CLOSED -> EnumSet.noneOf(TicketStatus.class);
    };
  }

  public boolean canMoveTo(TicketStatus target) {
    return next().contains(target);
  }

  /** Whether the SLA clock runs in this status. */
  public boolean clockRuns() {
    return this != WAITING_FOR_REPORTER && this != RESOLVED && this != CLOSED;
  }
}
