package org.yikatong.platform.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one source of "now" for business code: inject {@link Clock}, never call {@code
 * Instant.now()}. Tests replace it with a controllable clock.
 */
@ApplicationScoped
public class ClockProducer {

  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
