package org.yikatong.cardadapter.inbound;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A warning that a flood would repeat once per event: the first event of a quiet period is logged,
 * later ones only counted, and the next event after the interval logs how many were passed over.
 *
 * <p>Thread-safe. Time comes from {@link System#nanoTime()}: the interval is real elapsed time, as
 * are the socket timeouts it sits beside.
 */
final class RateLimitedLog {

  private final Logger logger;
  private final long intervalNanos;
  private final AtomicLong nextAllowed = new AtomicLong(Long.MIN_VALUE);
  private final AtomicLong suppressed = new AtomicLong();

  RateLimitedLog(Logger logger, long intervalMillis) {
    this.logger = logger;
    this.intervalNanos = intervalMillis * 1_000_000L;
  }

  /**
   * Logs the message at WARNING unless one was logged within the interval; otherwise only counts.
   *
   * @param message the line, given how many events were passed over since the last line
   */
  void warn(LongFunction<String> message) {
    long now = System.nanoTime();
    long allowed = nextAllowed.get();
    if ((allowed == Long.MIN_VALUE || now - allowed >= 0)
        && nextAllowed.compareAndSet(allowed, now + intervalNanos)) {
      long passedOver = suppressed.getAndSet(0);
      if (logger.isLoggable(Level.WARNING)) {
        logger.warning(message.apply(passedOver));
      }
    } else {
      suppressed.incrementAndGet();
    }
  }

  /** The suffix naming the events passed over, empty when there were none. */
  static String passedOver(long count) {
    return count == 0 ? "" : " (" + count + " more like it since the last report)";
  }
}
