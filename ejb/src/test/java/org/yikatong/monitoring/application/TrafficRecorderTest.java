package org.yikatong.monitoring.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.monitoring.domain.traffic.TrafficTally;

class TrafficRecorderTest {

  private static TrafficRecorder recorder() {
    TrafficRecorder recorder = new TrafficRecorder();
    recorder.clock = Clock.fixed(Instant.parse("2026-12-01T04:00:30Z"), ZoneOffset.UTC);
    return recorder;
  }

  @Test
  @DisplayName("payments are counted per terminal and minute, access checks are not")
  void counts() {
    TrafficRecorder recorder = recorder();
    recorder.served("T0000001", "PAYMENT", "00", 2_000_000);
    recorder.served("T0000001", "PAYMENT", "51", 1_000_000);
    recorder.served("T0000001", "BALANCE", "96", 3_000_000);
    recorder.served("G0000001", "ACCESS", "00", 1_000_000);
    Map<TrafficRecorder.Key, TrafficTally> drained = recorder.drain();
    assertEquals(1, drained.size());
    TrafficTally t = drained.values().iterator().next();
    assertEquals(3, t.requests());
    assertEquals(1, t.approvals());
    assertEquals(1, t.declines());
    assertEquals(1, t.failures());
    assertEquals(Map.of("51", 1L, "96", 1L), t.codes());
    assertEquals(2_000, t.meanLatencyMicros());
    assertEquals(3_000, t.latencyMaxMicros());
    assertEquals(3_333, t.failureBasisPoints());
    assertEquals(0, recorder.drain().size());
  }

  @Test
  @DisplayName("counting while draining loses and doubles nothing")
  void concurrentDrains() throws Exception {
    TrafficRecorder recorder = recorder();
    int threads = 4;
    int perThread = 50_000;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> workers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      String terminal = "T000000" + (i % 2);
      workers.add(
          pool.submit(
              () -> {
                start.await();
                for (int n = 0; n < perThread; n++) {
                  recorder.served(terminal, "PAYMENT", n % 10 == 0 ? "96" : "00", 1_000);
                }
                return null;
              }));
    }
    start.countDown();
    TrafficTally total = TrafficTally.EMPTY;
    while (workers.stream().anyMatch(f -> !f.isDone())) {
      for (TrafficTally t : recorder.drain().values()) {
        total = total.plus(t);
      }
    }
    for (Future<?> f : workers) {
      f.get();
    }
    for (TrafficTally t : recorder.drain().values()) {
      total = total.plus(t);
    }
    pool.shutdown();
    assertEquals((long) threads * perThread, total.requests());
    assertEquals((long) threads * perThread / 10, total.failures());
    assertEquals(total.requests(), total.approvals() + total.failures());
  }

  @Test
  @DisplayName("what a failed write gave back is written with the next drain")
  void restore() {
    TrafficRecorder recorder = recorder();
    recorder.served("T0000001", "PAYMENT", "00", 1_000);
    Map<TrafficRecorder.Key, TrafficTally> first = recorder.drain();
    recorder.served("T0000001", "PAYMENT", "63", 1_000);
    recorder.restore(first);
    TrafficTally t = recorder.drain().values().iterator().next();
    assertEquals(2, t.requests());
    assertEquals(1, t.failures());
  }
}
