package org.yikatong.web.console.helpdesk;

import java.time.Duration;
import java.time.Instant;

/**
 * How urgent a deadline is, for the colour of its countdown: past it, within the warning time
 * before it, or with time to spare; a deadline whose clock stands (the ticket waits for its
 * reporter) is paused whatever its time.
 */
public enum SlaClock {
  OVERDUE,
  WARNING,
  RUNNING,
  PAUSED,
  MET,
  NONE;

  /** A deadline this close is shown as a warning. */
  public static final Duration WARNING_BEFORE = Duration.ofMinutes(30);

  /** The urgency of a deadline at {@code now}. */
  public static SlaClock of(Instant due, Instant met, boolean paused, Instant now) {
    if (met != null) {
      return MET;
    }
    if (due == null) {
      return paused ? PAUSED : NONE;
    }
    if (paused) {
      return PAUSED;
    }
    if (!now.isBefore(due)) {
      return OVERDUE;
    }
    return now.plus(WARNING_BEFORE).isBefore(due) ? RUNNING : WARNING;
  }

  /** The CSS class of a countdown in this state. */
  public String styleClass() {
    return "ykt-sla-" + name().toLowerCase(java.util.Locale.ROOT);
  }
}
