package org.yikatong.cluster.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A persistent calendar timer as this node holds it in memory, with its next expiration.
 *
 * @param timedObjectId the bean it belongs to, as in the timer table
 */
public record LiveTimer(String timedObjectId, TimerSchedule schedule, Instant nextTimeout) {

  public LiveTimer {
    Objects.requireNonNull(timedObjectId, "timedObjectId");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(nextTimeout, "nextTimeout");
  }

  /**
   * The next date to give its row back with: the next expiration in whole seconds, never after the
   * one this node will claim the row with (the claim requires the row's date not to be later).
   */
  public Instant releaseDate() {
    return nextTimeout.truncatedTo(ChronoUnit.SECONDS);
  }
}
