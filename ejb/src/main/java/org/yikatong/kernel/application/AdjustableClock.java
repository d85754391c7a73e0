package org.yikatong.kernel.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The platform's clock: a base clock plus an offset. The offset can be changed only on a server
 * started with {@value #ADJUSTABLE_PROPERTY}{@code =true}, which the integration tests use to post
 * on a past business day; in every other server it stays zero and {@link #shift} refuses.
 */
public final class AdjustableClock extends Clock {

  /** The system property that allows shifting the clock. Never set it in production. */
  public static final String ADJUSTABLE_PROPERTY = "yikatong.clock.adjustable";

  private final Clock base;
  private final boolean adjustable;
  private final AtomicReference<Duration> offset;

  public AdjustableClock(Clock base, boolean adjustable) {
    this(base, adjustable, new AtomicReference<>(Duration.ZERO));
  }

  private AdjustableClock(Clock base, boolean adjustable, AtomicReference<Duration> offset) {
    this.base = base;
    this.adjustable = adjustable;
    this.offset = offset;
  }

  /** Sets the offset from the base clock; refused unless the server allows it. */
  public void shift(Duration by) {
    if (!adjustable) {
      throw new IllegalStateException(
          "The clock is not adjustable; start the server with -D" + ADJUSTABLE_PROPERTY + "=true");
    }
    offset.set(by);
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new AdjustableClock(base.withZone(zone), adjustable, offset);
  }
}
