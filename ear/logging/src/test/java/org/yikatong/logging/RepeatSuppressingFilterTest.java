package org.yikatong.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RepeatSuppressingFilterTest {

  private final MutableClock clock = new MutableClock();
  private final RepeatSuppressingFilter filter = new RepeatSuppressingFilter(clock);

  @Test
  @DisplayName("the first record of a kind passes, the others within the interval are held back")
  void holdsBackRepeatsWithinTheInterval() {
    assertTrue(filter.isLoggable(record("IJ000604: failed")));
    clock.advance(Duration.ofMillis(9_999));
    assertFalse(filter.isLoggable(record("IJ000604: failed")));
    assertFalse(filter.isLoggable(record("IJ000604: failed")));
  }

  @Test
  @DisplayName("the next record after the interval passes and tells how many were held back")
  void reportsTheCountOnTheNextRecord() {
    filter.isLoggable(record("IJ000604: failed"));
    for (int i = 0; i < 1_234; i++) {
      clock.advance(Duration.ofMillis(5));
      assertFalse(filter.isLoggable(record("IJ000604: failed")));
    }
    clock.advance(Duration.ofMillis(10_000 - 1_234 * 5));

    LogRecord next = record("IJ000604: failed");
    assertTrue(filter.isLoggable(next));
    assertEquals("IJ000604: failed (and 1,234 similar in the last 10 s)", next.getMessage());

    clock.advance(Duration.ofSeconds(25));
    LogRecord quiet = record("IJ000604: failed");
    assertTrue(filter.isLoggable(quiet));
    assertEquals("IJ000604: failed", quiet.getMessage(), "nothing was held back since");
  }

  @Test
  @DisplayName("records of one format string are one kind, whatever their parameters")
  void parametersDoNotMakeAKind() {
    assertTrue(filter.isLoggable(record("Payment {0} failed", "A")));
    assertFalse(filter.isLoggable(record("Payment {0} failed", "B")));
    clock.advance(Duration.ofSeconds(10));

    LogRecord next = record("Payment {0} failed", "C");
    assertTrue(filter.isLoggable(next));
    assertEquals("Payment C failed (and 1 similar in the last 10 s)", next.getMessage());
    assertNull(next.getParameters(), "the text is final once the count is in");
  }

  @Test
  @DisplayName("logger, level, message and exception class each make a kind of their own")
  void kindsAreKeptApart() {
    assertTrue(filter.isLoggable(record("org.a", Level.WARNING, "m", null)));
    assertTrue(filter.isLoggable(record("org.b", Level.WARNING, "m", null)));
    assertTrue(filter.isLoggable(record("org.a", Level.SEVERE, "m", null)));
    assertTrue(filter.isLoggable(record("org.a", Level.WARNING, "n", null)));
    assertTrue(filter.isLoggable(record("org.a", Level.WARNING, "m", new SQLException("x"))));
    assertTrue(
        filter.isLoggable(
            record("org.a", Level.WARNING, "m", new SQLTransientConnectionException("x"))));
    assertFalse(filter.isLoggable(record("org.a", Level.WARNING, "m", new SQLException("y"))));
  }

  @Test
  @DisplayName(
      "a stack trace is written once per trace interval; the other passes name the"
          + " exception on their line")
  void stackTraceAtMostOncePerTraceInterval() {
    LogRecord first = record("org.a", Level.SEVERE, "failed", new SQLException("closed", "08003"));
    assertTrue(filter.isLoggable(first));
    assertNotNull(first.getThrown());

    clock.advance(Duration.ofSeconds(10));
    LogRecord second = record("org.a", Level.SEVERE, "failed", new SQLException("closed", "08003"));
    assertTrue(filter.isLoggable(second));
    assertNull(second.getThrown());
    assertEquals(
        "failed [java.sql.SQLException: closed; stack trace written at most every 10 min]",
        second.getMessage());

    clock.advance(Duration.ofSeconds(590));
    LogRecord later = record("org.a", Level.SEVERE, "failed", new SQLException("closed", "08003"));
    assertTrue(filter.isLoggable(later));
    assertNotNull(later.getThrown(), "10 min after the last stack trace");
    assertEquals("failed", later.getMessage());
  }

  @Test
  @DisplayName("records below the threshold are never held back")
  void belowThresholdPasses() {
    for (int i = 0; i < 3; i++) {
      assertTrue(filter.isLoggable(record("org.a", Level.INFO, "Deployed", null)));
    }
    filter.setThreshold("INFO");
    assertTrue(filter.isLoggable(record("org.a", Level.INFO, "Deployed", null)));
    assertFalse(filter.isLoggable(record("org.a", Level.INFO, "Deployed", null)));
  }

  @Test
  @DisplayName("handlers that share the filter get one decision per record, and one note")
  void oneDecisionPerRecord() {
    filter.isLoggable(record("m"));
    filter.isLoggable(record("m"));
    clock.advance(Duration.ofSeconds(10));

    LogRecord passing = record("m");
    assertTrue(filter.isLoggable(passing), "console handler");
    assertTrue(filter.isLoggable(passing), "file handler");
    assertEquals("m (and 1 similar in the last 10 s)", passing.getMessage());

    LogRecord held = record("m");
    assertFalse(filter.isLoggable(held), "console handler");
    assertFalse(filter.isLoggable(held), "file handler");
    clock.advance(Duration.ofSeconds(10));
    LogRecord after = record("m");
    filter.isLoggable(after);
    assertEquals("m (and 1 similar in the last 10 s)", after.getMessage(), "counted once");
  }

  @Test
  @DisplayName("a record that formats itself (JBoss Log Manager's printf style) keeps its text")
  void usesTheRecordsOwnFormatting() {
    filter.isLoggable(new PrintfRecord("IJ000604: Throwable while getting a connection: %s", "x"));
    filter.isLoggable(new PrintfRecord("IJ000604: Throwable while getting a connection: %s", "y"));
    clock.advance(Duration.ofSeconds(10));

    PrintfRecord next = new PrintfRecord("IJ000604: Throwable while getting a connection: %s", "z");
    assertTrue(filter.isLoggable(next));
    assertEquals(
        "IJ000604: Throwable while getting a connection: z (and 1 similar in the last 10 s)",
        next.getFormattedMessage());
  }

  @Test
  @DisplayName("the intervals are configurable")
  void configurableIntervals() {
    filter.setIntervalSeconds(60);
    filter.setTraceIntervalSeconds(120);
    filter.isLoggable(record("org.a", Level.SEVERE, "m", new SQLException()));
    clock.advance(Duration.ofSeconds(59));
    assertFalse(filter.isLoggable(record("org.a", Level.SEVERE, "m", new SQLException())));
    clock.advance(Duration.ofSeconds(1));
    LogRecord next = record("org.a", Level.SEVERE, "m", new SQLException());
    assertTrue(filter.isLoggable(next));
    assertEquals(
        "m [java.sql.SQLException; stack trace written at most every 2 min]"
            + " (and 1 similar in the last 1 min)",
        next.getMessage());
    assertThrows(IllegalArgumentException.class, () -> filter.setIntervalSeconds(0));
  }

  @Test
  @DisplayName("beyond the most kinds tracked, closed intervals are forgotten and new kinds pass")
  void boundedKinds() {
    filter.setMaxKinds(2);
    filter.isLoggable(record("a"));
    filter.isLoggable(record("b"));
    assertTrue(filter.isLoggable(record("c")), "untracked: both intervals still open");
    assertTrue(filter.isLoggable(record("c")));
    assertFalse(filter.isLoggable(record("a")), "a is still tracked");

    clock.advance(Duration.ofSeconds(10));
    assertTrue(filter.isLoggable(record("c")), "a and b forgotten, c tracked");
    assertFalse(filter.isLoggable(record("c")));
  }

  @Test
  @DisplayName("under concurrent logging one record per interval passes and every other is counted")
  void concurrentRecordsAreCountedExactly() throws Exception {
    int threads = 8;
    int perThread = 5_000;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> passed = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Callable<Integer> task =
            () -> {
              start.await();
              int n = 0;
              for (int i = 0; i < perThread; i++) {
                if (filter.isLoggable(record("This connection has been closed."))) {
                  n++;
                }
              }
              return n;
            };
        passed.add(pool.submit(task));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> f : passed) {
        total += f.get();
      }
      assertEquals(1, total);
    } finally {
      pool.shutdownNow();
    }
    clock.advance(Duration.ofSeconds(10));
    LogRecord next = record("This connection has been closed.");
    assertTrue(filter.isLoggable(next));
    assertEquals(
        "This connection has been closed. (and 39,999 similar in the last 10 s)",
        next.getMessage());
  }

  private static LogRecord record(String message, Object... parameters) {
    LogRecord record =
        record("org.jboss.jca.core.connectionmanager.pool", Level.WARNING, message, null);
    record.setParameters(parameters.length == 0 ? null : parameters);
    return record;
  }

  private static LogRecord record(String logger, Level level, String message, Throwable thrown) {
    LogRecord record = new LogRecord(level, message);
    record.setLoggerName(logger);
    record.setThrown(thrown);
    return record;
  }

  /** A record with its own formatting, as JBoss Log Manager's records have. */
  static final class PrintfRecord extends LogRecord {
    private static final long serialVersionUID = 1L;

    PrintfRecord(String format, Object parameter) {
      super(Level.WARNING, format);
      setLoggerName("org.jboss.jca");
      setParameters(new Object[] {parameter});
    }

    public String getFormattedMessage() {
      Object[] parameters = getParameters();
      return parameters == null ? getMessage() : String.format(getMessage(), parameters);
    }
  }

  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {
    private volatile Instant now = Instant.parse("2026-03-02T04:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
