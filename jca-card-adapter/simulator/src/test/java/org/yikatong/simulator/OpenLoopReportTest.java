package org.yikatong.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The report's arithmetic, from payments recorded by hand. */
class OpenLoopReportTest {

  private static final long MS = 1_000_000L;
  private static final long S = 1000 * MS;

  /** 10 payments a second for 10 s after 2 s of warm-up; the window is [2 s, 12 s). */
  private final OpenLoopRecorder recorder =
      new OpenLoopRecorder(
          new OpenLoopRecorder.Settings(10, 2, 10, 4, 2, 32, 95, 42L), 2 * S, 12 * S);

  /**
   * Records the 100 measured payments: payment i (1..100) due at 2 s + (i - 1) * 100 ms, answered i
   * ms later; 90 approved, 6 declined 51 (i = 91..96), 4 declined 61 (i = 97..100). The 20 warm-up
   * payments are answered at once, the last of them inside the window.
   */
  private OpenLoopReport recordHundred() {
    for (int i = 0; i < 20; i++) {
      long due = i * 100 * MS;
      recorder.scheduled(false);
      recorder.sent(false, due, due, false);
      recorder.answered(false, due, i == 19 ? 2 * S : due + MS, "00", true);
    }
    for (int i = 1; i <= 100; i++) {
      long due = 2 * S + (i - 1) * 100 * MS;
      recorder.scheduled(true);
      recorder.sent(true, due, due + (i <= 3 ? 2 * MS : 0), i == 3);
      String code = i <= 90 ? "00" : i <= 96 ? "51" : "61";
      recorder.answered(true, due, due + i * MS, code, true);
    }
    return recorder.report();
  }

  @Test
  @DisplayName(
      "rates are per second of the window: offered from the schedule, achieved and approved from"
          + " the answers that arrived in it")
  void rates() {
    OpenLoopReport report = recordHundred();
    assertEquals(100, report.measured().scheduled());
    assertEquals(10.0, report.offeredPerSecond());
    // In the window: the last warm-up answer (at 2 s) and the measured payments answered before
    // 12 s; payment 100 is due at 11.9 s and answered 100 ms later, at 12 s: outside.
    assertEquals(100, report.answersInWindow());
    assertEquals(10.0, report.achievedPerSecond());
    assertEquals(91, report.approvalsInWindow());
    assertEquals(9.1, report.approvedPerSecond(), 1e-9);
    assertEquals(90, report.approved());
    assertEquals(Map.of("51", 6L, "61", 4L), report.declines());
    assertEquals(10, report.declined());
    assertEquals(20, report.warmup().approved());
  }

  @Test
  @DisplayName(
      "latency percentiles from the intended time: 1..100 ms give p50 50, p90 90, p99 99, max 100")
  void percentiles() {
    OpenLoopReport report = recordHundred();
    assertEquals(100, report.latency().getTotalCount());
    assertEquals(50.0, report.latencyMillis(50), 0.05);
    assertEquals(90.0, report.latencyMillis(90), 0.05);
    assertEquals(99.0, report.latencyMillis(99), 0.05);
    assertEquals(100.0, report.latencyMillis(99.9), 0.1);
    assertEquals(100.0, report.maxLatencyMillis(), 0.1);
  }

  @Test
  @DisplayName(
      "late: sent over 1 ms after the intended time or held back; timeouts: answered after the"
          + " timeout, unanswered, lost or never sent")
  void lateAndTimeouts() {
    recordHundred();
    recorder.scheduled(true);
    recorder.neverSent(true);
    recorder.scheduled(true);
    recorder.sent(true, 0, 0, false);
    recorder.unanswered(true);
    OpenLoopReport report = recorder.report();
    assertEquals(3, report.late(), "payments 1 and 2 sent 2 ms late, payment 3 held back");
    assertEquals(1, report.heldBack());
    // the timeout is 95 ms: payments 96..100 answered later
    assertEquals(5, report.answeredLate());
    assertEquals(5 + 1 + 1, report.timeouts());
    assertFalse(report.consistent());
  }

  @Test
  @DisplayName(
      "the RESULT line carries the figures as key=value pairs, and the text report ends with it")
  void resultLine() {
    OpenLoopReport report = recordHundred();
    assertTrue(report.consistent());
    String line = report.resultLine();
    assertTrue(line.startsWith("RESULT "), line);
    Map<String, String> values = new HashMap<>();
    for (String pair : line.substring("RESULT ".length()).split(" ")) {
      String[] kv = pair.split("=", 2);
      assertEquals(2, kv.length, pair);
      values.put(kv[0], kv[1]);
    }
    assertEquals("10", values.get("rate"));
    assertEquals("10", values.get("duration_s"));
    assertEquals("10.0", values.get("offered_per_s"));
    assertEquals("10.0", values.get("achieved_per_s"));
    assertEquals("9.1", values.get("approved_per_s"));
    assertEquals("100", values.get("answered_in_window"));
    assertEquals("91", values.get("approved_in_window"));
    assertEquals("90", values.get("approved"));
    assertEquals("10", values.get("declined"));
    assertEquals("51:6,61:4", values.get("declines"));
    assertEquals("5", values.get("timeouts"));
    assertEquals("0", values.get("errors"));
    assertEquals(50.0, Double.parseDouble(values.get("p50_ms")), 0.05);
    assertEquals(90.0, Double.parseDouble(values.get("p90_ms")), 0.05);
    assertEquals(99.0, Double.parseDouble(values.get("p99_ms")), 0.05);
    assertEquals(100.0, Double.parseDouble(values.get("p999_ms")), 0.1);
    assertEquals(100.0, Double.parseDouble(values.get("max_ms")), 0.1);

    ByteArrayOutputStream text = new ByteArrayOutputStream();
    report.print(new PrintStream(text, true, StandardCharsets.UTF_8));
    String printed = text.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("51 INSUFFICIENT_FUNDS: 6"), printed);
    assertTrue(printed.strip().endsWith(line), printed);
  }
}
