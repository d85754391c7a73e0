package org.yikatong.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.yikatong.monitoring.domain.traffic.Outcome;
import org.yikatong.monitoring.domain.traffic.SubjectKind;
import org.yikatong.monitoring.domain.traffic.TrafficTally;

/**
 * Counts, in this node's memory, what the terminals and payment channels were served, per minute
 * and subject: the payment path pays a few atomic additions and no database write. {@link
 * TrafficFlush} takes the counts ({@link #drain}) every few seconds and adds them to the node's
 * rows in the database. Every request also goes to the metrics registry ({@link TrafficMeters}).
 *
 * <p>Requests that move or read money (payments, top-ups, refunds, reversals, offline advices,
 * balance inquiries) are counted per terminal; access checks at gates and doors only go to the
 * metrics registry. Counting and draining exclude each other through a read-write lock: many
 * requests count at once, and a drain takes whole cells.
 */
@ApplicationScoped
public class TrafficRecorder {

  /** The kinds of request whose outcomes count towards a terminal's payment figures. */
  public static final Set<String> PAYMENT_KINDS =
      Set.of("PAYMENT", "TOP_UP", "REFUND", "REVERSAL", "OFFLINE_ADVICE", "BALANCE");

  /** The minute, subject kind and subject of a cell. */
  public record Key(Instant minute, SubjectKind kind, String subject) {}

  private static final class Cell {
    final LongAdder requests = new LongAdder();
    final LongAdder approvals = new LongAdder();
    final LongAdder declines = new LongAdder();
    final LongAdder failures = new LongAdder();
    final LongAdder latencyMicros = new LongAdder();
    final LongAccumulator maxMicros = new LongAccumulator(Math::max, 0);
    final LongAccumulator lastAtMillis = new LongAccumulator(Math::max, 0);
    final Map<String, LongAdder> codes = new ConcurrentHashMap<>();

    void add(String code, long micros, Instant at) {
      requests.increment();
      switch (Outcome.of(code)) {
        case APPROVED -> approvals.increment();
        case DECLINED -> declines.increment();
        case FAILED -> failures.increment();
      }
      if (!"00".equals(code)) {
        codes.computeIfAbsent(code, c -> new LongAdder()).increment();
      }
      latencyMicros.add(micros);
      maxMicros.accumulate(micros);
      lastAtMillis.accumulate(at.toEpochMilli());
    }

    TrafficTally tally() {
      Map<String, Long> byCode = new HashMap<>();
      codes.forEach((code, n) -> byCode.put(code, n.sum()));
      return new TrafficTally(
          requests.sum(),
          approvals.sum(),
          declines.sum(),
          failures.sum(),
          latencyMicros.sum(),
          maxMicros.get(),
          byCode,
          Instant.ofEpochMilli(lastAtMillis.get()));
    }
  }

  @Inject Clock clock;
  @Inject Instance<TrafficMeters> meters;

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private Map<Key, Cell> cells = new ConcurrentHashMap<>();
  private volatile TrafficMeters meter;

  /**
   * A terminal request was answered.
   *
   * @param terminalCode field 41, or null when the request named no terminal
   * @param kind PAYMENT, TOP_UP, REFUND, REVERSAL, OFFLINE_ADVICE, BALANCE or ACCESS
   * @param responseCode field 39 of the response
   * @param nanos from the request's arrival to its response
   */
  public void served(String terminalCode, String kind, String responseCode, long nanos) {
    TrafficMeters registry = meter();
    if (registry != null && !"NETWORK".equals(kind)) {
      registry.served(kind, responseCode, nanos);
    }
    if (terminalCode != null && PAYMENT_KINDS.contains(kind)) {
      count(SubjectKind.TERMINAL, terminalCode, responseCode, nanos);
    }
  }

  /**
   * A payment channel's callback was handled.
   *
   * @param accepted false for a bad signature or an error
   */
  public void callback(String channel, boolean accepted, long nanos) {
    TrafficMeters registry = meter();
    if (registry != null) {
      registry.callback(channel, accepted);
    }
    count(SubjectKind.CHANNEL, channel, accepted ? "00" : "96", nanos);
  }

  private void count(SubjectKind kind, String subject, String code, long nanos) {
    Instant now = clock.instant();
    Key key = new Key(now.truncatedTo(ChronoUnit.MINUTES), kind, subject);
    lock.readLock().lock();
    try {
      cells.computeIfAbsent(key, k -> new Cell()).add(code, Math.max(0, nanos / 1_000), now);
    } finally {
      lock.readLock().unlock();
    }
  }

  private TrafficMeters meter() {
    TrafficMeters m = meter;
    if (m == null && meters != null && meters.isResolvable()) {
      m = meters.get();
      meter = m;
    }
    return m;
  }

  /** Takes everything counted since the last drain. */
  public Map<Key, TrafficTally> drain() {
    Map<Key, Cell> taken;
    lock.writeLock().lock();
    try {
      taken = cells;
      cells = new ConcurrentHashMap<>();
    } finally {
      lock.writeLock().unlock();
    }
    Map<Key, TrafficTally> tallies = new HashMap<>();
    taken.forEach((key, cell) -> tallies.put(key, cell.tally()));
    return tallies;
  }

  /** Puts back what a drain took and could not write, to be written with the next. */
  public void restore(Map<Key, TrafficTally> tallies) {
    lock.readLock().lock();
    try {
      tallies.forEach(
          (key, tally) -> {
            Cell cell = cells.computeIfAbsent(key, k -> new Cell());
            cell.requests.add(tally.requests());
            cell.approvals.add(tally.approvals());
            cell.declines.add(tally.declines());
            cell.failures.add(tally.failures());
            cell.latencyMicros.add(tally.latencyTotalMicros());
            cell.maxMicros.accumulate(tally.latencyMaxMicros());
            if (tally.lastAt() != null) {
              cell.lastAtMillis.accumulate(tally.lastAt().toEpochMilli());
            }
            tally
                .codes()
                .forEach(
                    (code, n) -> cell.codes.computeIfAbsent(code, c -> new LongAdder()).add(n));
          });
    } finally {
      lock.readLock().unlock();
    }
  }
}
