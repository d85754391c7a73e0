package org.yikatong.servicedesk.domain.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StatisticsPeriodTest {

  @Test
  @DisplayName("whole Asia/Shanghai days, both ends included")
  void shanghaiDays() {
    StatisticsPeriod p = StatisticsPeriod.parse("2026-11-01", "2026-11-30");
    assertEquals(Instant.parse("2026-10-31T16:00:00Z"), p.start());
    assertEquals(Instant.parse("2026-11-30T16:00:00Z"), p.end());
    assertEquals(30, p.days());
    StatisticsPeriod day = StatisticsPeriod.parse(" 2026-11-22 ", "2026-11-22");
    assertEquals(1, day.days());
    assertEquals(Instant.parse("2026-11-21T16:00:00Z"), day.start());
  }

  @Test
  @DisplayName("missing or unparsable dates are refused with the parameter's name")
  void unparsable() {
    assertTrue(
        assertThrows(
                IllegalArgumentException.class, () -> StatisticsPeriod.parse(null, "2026-11-01"))
            .getMessage()
            .contains("'from'"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> StatisticsPeriod.parse("2026-11-01", ""))
            .getMessage()
            .contains("'to'"));
    assertThrows(
        IllegalArgumentException.class, () -> StatisticsPeriod.parse("2026-13-01", "2026-12-01"));
    assertThrows(
        IllegalArgumentException.class, () -> StatisticsPeriod.parse("2026-02-30", "2026-03-01"));
    assertThrows(
        IllegalArgumentException.class, () -> StatisticsPeriod.parse("22.11.2026", "2026-12-01"));
  }

  @Test
  @DisplayName("a period ending before it starts, or three years or longer, is refused")
  void badPeriods() {
    assertThrows(
        IllegalArgumentException.class, () -> StatisticsPeriod.parse("2026-11-02", "2026-11-01"));
    assertEquals(
        LocalDate.parse("2029-11-21"),
        StatisticsPeriod.parse("2026-11-22", "2029-11-21").to(),
        "just under three years");
    assertThrows(
        IllegalArgumentException.class, () -> StatisticsPeriod.parse("2026-11-22", "2029-11-22"));
  }
}
