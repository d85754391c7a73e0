package org.yikatong.servicedesk.domain.statistics;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.SortedMap;
import java.util.TreeMap;

/** Counting instants per calendar month of a zone, every month of a period present (zero too). */
public final class MonthlyCounts {

  private MonthlyCounts() {}

  /**
   * How many of the instants fall in each month that [from, to) touches, in the zone's calendar.
   * Instants outside the period are not counted.
   */
  public static SortedMap<YearMonth, Long> of(
      Collection<Instant> instants, Instant from, Instant to, ZoneId zone) {
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("A period ends after it starts: " + from + " " + to);
    }
    SortedMap<YearMonth, Long> counts = new TreeMap<>();
    YearMonth last = YearMonth.from(to.minusNanos(1).atZone(zone));
    for (YearMonth m = YearMonth.from(from.atZone(zone)); !m.isAfter(last); m = m.plusMonths(1)) {
      counts.put(m, 0L);
    }
    for (Instant at : instants) {
      if (!at.isBefore(from) && at.isBefore(to)) {
        counts.merge(YearMonth.from(at.atZone(zone)), 1L, Long::sum);
      }
    }
    return counts;
  }
}
