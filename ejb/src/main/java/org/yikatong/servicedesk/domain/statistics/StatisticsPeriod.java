package org.yikatong.servicedesk.domain.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A period of whole days in Asia/Shanghai, both ends included, at most three years long: what the
 * service statistics are computed over. As instants it runs from the start of {@code from} to the
 * start of the day after {@code to} (exclusive).
 */
public record StatisticsPeriod(LocalDate from, LocalDate to) {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The longest period: to must come before from plus this many years. */
  public static final int MAX_YEARS = 3;

  public StatisticsPeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "The period ends (" + to + ") before it starts (" + from + ")");
    }
    if (!to.isBefore(from.plusYears(MAX_YEARS))) {
      throw new IllegalArgumentException(
          "A period is shorter than " + MAX_YEARS + " years: " + from + " .. " + to);
    }
  }

  /**
   * The period of two ISO dates ({@code YYYY-MM-DD}).
   *
   * @throws IllegalArgumentException a date missing or not a date, or not a valid period
   */
  public static StatisticsPeriod parse(String from, String to) {
    return new StatisticsPeriod(date("from", from), date("to", to));
  }

  private static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("'" + name + "' is required, as YYYY-MM-DD");
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + name + "' is not a date YYYY-MM-DD: " + value);
    }
  }

  /** The first instant of the period. */
  public Instant start() {
    return from.atStartOfDay(ZONE).toInstant();
  }

  /** The first instant after the period. */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(ZONE).toInstant();
  }

  /** How many days the period has. */
  public long days() {
    return to.toEpochDay() - from.toEpochDay() + 1;
  }
}
