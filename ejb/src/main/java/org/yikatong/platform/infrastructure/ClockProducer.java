package org.yikatong.platform.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.yikatong.platform.application.AdjustableClock;

/**
 * The one source of "now" for business code: inject {@link Clock}, never call {@code
 * Instant.now()}. The clock is the system's UTC clock; a test server started with {@code
 * -Dyikatong.clock.adjustable=true} may shift it (see {@link AdjustableClock}).
 */
@ApplicationScoped
public class ClockProducer {

  private final AdjustableClock clock =
      new AdjustableClock(
          Clock.systemUTC(), Boolean.getBoolean(AdjustableClock.ADJUSTABLE_PROPERTY));

  @Produces
  @Singleton
  Clock clock() {
    return clock;
  }

  @Produces
  @Singleton
  @Typed(AdjustableClock.class)
  AdjustableClock adjustableClock() {
    return clock;
  }
}
