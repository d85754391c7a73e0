package org.yikatong.servicedesk.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.servicedesk.domain.calendar.WorkingCalendar.Basis;

/** The SLA calendar arithmetic, on the contract calendar (Asia/Shanghai, duty 8:00–24:00). */
class WorkingCalendarTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** National Day 2026: 1–7 October off, Sunday 27 September and Saturday 10 October worked. */
  private static final WorkingCalendar CALENDAR =
      WorkingCalendar.contract(
          Set.of(
              LocalDate.of(2026, 10, 1),
              LocalDate.of(2026, 10, 2),
              LocalDate.of(2026, 10, 5),
              LocalDate.of(2026, 10, 6),
              LocalDate.of(2026, 10, 7),
              LocalDate.of(2027, 1, 1)),
          Set.of(LocalDate.of(2026, 9, 27), LocalDate.of(2026, 10, 10)));

  private static Instant at(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(SHANGHAI).toInstant();
  }

  private static Instant due(Instant start, SlaTarget target, Basis basis, ServicePause... pauses) {
    return CALENDAR.deadline(start, target, basis, List.of(pauses)).orElseThrow();
  }

  @Test
  @DisplayName("round the clock: 2 hours are 2 hours, across midnight and the year end")
  void roundTheClock() {
    assertEquals(
        at(2026, 11, 24, 1, 30),
        due(at(2026, 11, 23, 23, 30), SlaTarget.hours(2), Basis.ROUND_THE_CLOCK));
    assertEquals(
        at(2027, 1, 1, 0, 10),
        due(at(2026, 12, 31, 23, 0), SlaTarget.minutes(70), Basis.ROUND_THE_CLOCK));
  }

  @Test
  @DisplayName("duty hours: the clock stops at 24:00 and starts again at 8:00, weekends included")
  void dutyHours() {
    // 23:00 + 2 h of duty: 1 h tonight, 1 h from 8:00 tomorrow.
    assertEquals(
        at(2026, 11, 24, 9, 0), due(at(2026, 11, 23, 23, 0), SlaTarget.hours(2), Basis.DUTY_HOURS));
    // Reported at 3:00: the clock starts at 8:00.
    assertEquals(
        at(2026, 11, 22, 8, 10),
        due(at(2026, 11, 22, 3, 0), SlaTarget.minutes(10), Basis.DUTY_HOURS));
    // Saturday counts in duty hours.
    assertEquals(
        at(2026, 11, 21, 12, 0),
        due(at(2026, 11, 21, 10, 0), SlaTarget.hours(2), Basis.DUTY_HOURS));
    // Across the year end.
    assertEquals(
        at(2027, 1, 1, 9, 0), due(at(2026, 12, 31, 22, 0), SlaTarget.hours(3), Basis.DUTY_HOURS));
  }

  @Test
  @DisplayName("working days: counted in duty days on working days, weekends and holidays skipped")
  void workingDays() {
    assertEquals(Duration.ofHours(16), CALENDAR.dutyDay());
    // Monday 10:00 + 1 working day = Tuesday 10:00.
    assertEquals(
        at(2026, 11, 24, 10, 0),
        due(at(2026, 11, 23, 10, 0), SlaTarget.workingDays(1), Basis.ROUND_THE_CLOCK));
    // Friday 10:00 + 1 working day = Monday 10:00.
    assertEquals(
        at(2026, 11, 23, 10, 0),
        due(at(2026, 11, 20, 10, 0), SlaTarget.workingDays(1), Basis.ROUND_THE_CLOCK));
    // Saturday: the clock starts Monday 8:00; 3 working days end Wednesday 24:00.
    assertEquals(
        at(2026, 11, 26, 0, 0),
        due(at(2026, 11, 21, 15, 0), SlaTarget.workingDays(3), Basis.ROUND_THE_CLOCK));
  }

  @Test
  @DisplayName("holidays are skipped and make-up working days on weekends count")
  void holidaysAndMakeUpDays() {
    assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2026, 9, 27)), "a Sunday worked");
    assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2026, 10, 1)));
    // Wednesday 30 September 20:00 + 1 working day: 4 h that evening, then the holiday week,
    // then Thursday 8 October is the next working day: 12 h more, 20:00.
    assertEquals(
        at(2026, 10, 8, 20, 0),
        due(at(2026, 9, 30, 20, 0), SlaTarget.workingDays(1), Basis.ROUND_THE_CLOCK));
    // Saturday 10 October is worked.
    assertEquals(
        at(2026, 10, 10, 10, 0),
        due(at(2026, 10, 9, 10, 0), SlaTarget.workingDays(1), Basis.ROUND_THE_CLOCK));
    // New Year's Day 2027 (a Friday) is a holiday: Thursday 31 December 12:00 + 1 working day.
    assertEquals(
        at(2027, 1, 4, 12, 0),
        due(at(2026, 12, 31, 12, 0), SlaTarget.workingDays(1), Basis.ROUND_THE_CLOCK));
  }

  @Test
  @DisplayName("a pause while waiting for the reporter moves the deadline; an open pause stops it")
  void pauses() {
    Instant start = at(2026, 11, 23, 9, 0);
    ServicePause lunch = new ServicePause(at(2026, 11, 23, 9, 30), at(2026, 11, 23, 10, 30));
    assertEquals(at(2026, 11, 23, 12, 0), due(start, SlaTarget.hours(2), Basis.DUTY_HOURS, lunch));
    // A pause across midnight only moves the deadline by the duty time it covers.
    ServicePause overnight = new ServicePause(at(2026, 11, 23, 23, 0), at(2026, 11, 24, 9, 0));
    assertEquals(
        at(2026, 11, 24, 10, 0),
        due(at(2026, 11, 23, 22, 0), SlaTarget.hours(2), Basis.DUTY_HOURS, overnight));
    ServicePause waiting = new ServicePause(at(2026, 11, 23, 10, 0), null);
    assertEquals(
        Optional.empty(),
        CALENDAR.deadline(start, SlaTarget.hours(2), Basis.DUTY_HOURS, List.of(waiting)));
    assertEquals(
        at(2026, 11, 23, 10, 30),
        CALENDAR
            .deadline(start, SlaTarget.minutes(90), Basis.ROUND_THE_CLOCK, List.of())
            .orElseThrow());
  }

  @Test
  @DisplayName("service time between two instants counts what the deadline counts")
  void serviceTimeBetween() {
    Instant from = at(2026, 11, 20, 22, 0); // Friday
    Instant to = at(2026, 11, 23, 9, 0); // Monday
    assertEquals(
        Duration.ofHours(3), CALENDAR.serviceTimeBetween(from, to, Basis.WORKING_HOURS, List.of()));
    assertEquals(
        Duration.ofHours(2 + 16 + 16 + 1),
        CALENDAR.serviceTimeBetween(from, to, Basis.DUTY_HOURS, List.of()));
    assertEquals(
        Duration.ofHours(59),
        CALENDAR.serviceTimeBetween(from, to, Basis.ROUND_THE_CLOCK, List.of()));
    ServicePause open = new ServicePause(at(2026, 11, 20, 23, 0), null);
    assertEquals(
        Duration.ofHours(1),
        CALENDAR.serviceTimeBetween(from, to, Basis.ROUND_THE_CLOCK, List.of(open)),
        "an open pause stops the count");
    assertEquals(Duration.ZERO, CALENDAR.serviceTimeBetween(to, from, Basis.DUTY_HOURS, List.of()));
  }

  @Test
  @DisplayName("bad targets and calendars are refused")
  void badInput() {
    assertThrows(IllegalArgumentException.class, () -> SlaTarget.hours(0));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new WorkingCalendar(
                SHANGHAI,
                java.time.LocalTime.of(18, 0),
                java.time.LocalTime.of(8, 0),
                Set.of(),
                Set.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ServicePause(at(2026, 11, 23, 10, 0), at(2026, 11, 23, 9, 0)));
  }
}
