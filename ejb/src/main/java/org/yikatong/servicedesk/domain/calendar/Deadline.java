package org.yikatong.servicedesk.domain.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A deadline and the moment its warning becomes due: the rules that the SLA targets of a ticket and
 * the contract deadlines of a maintenance request share. Where the moments are kept (columns of the
 * ticket or of the request) and how a warning or a breach is recorded (SLA events, or stamps on the
 * request) stay with each aggregate; whether one is due is decided here only.
 *
 * @param due when the step must be taken at the latest
 * @param warnFrom from when the people responsible are warned; never after {@code due}
 */
public record Deadline(Instant due, Instant warnFrom) {

  public Deadline {
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(warnFrom, "warnFrom");
    if (warnFrom.isAfter(due)) {
      throw new IllegalArgumentException("A warning comes before its deadline: " + warnFrom);
    }
  }

  /** A deadline whose warning comes a clock-time lead before it. */
  public static Deadline withLead(Instant due, Duration lead) {
    return new Deadline(due, due.minus(lead));
  }

  /**
   * Whether the deadline is missed at {@code now}: passed while the step is not taken, or the step
   * was taken late.
   *
   * @param metAt when the step was taken; null while it is not
   */
  public boolean missed(Instant metAt, Instant now) {
    return metAt == null ? !now.isBefore(due) : metAt.isAfter(due);
  }

  /**
   * Whether its warning is due at {@code now}: near (from {@code warnFrom} on) while the step is
   * not taken, or missed. A step taken in time before the warning never gets one.
   *
   * @param metAt when the step was taken; null while it is not
   */
  public boolean warningDue(Instant metAt, Instant now) {
    return metAt == null ? !now.isBefore(warnFrom) : metAt.isAfter(due);
  }
}
