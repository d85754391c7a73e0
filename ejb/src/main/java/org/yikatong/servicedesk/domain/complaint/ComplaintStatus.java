package org.yikatong.servicedesk.domain.complaint;

import java.util.Set;

/**
 * A complaint's way: received OPEN, INVESTIGATING while someone looks into it, then RESOLVED (the
 * complaint was justified and dealt with) or REJECTED (it was not), both with a reply to the
 * complainant and final.
 */
public enum ComplaintStatus {
  OPEN,
  INVESTIGATING,
  RESOLVED,
  REJECTED;

  public Set<ComplaintStatus> next() {
    return switch (this) {
      case OPEN -> Set.of(INVESTIGATING);
      case INVESTIGATING -> Set.of(RESOLVED, REJECTED);
      case RESOLVED, REJECTED -> Set.of();
    };
  }

  public boolean isFinal() {
    return next().isEmpty();
  }
}
