package org.yikatong.inspection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** When rounds fall: every N hours within duty hours 8:00–24:00, or weekly (Asia/Shanghai). */
class RecurrenceTest {

  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(Recurrence.ZONE).toInstant();
  }

  @Test
  @DisplayName("every 2 hours: 8:00, 10:00, … 22:00 each day, none at night")
  void everyTwoHoursWithinDutyHours() {
    Recurrence patrol = Recurrence.everyHours(2);
    assertEquals(
        List.of(
            at("2026-11-23T08:00"),
            at("2026-11-23T10:00"),
            at("2026-11-23T12:00"),
            at("2026-11-23T14:00"),
            at("2026-11-23T16:00"),
            at("2026-11-23T18:00"),
            at("2026-11-23T20:00"),
            at("2026-11-23T22:00")),
        patrol.between(at("2026-11-23T00:00"), at("2026-11-23T23:59")));
    assertEquals(at("2026-11-23T10:00"), patrol.firstAtOrAfter(at("2026-11-23T08:00:01")));
    assertEquals(at("2026-11-23T10:00"), patrol.firstAtOrAfter(at("2026-11-23T10:00")));
    assertEquals(Duration.ofHours(2), patrol.interval());
  }

  @Test
  @DisplayName("across midnight: after the last patrol of the day comes 8:00 the next morning")
  void acrossMidnight() {
    Recurrence patrol = Recurrence.everyHours(2);
    assertEquals(at("2026-11-24T08:00"), patrol.firstAtOrAfter(at("2026-11-23T22:00:01")));
    assertEquals(at("2026-11-24T08:00"), patrol.firstAtOrAfter(at("2026-11-24T03:00")));
    assertEquals(
        List.of(at("2026-11-23T22:00"), at("2026-11-24T08:00")),
        patrol.between(at("2026-11-23T21:00"), at("2026-11-24T09:00")));
    // Across the year end too.
    assertEquals(at("2027-01-01T08:00"), patrol.firstAtOrAfter(at("2026-12-31T23:00")));
  }

  @Test
  @DisplayName("an interval that does not divide the duty day: every 5 hours is 8, 13, 18, 23")
  void unevenInterval() {
    assertEquals(
        List.of(
            at("2026-11-23T08:00"),
            at("2026-11-23T13:00"),
            at("2026-11-23T18:00"),
            at("2026-11-23T23:00"),
            at("2026-11-24T08:00")),
        Recurrence.everyHours(5).between(at("2026-11-23T08:00"), at("2026-11-24T08:00")));
    assertEquals(
        List.of(at("2026-11-23T08:00"), at("2026-11-24T08:00")),
        Recurrence.everyHours(16).between(at("2026-11-23T00:00"), at("2026-11-24T12:00")));
  }

  @Test
  @DisplayName("weekly on Monday 9:00: the same week when still ahead, else the next")
  void weekly() {
    Recurrence full = Recurrence.weekly(DayOfWeek.MONDAY, LocalTime.of(9, 0));
    // 2026-11-23 is a Monday.
    assertEquals(at("2026-11-23T09:00"), full.firstAtOrAfter(at("2026-11-22T12:00")));
    assertEquals(at("2026-11-23T09:00"), full.firstAtOrAfter(at("2026-11-23T09:00")));
    assertEquals(at("2026-11-30T09:00"), full.firstAtOrAfter(at("2026-11-23T09:00:01")));
    assertEquals(
        List.of(at("2026-11-23T09:00"), at("2026-11-30T09:00"), at("2026-12-07T09:00")),
        full.between(at("2026-11-20T00:00"), at("2026-12-07T09:00")));
    assertEquals(Duration.ofDays(7), full.interval());
  }

  @Test
  @DisplayName("times are Asia/Shanghai: 8:00 there is 0:00 UTC")
  void zone() {
    assertEquals(
        Instant.parse("2026-11-23T00:00:00Z"),
        Recurrence.everyHours(2).firstAtOrAfter(Instant.parse("2026-11-22T16:00:00Z")));
  }

  @Test
  @DisplayName("refused: an interval outside 1–16 hours, a weekly time before duty hours")
  void refused() {
    assertThrows(IllegalArgumentException.class, () -> Recurrence.everyHours(0));
    assertThrows(IllegalArgumentException.class, () -> Recurrence.everyHours(17));
    assertThrows(
        IllegalArgumentException.class,
        () -> Recurrence.weekly(DayOfWeek.MONDAY, LocalTime.of(7, 59)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Recurrence(Recurrence.Kind.WEEKLY, null, DayOfWeek.MONDAY, null));
  }
}
