package org.yikatong.monitoring.application;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark, not a test: what counting one request costs the payment path, in nanoseconds of one
 * thread, with 1 and 2 threads counting at once over 20 terminals and a drain every 15 seconds'
 * worth of requests. Run with {@code docs/bench/traffic-recorder.sh}; the figures go into
 * docs/benchmarks.md.
 */
public final class TrafficRecorderBench {

  private TrafficRecorderBench() {}

  public static void main(String[] args) throws Exception {
    int perThread = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
    for (int threads : new int[] {1, 2}) {
      for (int round = 0; round < 3; round++) {
        double ns = run(threads, perThread);
        System.out.printf(
            "threads=%d round=%d: %.1f ns per counted request (per thread)%n", threads, round, ns);
      }
    }
  }

  private static double run(int threads, int perThread) throws Exception {
    TrafficRecorder recorder = new TrafficRecorder();
    recorder.clock = Clock.systemUTC();
    String[] terminals = new String[20];
    for (int i = 0; i < terminals.length; i++) {
      terminals[i] = String.format("T%07d", i + 1);
    }
    String[] codes = {"00", "00", "00", "00", "00", "00", "00", "00", "51", "96"};
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(threads);
    AtomicLong nanos = new AtomicLong();
    for (int t = 0; t < threads; t++) {
      int seed = t;
      new Thread(
              () -> {
                try {
                  start.await();
                  long begin = System.nanoTime();
                  for (int n = 0; n < perThread; n++) {
                    recorder.served(
                        terminals[(n + seed) % terminals.length],
                        "PAYMENT",
                        codes[n % codes.length],
                        1_500_000);
                    if (seed == 0 && n % 4_500 == 0) {
                      recorder.drain(); // 300 payments/s x 15 s between two flushes
                    }
                  }
                  nanos.addAndGet(System.nanoTime() - begin);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } finally {
                  done.countDown();
                }
              })
          .start();
    }
    start.countDown();
    done.await();
    return (double) nanos.get() / threads / perThread;
  }
}
