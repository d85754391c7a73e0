package org.yikatong.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.yikatong.kernel.application.AdjustableClock;

/**
 * The one source of "now" for business code: inject {@link Clock}, never call {@code
 * Instant.now()}. The clock is the system's UTC clock, ticking in microseconds — the precision
 * every database keeps of an instant, so that what a request answers equals what is read back
 * later; a test server started with {@code -Dyikatong.clock.adjustable=true} may shift it (see
 * {@link AdjustableClock}).
 */
@ApplicationScoped
public class ClockProducer {

  private final AdjustableClock clock =
      new AdjustableClock(
          Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000)),
          Boolean.getBoolean(AdjustableClock.ADJUSTABLE_PROPERTY));

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
