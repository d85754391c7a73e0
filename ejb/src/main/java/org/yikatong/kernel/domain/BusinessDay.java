package org.yikatong.kernel.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Business days are calendar days in Asia/Shanghai, whatever zone a server runs in. */
public final class BusinessDay {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private BusinessDay() {}

  public static LocalDate of(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE);
  }

  /** The first instant of a business day. */
  public static Instant start(LocalDate day) {
    return day.atStartOfDay(ZONE).toInstant();
  }
}
