package org.yikatong.simulator;

import java.util.PriorityQueue;

/**
 * Virtual time for the open-loop driver: waiting moves time on at once, running on the way the
 * actions scheduled for the times passed (a peer's answers), in time order, on the waiting thread.
 * A whole run takes no real time and comes out the same every time.
 */
final class FakeTicker implements Ticker {

  private record Action(long at, long order, Runnable run) {}

  private final PriorityQueue<Action> actions =
      new PriorityQueue<>(
          (a, b) -> a.at != b.at ? Long.compare(a.at, b.at) : Long.compare(a.order, b.order));
  private long now = 1_000_000_000L;
  private long order;

  @Override
  public long nanos() {
    return now;
  }

  @Override
  public void awaitNanos(long deadline) {
    while (!actions.isEmpty() && actions.peek().at <= deadline) {
      Action next = actions.poll();
      now = Math.max(now, next.at);
      next.run.run();
    }
    now = Math.max(now, deadline);
  }

  /** Runs the action when time reaches {@code at} (at the next wait, if it is already past). */
  void at(long at, Runnable run) {
    actions.add(new Action(at, order++, run));
  }
}
