package org.yikatong.simulator;

import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * Counts what became of the payments of an open-loop run while it runs; thread-safe (the scheduler
 * records sends, the connections' readers record answers).
 *
 * <p>A payment's latency is the time from its <em>intended</em> send time to its answer, never from
 * when it actually went out: a payment that waited (for a free slot on its connection, or for the
 * driver itself) waited as a terminal's customer would have, and the wait is part of its latency.
 * Latencies and answer codes are those of the measured payments (due within the measured window);
 * throughput is what was answered within the measured window, whichever payment it answered.
 */
final class OpenLoopRecorder {

  /**
   * A payment sent later than this after its intended time is late, as is every payment that had to
   * wait for a free slot on its connection.
   */
  static final long LATE_NANOS = 1_000_000L;

  /** Latencies are recorded in microseconds up to an hour, to 3 significant digits. */
  private static final long HIGHEST_MICROS = 3_600_000_000L;

  private final Settings settings;
  private final long measuredFrom;
  private final long measuredTo;
  private final long timeoutNanos;

  private final Histogram latency = new Histogram(HIGHEST_MICROS, 3);
  private final Histogram sendLag = new Histogram(HIGHEST_MICROS, 3);
  private final Map<String, Long> byCode = new TreeMap<>();
  private final Tally measured = new Tally();
  private final Tally warmup = new Tally();
  private long late;
  private long heldBack;
  private long answeredLate;
  private long invalidMacs;
  private long unmatched;
  private long answersInWindow;
  private long approvalsInWindow;

  /**
   * What became of the payments of one phase (warm-up or measured window). Every payment scheduled
   * is either sent or not sent; every payment sent is answered, unanswered at the end, or lost with
   * its connection.
   *
   * @param notSent still waiting for a free slot at the end, or its connection had ended
   * @param unanswered sent, and no answer by the end of the run
   * @param lost sent, and its connection ended before the answer came
   * @param unsendable not sent because its connection had ended (counted in notSent too)
   */
  record Counts(
      long scheduled,
      long sent,
      long answered,
      long approved,
      long notSent,
      long unanswered,
      long lost,
      long unsendable) {

    /** Payments that a failed connection cost: lost after sending or never sent. */
    long errors() {
      return lost + unsendable;
    }
  }

  private static final class Tally {
    long scheduled;
    long sent;
    long answered;
    long approved;
    long notSent;
    long unanswered;
    long lost;
    long unsendable;

    Counts counts() {
      return new Counts(scheduled, sent, answered, approved, notSent, unanswered, lost, unsendable);
    }
  }

  /**
   * What the run was asked to do, for the report.
   *
   * @param terminals terminals paid at
   * @param connections gateway connections
   */
  record Settings(
      int rate,
      int warmupSeconds,
      int durationSeconds,
      int terminals,
      int connections,
      int maxInFlight,
      long timeoutMillis,
      long seed) {}

  /**
   * @param measuredFrom start of the measured window, in ticker time
   * @param measuredTo end of the measured window, in ticker time
   */
  OpenLoopRecorder(Settings settings, long measuredFrom, long measuredTo) {
    this.settings = settings;
    this.measuredFrom = measuredFrom;
    this.measuredTo = measuredTo;
    this.timeoutNanos = settings.timeoutMillis() * 1_000_000L;
  }

  synchronized void scheduled(boolean measured) {
    tally(measured).scheduled++;
  }

  /**
   * A payment went out.
   *
   * @param heldBack whether it waited for a free slot on its connection
   */
  synchronized void sent(boolean measured, long intended, long sentAt, boolean heldBack) {
    tally(measured).sent++;
    if (!measured) {
      return;
    }
    long lag = Math.max(0, sentAt - intended);
    sendLag.recordValue(micros(lag));
    if (lag > LATE_NANOS || heldBack) {
      late++;
    }
    if (heldBack) {
      this.heldBack++;
    }
  }

  /** A payment's answer arrived. */
  synchronized void answered(
      boolean measured, long intended, long arrivedAt, String code, boolean macValid) {
    boolean approved = "00".equals(code);
    if (arrivedAt >= measuredFrom && arrivedAt < measuredTo) {
      answersInWindow++;
      if (approved) {
        approvalsInWindow++;
      }
    }
    if (!macValid) {
      invalidMacs++;
    }
    Tally tally = tally(measured);
    tally.answered++;
    if (approved) {
      tally.approved++;
    }
    if (!measured) {
      return;
    }
    byCode.merge(String.valueOf(code), 1L, Long::sum);
    long took = Math.max(0, arrivedAt - intended);
    latency.recordValue(micros(took));
    if (took > timeoutNanos) {
      answeredLate++;
    }
  }

  /** A payment was sent and its connection ended before its answer came. */
  synchronized void lost(boolean measured) {
    tally(measured).lost++;
  }

  /** A payment could not be sent: its connection had ended. */
  synchronized void unsendable(boolean measured) {
    Tally tally = tally(measured);
    tally.unsendable++;
    tally.notSent++;
  }

  /** The run ended with this payment sent and unanswered. */
  synchronized void unanswered(boolean measured) {
    tally(measured).unanswered++;
  }

  /** The run ended with this payment still waiting for a free slot. */
  synchronized void neverSent(boolean measured) {
    tally(measured).notSent++;
  }

  /** An answer that matched no request in flight. */
  synchronized void unmatched() {
    unmatched++;
  }

  /** What was recorded so far. */
  synchronized OpenLoopReport report() {
    return new OpenLoopReport(
        settings,
        measured.counts(),
        warmup.counts(),
        Map.copyOf(byCode),
        late,
        heldBack,
        answeredLate,
        invalidMacs,
        unmatched,
        answersInWindow,
        approvalsInWindow,
        latency.copy(),
        sendLag.copy());
  }

  private Tally tally(boolean measured) {
    return measured ? this.measured : warmup;
  }

  private static long micros(long nanos) {
    return Math.min(HIGHEST_MICROS, nanos / 1000);
  }
}
