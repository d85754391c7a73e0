package org.yikatong.logging;

import java.lang.ref.WeakReference;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/**
 * Lets the first record of each kind through per interval and holds back the others of that kind,
 * so that a failure repeated by every request (a database outage under payment load) writes a line
 * per interval instead of one per request.
 *
 * <p>A record's kind is its logger, its level, its unformatted message (the format string, before
 * any parameter is put in) and the class of its exception. Records below the threshold level
 * ({@code WARN} by default) are not looked at. Of one kind, the first record passes and opens an
 * interval ({@link #setIntervalSeconds}, 10 s by default); records of that kind within the interval
 * are held back and counted. The first record after the interval passes again and carries the count
 * at the end of its message: {@code … (and 1,234 similar in the last 10 s)}. A record's stack trace
 * is kept at most once per kind per trace interval ({@link #setTraceIntervalSeconds}, 10 min by
 * default); otherwise the record keeps its message and names its exception on the same line.
 *
 * <p>Invariants: for each kind at most one record passes per interval, and every record held back
 * is counted exactly once in the note of the next record of its kind that passes (a kind that never
 * comes again keeps its count unreported). At most {@link #setMaxKinds} kinds are tracked at once;
 * when that many are open, kinds whose interval has ended are forgotten (with their counts), and a
 * new kind beyond the limit passes untracked.
 *
 * <p>Lifecycle: one instance serves every handler that names it in its {@code filter-spec}; those
 * handlers hand it the same record one after the other on the logging thread, so each record is
 * decided once and the later handlers get the same decision. Safe for concurrent use.
 */
public final class RepeatSuppressingFilter implements Filter {

  private final Clock clock;
  private final Map<Kind, Tally> tallies = new ConcurrentHashMap<>();
  private final ThreadLocal<Decided> lastDecided = new ThreadLocal<>();
  private volatile long intervalMillis = 10_000;
  private volatile long traceIntervalMillis = 600_000;
  private volatile int thresholdLevel = Level.WARNING.intValue();
  private volatile int maxKinds = 10_000;

  /** The filter on the system clock, as the server's logging subsystem creates it. */
  public RepeatSuppressingFilter() {
    this(Clock.systemUTC());
  }

  /** The filter on the given clock. */
  public RepeatSuppressingFilter(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Seconds during which a record's kind passes once (at least 1). */
  public void setIntervalSeconds(int seconds) {
    intervalMillis = 1_000L * requirePositive(seconds, "intervalSeconds");
  }

  /** Seconds during which a kind's stack trace is written once (at least 1). */
  public void setTraceIntervalSeconds(int seconds) {
    traceIntervalMillis = 1_000L * requirePositive(seconds, "traceIntervalSeconds");
  }

  /**
   * The lowest level the filter holds records back at: a JDK name ({@code WARNING}, {@code INFO})
   * or a JBoss Log Manager one ({@code ERROR}, {@code WARN}, {@code DEBUG}, ...).
   */
  public void setThreshold(String level) {
    thresholdLevel = levelValue(level);
  }

  /** The most kinds tracked at once (at least 1). */
  public void setMaxKinds(int kinds) {
    maxKinds = requirePositive(kinds, "maxKinds");
  }

  @Override
  public boolean isLoggable(LogRecord record) {
    if (record.getLevel() == null || record.getLevel().intValue() < thresholdLevel) {
      return true;
    }
    Decided last = lastDecided.get();
    if (last != null && last.record.get() == record) {
      return last.loggable;
    }
    boolean loggable = decide(record);
    lastDecided.set(new Decided(record, loggable));
    return loggable;
  }

  private boolean decide(LogRecord record) {
    long now = clock.millis();
    Kind kind = Kind.of(record);
    Tally tally = tallies.get(kind);
    if (tally == null) {
      if (tallies.size() >= maxKinds) {
        forgetClosedIntervals(now);
        if (tallies.size() >= maxKinds) {
          return true;
        }
      }
      tally = tallies.computeIfAbsent(kind, k -> new Tally());
    }
    long heldBack;
    long sinceLast;
    boolean keepTrace;
    synchronized (tally) {
      if (tally.opened && now - tally.intervalStart < intervalMillis) {
        tally.heldBack++;
        return false;
      }
      heldBack = tally.heldBack;
      sinceLast = now - tally.intervalStart;
      keepTrace = !tally.traced || now - tally.lastTrace >= traceIntervalMillis;
      if (keepTrace && record.getThrown() != null) {
        tally.traced = true;
        tally.lastTrace = now;
      }
      tally.opened = true;
      tally.intervalStart = now;
      tally.heldBack = 0;
    }
    annotate(record, heldBack, sinceLast, keepTrace);
    return true;
  }

  private void forgetClosedIntervals(long now) {
    tallies
        .entrySet()
        .removeIf(
            e -> {
              synchronized (e.getValue()) {
                return now - e.getValue().intervalStart >= intervalMillis;
              }
            });
  }

  /** Adds the count held back and, without its stack trace, the record's exception to its text. */
  private void annotate(LogRecord record, long heldBack, long sinceLast, boolean keepTrace) {
    Throwable thrown = record.getThrown();
    boolean dropTrace = thrown != null && !keepTrace;
    if (heldBack == 0 && !dropTrace) {
      return;
    }
    StringBuilder text = new StringBuilder(Objects.toString(formatted(record), ""));
    if (dropTrace) {
      text.append(" [")
          .append(thrown)
          .append("; stack trace written at most every ")
          .append(duration(traceIntervalMillis))
          .append(']');
      record.setThrown(null);
    }
    if (heldBack > 0) {
      text.append(
          String.format(
              Locale.ROOT, " (and %,d similar in the last %s)", heldBack, duration(sinceLast)));
    }
    record.setResourceBundle(null);
    record.setParameters(null);
    record.setMessage(text.toString());
  }

  /** The record's message with its parameters put in, as its formatter would write it. */
  private static String formatted(LogRecord record) {
    // JBoss Log Manager's records format printf and MessageFormat styles alike.
    try {
      Method method = record.getClass().getMethod("getFormattedMessage");
      if (method.getReturnType() == String.class) {
        return (String) method.invoke(record);
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // a plain LogRecord: formatted as java.util.logging does below
    }
    return new SimpleFormatter().formatMessage(record);
  }

  private static String duration(long millis) {
    long seconds = Math.max(1, (millis + 500) / 1_000);
    return seconds % 60 == 0 && seconds >= 60 ? seconds / 60 + " min" : seconds + " s";
  }

  private static int requirePositive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1: " + value);
    }
    return value;
  }

  private static int levelValue(String name) {
    String upper = name.trim().toUpperCase(Locale.ROOT);
    return switch (upper) {
      case "FATAL" -> 1100;
      case "ERROR" -> Level.SEVERE.intValue();
      case "WARN" -> Level.WARNING.intValue();
      case "DEBUG" -> Level.FINE.intValue();
      case "TRACE" -> Level.FINEST.intValue();
      default -> Level.parse(upper).intValue();
    };
  }

  /** What makes two records the same kind. */
  private record Kind(String logger, int level, String message, String thrown) {
    static Kind of(LogRecord record) {
      Throwable thrown = record.getThrown();
      return new Kind(
          record.getLoggerName(),
          record.getLevel().intValue(),
          record.getMessage(),
          thrown == null ? null : thrown.getClass().getName());
    }
  }

  /** One kind's interval and count; guarded by its own monitor. */
  private static final class Tally {
    boolean opened;
    long intervalStart;
    long heldBack;
    boolean traced;
    long lastTrace;
  }

  /** The last record this thread decided, for the next handler that asks about the same one. */
  private static final class Decided {
    final WeakReference<LogRecord> record;
    final boolean loggable;

    Decided(LogRecord record, boolean loggable) {
      this.record = new WeakReference<>(record);
      this.loggable = loggable;
    }
  }
}
