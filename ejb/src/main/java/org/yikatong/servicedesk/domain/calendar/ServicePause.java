package org.yikatong.servicedesk.domain.calendar;

import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of time the SLA clock does not count, such as a ticket waiting for its reporter.
 *
 * @param to null while the pause lasts
 */
public record ServicePause(Instant from, Instant to) {

  public ServicePause {
    Objects.requireNonNull(from, "from");
    if (to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("A pause ends after it starts: " + from + ".." + to);
    }
  }

  public boolean isOpen() {
    return to == null;
  }
}
