package org.yikatong.web.rest;

import jakarta.ws.rs.BadRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A period of whole days in campus time (Asia/Shanghai) from query parameters: {@code from} and
 * {@code to} are ISO dates, both included; either may be absent (open end). As instants: [from
 * 00:00, the day after to 00:00).
 */
record CampusPeriod(Instant from, Instant to) {

  static final ZoneId CAMPUS = ZoneId.of("Asia/Shanghai");

  static CampusPeriod of(String from, String to) {
    Instant start =
        blank(from) ? null : LedgerResource.date("from", from).atStartOfDay(CAMPUS).toInstant();
    Instant end =
        blank(to)
            ? null
            : LedgerResource.date("to", to).plusDays(1).atStartOfDay(CAMPUS).toInstant();
    if (start != null && end != null && !start.isBefore(end)) {
      throw new BadRequestException("from is a day before or on to");
    }
    return new CampusPeriod(start, end);
  }

  /** Both ends required. */
  static CampusPeriod closed(String from, String to) {
    if (blank(from) || blank(to)) {
      throw new BadRequestException("from and to are required (ISO dates such as 2026-11-22)");
    }
    return of(from, to);
  }

  /** A calendar year in campus time. */
  static CampusPeriod year(int year) {
    if (year < 2000 || year > 2999) {
      throw new BadRequestException("Not a year: " + year);
    }
    return new CampusPeriod(
        LocalDate.of(year, 1, 1).atStartOfDay(CAMPUS).toInstant(),
        LocalDate.of(year + 1, 1, 1).atStartOfDay(CAMPUS).toInstant());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
