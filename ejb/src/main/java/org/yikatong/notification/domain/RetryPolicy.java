package org.yikatong.notification.domain;

import java.time.Duration;

/**
 * How often and when a failed message is tried again: at most {@code maxAttempts} attempts in all,
 * the wait doubling from {@code firstWait} after each failure up to {@code maxWait}.
 */
public record RetryPolicy(int maxAttempts, Duration firstWait, Duration maxWait) {

  /** Five attempts: after 1, 2, 4 and 8 minutes (15 minutes in all before giving up). */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(5, Duration.ofMinutes(1), Duration.ofHours(1));

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("At least one attempt: " + maxAttempts);
    }
    if (firstWait.isNegative() || maxWait.compareTo(firstWait) < 0) {
      throw new IllegalArgumentException("Waits: " + firstWait + " .. " + maxWait);
    }
  }

  /** The wait after the given number of failed attempts (1 = the first failed). */
  public Duration waitAfter(int failedAttempts) {
    Duration wait = firstWait;
    for (int i = 1; i < failedAttempts && wait.compareTo(maxWait) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxWait) > 0 ? maxWait : wait;
  }
}
