package org.yikatong.servicedesk.domain.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The calendar SLA clocks run on: a time zone, duty hours (8:00–24:00 by the contract), working
 * days (Monday to Friday), public holidays, and the make-up working days that Chinese holiday
 * arrangements move onto weekends (调休).
 *
 * <p>A deadline is found by counting <em>service time</em> forward from a start: round the clock,
 * in duty hours on every day, or in duty hours on working days only; pauses (a ticket waiting for
 * its reporter) are not counted. A target in working days counts that many duty days of working
 * time: "within 1 working day" from Monday 10:00 ends Tuesday 10:00. Immutable and thread-safe.
 */
public final class WorkingCalendar {

  /** What the clock counts. */
  public enum Basis {
    /** Every second of every day. */
    ROUND_THE_CLOCK,
    /** Duty hours, every day of the week. */
    DUTY_HOURS,
    /** Duty hours on working days only. */
    WORKING_HOURS
  }

  private static final int MAX_DAYS = 3_660; // ten years: a deadline further away is an error

  private final ZoneId zone;
  private final LocalTime dutyStart;
  private final LocalTime dutyEnd; // LocalTime.MIDNIGHT means the end of the day
  private final Set<LocalDate> holidays;
  private final Set<LocalDate> makeUpWorkdays;

  /**
   * @param dutyEnd the end of duty; {@link LocalTime#MIDNIGHT} for 24:00
   */
  public WorkingCalendar(
      ZoneId zone,
      LocalTime dutyStart,
      LocalTime dutyEnd,
      Set<LocalDate> holidays,
      Set<LocalDate> makeUpWorkdays) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.dutyStart = Objects.requireNonNull(dutyStart, "dutyStart");
    this.dutyEnd = Objects.requireNonNull(dutyEnd, "dutyEnd");
    if (!dutyEnd.equals(LocalTime.MIDNIGHT) && !dutyEnd.isAfter(dutyStart)) {
      throw new IllegalArgumentException("Duty ends after it starts: " + dutyStart + "-" + dutyEnd);
    }
    this.holidays = Set.copyOf(holidays);
    this.makeUpWorkdays = Set.copyOf(makeUpWorkdays);
  }

  /** The contract's calendar: Asia/Shanghai, duty 8:00–24:00, Monday to Friday. */
  public static WorkingCalendar contract(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {
    return new WorkingCalendar(
        ZoneId.of("Asia/Shanghai"),
        LocalTime.of(8, 0),
        LocalTime.MIDNIGHT,
        holidays,
        makeUpWorkdays);
  }

  /** Whether a day is a working day: a weekday that is no holiday, or a make-up working day. */
  public boolean isWorkingDay(LocalDate day) {
    if (makeUpWorkdays.contains(day)) {
      return true;
    }
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
  }

  /** The length of one duty day (16 hours for 8:00–24:00). */
  public Duration dutyDay() {
    LocalTime end = dutyEnd.equals(LocalTime.MIDNIGHT) ? LocalTime.MAX : dutyEnd;
    Duration length = Duration.between(dutyStart, end);
    return dutyEnd.equals(LocalTime.MIDNIGHT) ? length.plusNanos(1) : length;
  }

  /**
   * When a target is due, counted from {@code start} on the basis given (working-day targets always
   * count working hours), not counting the pauses.
   *
   * @return empty while an open pause stops the clock before the target is reached
   */
  public Optional<Instant> deadline(
      Instant start, SlaTarget target, Basis clockBasis, List<ServicePause> pauses) {
    Basis basis = target.unit() == SlaTarget.Unit.WORKING_DAYS ? Basis.WORKING_HOURS : clockBasis;
    Duration needed =
        target.unit() == SlaTarget.Unit.WORKING_DAYS
            ? dutyDay().multipliedBy(target.amount())
            : target.clockTime();
    return addServiceTime(start, needed, basis, pauses);
  }

  /**
   * The instant at which {@code amount} of service time has passed since {@code start}.
   *
   * @return empty while an open pause stops the clock first
   */
  public Optional<Instant> addServiceTime(
      Instant start, Duration amount, Basis basis, List<ServicePause> pauses) {
    Duration remaining = amount;
    LocalDate day = start.atZone(zone).toLocalDate();
    for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
      for (Interval window : windows(day, basis, start, pauses)) {
        if (window.to == null) {
          return Optional.empty(); // an open pause: the clock stands still from here on
        }
        Duration length = Duration.between(window.from, window.to);
        if (length.compareTo(remaining) >= 0) {
          return Optional.of(window.from.plus(remaining));
        }
        remaining = remaining.minus(length);
      }
      if (remaining.isZero()) {
        return Optional.of(start);
      }
    }
    throw new IllegalArgumentException("No deadline within ten years for " + amount);
  }

  /** Service time counted between two instants (zero if {@code to} is not after {@code from}). */
  public Duration serviceTimeBetween(
      Instant from, Instant to, Basis basis, List<ServicePause> pauses) {
    Duration total = Duration.ZERO;
    if (!to.isAfter(from)) {
      return total;
    }
    LocalDate last = to.atZone(zone).toLocalDate();
    for (LocalDate day = from.atZone(zone).toLocalDate();
        !day.isAfter(last);
        day = day.plusDays(1)) {
      for (Interval window : windows(day, basis, from, pauses)) {
        if (!window.from.isBefore(to) || window.to == null) {
          return total; // past the end, or an open pause stops the clock here
        }
        Instant end = window.to.isAfter(to) ? to : window.to;
        total = total.plus(Duration.between(window.from, end));
      }
    }
    return total;
  }

  /**
   * The stretches of a day that count, from {@code notBefore} on, with the pauses cut out; a
   * stretch with a null end stands for an open pause that stops the clock at its start.
   */
  private List<Interval> windows(
      LocalDate day, Basis basis, Instant notBefore, List<ServicePause> pauses) {
    Instant from;
    Instant to;
    switch (basis) {
      case ROUND_THE_CLOCK -> {
        from = day.atStartOfDay(zone).toInstant();
        to = day.plusDays(1).atStartOfDay(zone).toInstant();
      }
      case DUTY_HOURS, WORKING_HOURS -> {
        if (basis == Basis.WORKING_HOURS && !isWorkingDay(day)) {
          return List.of();
        }
        from = day.atTime(dutyStart).atZone(zone).toInstant();
        to =
            dutyEnd.equals(LocalTime.MIDNIGHT)
                ? day.plusDays(1).atStartOfDay(zone).toInstant()
                : day.atTime(dutyEnd).atZone(zone).toInstant();
      }
      default -> throw new IllegalStateException(basis.name());
    }
    if (!notBefore.isBefore(to)) {
      return List.of();
    }
    if (notBefore.isAfter(from)) {
      from = notBefore;
    }
    List<Interval> result = new ArrayList<>(List.of(new Interval(from, to)));
    List<ServicePause> sorted = new ArrayList<>(pauses);
    sorted.sort(Comparator.comparing(ServicePause::from));
    for (ServicePause pause : sorted) {
      List<Interval> next = new ArrayList<>();
      for (Interval piece : result) {
        next.addAll(piece.minus(pause));
      }
      result = next;
    }
    return result;
  }

  /** A stretch of time; {@code to} null marks where an open pause stops the clock. */
  private record Interval(Instant from, Instant to) {

    List<Interval> minus(ServicePause pause) {
      if (to == null) {
        return List.of(this);
      }
      Instant pauseEnd = pause.to();
      boolean overlaps = pause.from().isBefore(to) && (pauseEnd == null || pauseEnd.isAfter(from));
      if (!overlaps) {
        return List.of(this);
      }
      List<Interval> pieces = new ArrayList<>();
      if (pause.from().isAfter(from)) {
        pieces.add(new Interval(from, pause.from()));
      }
      if (pauseEnd == null) {
        pieces.add(new Interval(pause.from().isAfter(from) ? pause.from() : from, null));
      } else if (pauseEnd.isBefore(to)) {
        pieces.add(new Interval(pauseEnd, to));
      }
      return pieces;
    }
  }
}
