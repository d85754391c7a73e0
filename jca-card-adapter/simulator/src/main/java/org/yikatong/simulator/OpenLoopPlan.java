package org.yikatong.simulator;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * The schedule of an open-loop run: payment {@code i} is due {@code i / rate} seconds after the
 * start, whatever became of the payments before it. Terminals take the payments in turn (payment
 * {@code i} goes to terminal {@code i % terminals}), so each terminal is offered {@code rate /
 * terminals} payments a second, evenly spaced; cards and amounts are drawn from a seeded random
 * sequence, so that a seed repeats a run. The first {@code rate * warmup} payments are the warm-up;
 * the {@code rate * duration} after them are measured.
 *
 * <p>Walked once, in order, by one thread.
 */
final class OpenLoopPlan {

  /**
   * One payment of the schedule.
   *
   * @param index its place in the schedule, from 0
   * @param offsetNanos when it is due, after the start of the run
   * @param terminal the index of its terminal
   * @param measured whether it falls in the measured window (not the warm-up)
   */
  record Payment(
      long index, long offsetNanos, int terminal, String card, long amountFen, boolean measured) {}

  private static final long SECOND = 1_000_000_000L;

  private final int rate;
  private final long warmupPayments;
  private final long size;
  private final int terminals;
  private final List<String> cards;
  private final long maxAmountFen;
  private final SplittableRandom random;
  private long next;

  OpenLoopPlan(
      int rate,
      int warmupSeconds,
      int durationSeconds,
      int terminals,
      List<String> cards,
      long maxAmountFen,
      long seed) {
    if (rate < 1 || warmupSeconds < 0 || durationSeconds < 1 || terminals < 1) {
      throw new IllegalArgumentException("Not a schedule");
    }
    if (cards.isEmpty() || maxAmountFen < 1) {
      throw new IllegalArgumentException("No cards or no amounts to pay with");
    }
    this.rate = rate;
    this.warmupPayments = (long) rate * warmupSeconds;
    this.size = (long) rate * (warmupSeconds + durationSeconds);
    this.terminals = terminals;
    this.cards = List.copyOf(cards);
    this.maxAmountFen = maxAmountFen;
    this.random = new SplittableRandom(seed);
  }

  /** Payments in the whole schedule. */
  long size() {
    return size;
  }

  /** When payment {@code index} is due, in nanoseconds after the start. */
  long offsetNanos(long index) {
    return index * SECOND / rate;
  }

  /** When the measured window starts, after the start of the run. */
  long measuredFromNanos() {
    return offsetNanos(warmupPayments);
  }

  /** When the measured window ends (the schedule's end), after the start of the run. */
  long measuredToNanos() {
    return offsetNanos(size);
  }

  boolean hasNext() {
    return next < size;
  }

  /** The next payment of the schedule. */
  Payment next() {
    if (!hasNext()) {
      throw new NoSuchElementException("The schedule has " + size + " payments");
    }
    long index = next++;
    return new Payment(
        index,
        offsetNanos(index),
        (int) (index % terminals),
        cards.get(random.nextInt(cards.size())),
        1 + random.nextLong(maxAmountFen),
        index >= warmupPayments);
  }
}
