package org.yikatong.inspection.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When a schedule's rounds fall, in Asia/Shanghai: every N hours within the duty hours 8:00–24:00
 * (after-sales plan) (at 8:00, 8:00 + N, … while before 24:00, every day), or weekly on a weekday
 * at a time of day within the duty hours.
 *
 * @param everyHours the interval of an {@link Kind#EVERY_N_HOURS} recurrence (1–16), else null
 * @param weekday the day of a {@link Kind#WEEKLY} recurrence, else null
 * @param at the time of day of a {@link Kind#WEEKLY} recurrence, else null
 */
public record Recurrence(Kind kind, Integer everyHours, DayOfWeek weekday, LocalTime at) {

  /** How a recurrence repeats. */
  public enum Kind {
    EVERY_N_HOURS,
    WEEKLY
  }

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** Duty hours start at 8:00 and end at midnight (after-sales plan). */
  public static final LocalTime DUTY_START = LocalTime.of(8, 0);

  private static final int DUTY_HOURS = 16;

  public Recurrence {
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.EVERY_N_HOURS) {
      if (everyHours == null || everyHours < 1 || everyHours > DUTY_HOURS) {
        throw new IllegalArgumentException("巡检间隔须为 1–16 小时: " + everyHours);
      }
      if (weekday != null || at != null) {
        throw new IllegalArgumentException("An hourly recurrence has no weekday or time");
      }
    } else {
      if (weekday == null || at == null) {
        throw new IllegalArgumentException("A weekly recurrence needs a weekday and a time");
      }
      if (at.isBefore(DUTY_START)) {
        throw new IllegalArgumentException("巡检时间须在值班时间 8:00–24:00 内: " + at);
      }
      if (everyHours != null) {
        throw new IllegalArgumentException("A weekly recurrence has no hourly interval");
      }
    }
  }

  public static Recurrence everyHours(int hours) {
    return new Recurrence(Kind.EVERY_N_HOURS, hours, null, null);
  }

  public static Recurrence weekly(DayOfWeek weekday, LocalTime at) {
    return new Recurrence(Kind.WEEKLY, null, weekday, at);
  }

  /** The time between two rounds: N hours, or a week. */
  public Duration interval() {
    return kind == Kind.EVERY_N_HOURS ? Duration.ofHours(everyHours) : Duration.ofDays(7);
  }

  /** The first time a round falls at or after {@code t}. */
  public Instant firstAtOrAfter(Instant t) {
    LocalDate day = t.atZone(ZONE).toLocalDate();
    // Within 8 days there is always one: the next duty day, or the next such weekday.
    for (int i = 0; i <= 8; i++) {
      for (LocalTime slot : slotsOn(day.plusDays(i))) {
        Instant candidate = ZonedDateTime.of(day.plusDays(i), slot, ZONE).toInstant();
        if (!candidate.isBefore(t)) {
          return candidate;
        }
      }
    }
    throw new IllegalStateException("No occurrence within a week of " + t);
  }

  /** Every time a round falls from {@code from} to {@code to}, both included, in order. */
  public List<Instant> between(Instant from, Instant to) {
    List<Instant> times = new ArrayList<>();
    for (Instant t = firstAtOrAfter(from); !t.isAfter(to); t = firstAtOrAfter(t.plusSeconds(1))) {
      times.add(t);
    }
    return times;
  }

  private List<LocalTime> slotsOn(LocalDate day) {
    if (kind == Kind.WEEKLY) {
      return day.getDayOfWeek() == weekday ? List.of(at) : List.of();
    }
    List<LocalTime> slots = new ArrayList<>();
    for (int h = 0; h < DUTY_HOURS; h += everyHours) {
      slots.add(DUTY_START.plusHours(h));
    }
    return slots;
  }
}
