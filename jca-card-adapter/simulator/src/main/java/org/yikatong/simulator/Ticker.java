package org.yikatong.simulator;

import java.util.concurrent.locks.LockSupport;

/**
 * The monotonic time the open-loop benchmark schedules by and measures with, in nanoseconds. The
 * driver only reads it and waits on it, so that a test can run the schedule in virtual time.
 */
interface Ticker {

  /** Now, in nanoseconds from an arbitrary origin; never goes back. */
  long nanos();

  /** Returns once {@link #nanos()} has reached the deadline (at once if it has). */
  void awaitNanos(long deadline) throws InterruptedException;

  /** {@link System#nanoTime()}, waiting by parking the thread. */
  Ticker SYSTEM =
      new Ticker() {
        @Override
        public long nanos() {
          return System.nanoTime();
        }

        @Override
        public void awaitNanos(long deadline) throws InterruptedException {
          for (long left = deadline - System.nanoTime();
              left > 0;
              left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
            if (Thread.interrupted()) {
              throw new InterruptedException();
            }
          }
        }
      };
}
