package org.yikatong.servicedesk.domain.calendar;

import java.time.Duration;
import java.util.Objects;

/**
 * How long something may take: clock time (minutes or hours, counted round the clock or in duty
 * hours only, as the policy says) or working days (counted in duty hours on working days, one
 * working day being one duty day).
 *
 * @param amount how many units, more than zero
 */
public record SlaTarget(long amount, Unit unit) {

  /** What the amount counts. */
  public enum Unit {
    MINUTES,
    HOURS,
    WORKING_DAYS
  }

  public SlaTarget {
    Objects.requireNonNull(unit, "unit");
    if (amount <= 0) {
      throw new IllegalArgumentException("An SLA target is more than zero: " + amount);
    }
  }

  public static SlaTarget minutes(long amount) {
    return new SlaTarget(amount, Unit.MINUTES);
  }

  public static SlaTarget hours(long amount) {
    return new SlaTarget(amount, Unit.HOURS);
  }

  public static SlaTarget workingDays(long amount) {
    return new SlaTarget(amount, Unit.WORKING_DAYS);
  }

  /** The clock time of a minutes or hours target. */
  public Duration clockTime() {
    return switch (unit) {
      case MINUTES -> Duration.ofMinutes(amount);
      case HOURS -> Duration.ofHours(amount);
      case WORKING_DAYS -> throw new IllegalStateException("Working days are not clock time");
    };
  }

  @Override
  public String toString() {
    return amount + " " + unit.name().toLowerCase().replace('_', ' ');
  }
}
