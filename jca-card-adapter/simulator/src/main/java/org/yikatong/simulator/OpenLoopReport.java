package org.yikatong.simulator;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;
import org.yikatong.cardadapter.api.ResponseCode;
import org.yikatong.simulator.OpenLoopRecorder.Counts;
import org.yikatong.simulator.OpenLoopRecorder.Settings;

/**
 * What an open-loop run measured. Rates are per second of the measured window: offered is what the
 * schedule put in it; achieved and approved are the answers (and the approvals) that arrived within
 * it, whichever payment they answered. Latencies are those of the payments due within the window,
 * from their intended send time to their answer, in milliseconds; a payment with no answer is not
 * in them but counted as a timeout.
 *
 * @param measured the payments due within the measured window
 * @param warmup the payments of the warm-up
 * @param byCode answers to measured payments by field 39
 * @param late measured payments that waited for a free slot, or were sent more than {@link
 *     OpenLoopRecorder#LATE_NANOS} after their intended time for any other reason (the driver's own
 *     scheduling)
 * @param heldBack measured payments that waited for a free slot on their connection (all late)
 * @param answeredLate measured payments answered later than the timeout after their intended time
 * @param invalidMacs answers of the whole run whose MAC was wrong
 * @param unmatched answers of the whole run that matched no request in flight
 * @param answersInWindow answers that arrived within the measured window
 * @param approvalsInWindow approvals (00) that arrived within the measured window
 * @param latency measured payments' latencies in microseconds
 * @param sendLag measured payments' send time minus intended time, in microseconds
 */
record OpenLoopReport(
    Settings settings,
    Counts measured,
    Counts warmup,
    Map<String, Long> byCode,
    long late,
    long heldBack,
    long answeredLate,
    long invalidMacs,
    long unmatched,
    long answersInWindow,
    long approvalsInWindow,
    Histogram latency,
    Histogram sendLag) {

  double offeredPerSecond() {
    return (double) measured.scheduled() / settings.durationSeconds();
  }

  double achievedPerSecond() {
    return (double) answersInWindow / settings.durationSeconds();
  }

  double approvedPerSecond() {
    return (double) approvalsInWindow / settings.durationSeconds();
  }

  /**
   * Measured payments without an answer in time: answered later than the timeout, unanswered at the
   * end, lost with their connection, or never sent.
   */
  long timeouts() {
    return answeredLate + measured.unanswered() + measured.lost() + measured.notSent();
  }

  /** Measured payments answered 00. */
  long approved() {
    return byCode.getOrDefault("00", 0L);
  }

  /** Answers to measured payments other than 00, by field 39. */
  SortedMap<String, Long> declines() {
    SortedMap<String, Long> declines = new TreeMap<>(byCode);
    declines.remove("00");
    return declines;
  }

  long declined() {
    return declines().values().stream().mapToLong(Long::longValue).sum();
  }

  /** The measured latency at this percentile (0..100), in milliseconds; 0 without answers. */
  double latencyMillis(double percentile) {
    return latency.getValueAtPercentile(percentile) / 1000.0;
  }

  double maxLatencyMillis() {
    return latency.getMaxValue() / 1000.0;
  }

  /**
   * Nothing went wrong on the wire: every payment was sent and answered, every MAC was right, every
   * answer matched a request. Declines and late answers are answers.
   */
  boolean consistent() {
    return measured.errors() + warmup.errors() == 0
        && measured.unanswered() + warmup.unanswered() == 0
        && measured.notSent() + warmup.notSent() == 0
        && invalidMacs == 0
        && unmatched == 0;
  }

  /** The machine-readable summary: one line of key=value pairs, starting with RESULT. */
  String resultLine() {
    return String.format(
        Locale.ROOT,
        "RESULT rate=%d duration_s=%d warmup_s=%d terminals=%d connections=%d"
            + " offered_per_s=%.1f achieved_per_s=%.1f approved_per_s=%.1f"
            + " answered_in_window=%d approved_in_window=%d"
            + " scheduled=%d sent=%d answered=%d approved=%d declined=%d declines=%s"
            + " timeouts=%d unanswered=%d not_sent=%d errors=%d invalid_macs=%d late=%d held_back=%d"
            + " p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f p999_ms=%.2f max_ms=%.2f",
        settings.rate(),
        settings.durationSeconds(),
        settings.warmupSeconds(),
        settings.terminals(),
        settings.connections(),
        offeredPerSecond(),
        achievedPerSecond(),
        approvedPerSecond(),
        answersInWindow,
        approvalsInWindow,
        measured.scheduled(),
        measured.sent(),
        measured.answered(),
        approved(),
        declined(),
        declines().isEmpty()
            ? "none"
            : declines().entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(",")),
        timeouts(),
        measured.unanswered(),
        measured.notSent(),
        measured.errors(),
        invalidMacs,
        late,
        heldBack,
        latencyMillis(50),
        latencyMillis(90),
        latencyMillis(99),
        latencyMillis(99.9),
        maxLatencyMillis());
  }

  void print(PrintStream out) {
    Settings s = settings;
    out.printf(
        Locale.ROOT,
        "open loop: %d payments/s offered for %d s after %d s of warm-up; %d terminals over %d"
            + " connections, at most %d in flight each; seed %d%n",
        s.rate(),
        s.durationSeconds(),
        s.warmupSeconds(),
        s.terminals(),
        s.connections(),
        s.maxInFlight(),
        s.seed());
    out.printf(
        Locale.ROOT,
        "measured window: %d payments due, %d sent (%d late, %d of them held back by max in"
            + " flight), %d answered%n",
        measured.scheduled(),
        measured.sent(),
        late,
        heldBack,
        measured.answered());
    out.printf(
        Locale.ROOT,
        "per second: offered %.1f, answered %.1f, approved %.1f%n",
        offeredPerSecond(),
        achievedPerSecond(),
        approvedPerSecond());
    out.printf(Locale.ROOT, "approved: %d; declined: %d%n", approved(), declined());
    declines()
        .forEach(
            (code, n) ->
                out.printf(
                    Locale.ROOT,
                    "  %s %s: %d%n",
                    code,
                    ResponseCode.ofCode(code).map(Enum::name).orElse("unknown code"),
                    n));
    out.printf(
        Locale.ROOT,
        "timeouts (no answer within %d ms of the intended time): %d = %d answered later, %d"
            + " unanswered, %d lost with their connection, %d never sent%n",
        s.timeoutMillis(),
        timeouts(),
        answeredLate,
        measured.unanswered(),
        measured.lost(),
        measured.notSent());
    out.printf(
        Locale.ROOT,
        "errors: %d payments cost by failed connections; %d invalid MACs; %d answers matching no"
            + " request%n",
        measured.errors() + warmup.errors(),
        invalidMacs,
        unmatched);
    if (latency.getTotalCount() == 0) {
      out.println("latency: no answers in the measured window");
    } else {
      out.printf(
          Locale.ROOT,
          "latency ms from the intended send time, %d answers: p50 %.2f, p90 %.2f, p99 %.2f,"
              + " p99.9 %.2f, max %.2f%n",
          latency.getTotalCount(),
          latencyMillis(50),
          latencyMillis(90),
          latencyMillis(99),
          latencyMillis(99.9),
          maxLatencyMillis());
    }
    if (sendLag.getTotalCount() > 0) {
      out.printf(
          Locale.ROOT,
          "send lag ms (sent minus intended): p50 %.2f, p99 %.2f, max %.2f%n",
          sendLag.getValueAtPercentile(50) / 1000.0,
          sendLag.getValueAtPercentile(99) / 1000.0,
          sendLag.getMaxValue() / 1000.0);
    }
    out.printf(
        Locale.ROOT,
        "warm-up: %d payments due, %d sent, %d answered, %d approved (not measured)%n",
        warmup.scheduled(),
        warmup.sent(),
        warmup.answered(),
        warmup.approved());
    out.println(resultLine());
  }
}
