package org.yikatong.cluster.domain;

import java.util.Locale;

/**
 * The calendar fields of a timer's schedule that tell the timers of one bean apart, as WildFly
 * keeps them in its timer table and as {@code jakarta.ejb.ScheduleExpression} returns them. A field
 * left out stands for its default ({@code second}, {@code minute} and {@code hour} "0", the days
 * "*"); fields compare without case and surrounding blanks ("Mon" and "mon" are one day).
 */
public record TimerSchedule(
    String second, String minute, String hour, String dayOfWeek, String dayOfMonth) {

  public TimerSchedule {
    second = normal(second, "0");
    minute = normal(minute, "0");
    hour = normal(hour, "0");
    dayOfWeek = normal(dayOfWeek, "*");
    dayOfMonth = normal(dayOfMonth, "*");
  }

  private static String normal(String field, String absent) {
    if (field == null || field.isBlank()) {
      return absent;
    }
    return field.replace(" ", "").toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return second + " " + minute + " " + hour + " " + dayOfMonth + " " + dayOfWeek;
  }
}
