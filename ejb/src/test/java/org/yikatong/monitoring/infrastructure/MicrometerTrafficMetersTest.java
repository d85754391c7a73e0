package org.yikatong.monitoring.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.monitoring.infrastructure.MicrometerTrafficMeters.Outcome;

class MicrometerTrafficMetersTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final MicrometerTrafficMeters meters =
      new MicrometerTrafficMeters(new ExportedMeters(registry));

  private double requests(String kind, String code) {
    return registry
        .get(MicrometerTrafficMeters.REQUESTS)
        .tag("kind", kind)
        .tag("code", code)
        .counter()
        .count();
  }

  @Test
  @DisplayName(
      "00 is approved; 96, 30, 63, 58 are failures of the platform or link; others decline")
  void outcomes() {
    assertEquals(Outcome.APPROVED, Outcome.of("00"));
    for (String fault : new String[] {"96", "30", "63", "58"}) {
      assertEquals(Outcome.FAILED, Outcome.of(fault), fault);
    }
    for (String decline : new String[] {"51", "55", "14", "12", "94", "61"}) {
      assertEquals(Outcome.DECLINED, Outcome.of(decline), decline);
    }
  }

  @Test
  @DisplayName("each request counts once under its kind, code and outcome")
  void countsRequests() {
    meters.served("PAYMENT", "00", 1_000_000);
    meters.served("PAYMENT", "00", 2_000_000);
    meters.served("PAYMENT", "51", 3_000_000);
    meters.served("TOP_UP", "96", 4_000_000);

    assertEquals(2.0, requests("PAYMENT", "00"));
    assertEquals(1.0, requests("PAYMENT", "51"));
    assertEquals(1.0, requests("TOP_UP", "96"));
    assertEquals(
        "declined",
        registry
            .get(MicrometerTrafficMeters.REQUESTS)
            .tag("code", "51")
            .counter()
            .getId()
            .getTag("outcome"));
    assertEquals(
        "failed",
        registry
            .get(MicrometerTrafficMeters.REQUESTS)
            .tag("code", "96")
            .counter()
            .getId()
            .getTag("outcome"));
  }

  @Test
  @DisplayName("latency goes into a histogram per kind with the SLO buckets from 10 ms to 2 s")
  void latencyHistogram() {
    meters.served("PAYMENT", "00", TimeUnit.MILLISECONDS.toNanos(7));
    meters.served("PAYMENT", "51", TimeUnit.MILLISECONDS.toNanos(120));
    meters.served("PAYMENT", "00", TimeUnit.MILLISECONDS.toNanos(3_000));

    Timer timer = registry.get(MicrometerTrafficMeters.LATENCY).tag("kind", "PAYMENT").timer();
    assertEquals(3, timer.count());
    CountAtBucket[] buckets = timer.takeSnapshot().histogramCounts();
    assertEquals(
        Arrays.asList(10.0, 25.0, 50.0, 100.0, 250.0, 500.0, 1000.0, 2000.0),
        Arrays.stream(buckets).map(b -> b.bucket(TimeUnit.MILLISECONDS)).toList());
    assertEquals(1.0, buckets[0].count(), "≤ 10 ms");
    assertEquals(1.0, buckets[3].count(), "≤ 100 ms");
    assertEquals(2.0, buckets[4].count(), "≤ 250 ms");
    assertEquals(2.0, buckets[7].count(), "≤ 2 s: the 3 s one lies above every bucket");
  }

  @Test
  @DisplayName("a meter is made once and reused, not looked up per request")
  void metersAreCached() {
    meters.served("PAYMENT", "00", 1);
    Counter first = registry.get(MicrometerTrafficMeters.REQUESTS).counter();
    meters.served("PAYMENT", "00", 1);
    assertSame(first, registry.get(MicrometerTrafficMeters.REQUESTS).counter());
    assertEquals(1, registry.find(MicrometerTrafficMeters.REQUESTS).counters().size());
    assertEquals(1, registry.find(MicrometerTrafficMeters.LATENCY).timers().size());
  }

  @Test
  @DisplayName("channel callbacks count by channel and whether accepted")
  void callbacks() {
    meters.callback("WECHAT", true);
    meters.callback("WECHAT", false);
    meters.callback("WECHAT", true);
    meters.callback("BANK", false);

    assertEquals(
        2.0,
        registry
            .get(MicrometerTrafficMeters.CALLBACKS)
            .tag("channel", "WECHAT")
            .tag("accepted", "true")
            .counter()
            .count());
    assertEquals(
        1.0,
        registry
            .get(MicrometerTrafficMeters.CALLBACKS)
            .tag("channel", "WECHAT")
            .tag("accepted", "false")
            .counter()
            .count());
    assertEquals(
        1.0,
        registry
            .get(MicrometerTrafficMeters.CALLBACKS)
            .tag("channel", "BANK")
            .tag("accepted", "false")
            .counter()
            .count());
  }
}
