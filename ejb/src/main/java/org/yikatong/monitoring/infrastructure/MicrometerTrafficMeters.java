package org.yikatong.monitoring.infrastructure;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.yikatong.monitoring.application.TrafficMeters;

/**
 * Counts terminal requests and channel callbacks in the server's Micrometer registry, which the
 * management interface serves as Prometheus text on {@code :9990/metrics}:
 *
 * <ul>
 *   <li>{@code yikatong_terminal_requests_total{kind,code,outcome}}, a counter per request kind and
 *       response code; the outcome is {@link Outcome#of(String) derived from the code};
 *   <li>{@code yikatong_terminal_request_duration_seconds{kind}}, a timer per kind whose histogram
 *       is published at the {@link #LATENCY_BUCKETS} (the {@code _bucket} series);
 *   <li>{@code yikatong_channel_callbacks_total{channel,accepted}}.
 * </ul>
 *
 * Each meter is made once, on its first use ({@link ExportedMeters}), and kept in this bean:
 * serving a request costs a map look-up and an increment, never a search of the registry.
 */
@ApplicationScoped
public class MicrometerTrafficMeters implements TrafficMeters {

  static final String REQUESTS = "yikatong.terminal.requests";
  static final String LATENCY = "yikatong.terminal.request.duration";
  static final String CALLBACKS = "yikatong.channel.callbacks";

  /** The histogram's upper bounds (Prometheus {@code le}), besides {@code +Inf}. */
  static final List<Duration> LATENCY_BUCKETS =
      List.of(10, 25, 50, 100, 250, 500, 1000, 2000).stream().map(Duration::ofMillis).toList();

  /** What a terminal saw of its request, by the response code it got. */
  public enum Outcome {
    /** 00. */
    APPROVED,
    /** A fault of the platform or of the link: 96, 30, 63, 58. */
    FAILED,
    /** Any other code: the request was refused on its merits (funds, card, limits, PIN). */
    DECLINED;

    private static final Set<String> FAULTS = Set.of("96", "30", "63", "58");

    public static Outcome of(String responseCode) {
      if ("00".equals(responseCode)) {
        return APPROVED;
      }
      return FAULTS.contains(responseCode) ? FAILED : DECLINED;
    }

    /** The label value. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private record RequestKey(String kind, String code) {}

  private record CallbackKey(String channel, boolean accepted) {}

  private final ExportedMeters meters;
  private final ConcurrentMap<RequestKey, Counter> requests = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Timer> latencies = new ConcurrentHashMap<>();
  private final ConcurrentMap<CallbackKey, Counter> callbacks = new ConcurrentHashMap<>();

  @Inject
  public MicrometerTrafficMeters(ExportedMeters meters) {
    this.meters = meters;
  }

  /** For the container's client proxy only. */
  protected MicrometerTrafficMeters() {
    this.meters = null;
  }

  @Override
  public void served(String kind, String responseCode, long nanos) {
    requests.computeIfAbsent(new RequestKey(kind, responseCode), this::requestCounter).increment();
    latencies.computeIfAbsent(kind, this::latencyTimer).record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void callback(String channel, boolean accepted) {
    callbacks
        .computeIfAbsent(new CallbackKey(channel, accepted), this::callbackCounter)
        .increment();
  }

  private Counter requestCounter(RequestKey key) {
    return meters.make(
        r ->
            Counter.builder(REQUESTS)
                .description("Terminal requests served, by kind and ISO 8583 response code")
                .tag("kind", key.kind())
                .tag("code", key.code())
                .tag("outcome", Outcome.of(key.code()).label())
                .register(r));
  }

  private Timer latencyTimer(String kind) {
    return meters.make(
        r ->
            Timer.builder(LATENCY)
                .description("Time from a terminal request's arrival to its response")
                .tag("kind", kind)
                .serviceLevelObjectives(LATENCY_BUCKETS.toArray(Duration[]::new))
                .register(r));
  }

  private Counter callbackCounter(CallbackKey key) {
    return meters.make(
        r ->
            Counter.builder(CALLBACKS)
                .description("Payment channel callbacks handled, by channel and whether accepted")
                .tag("channel", key.channel())
                .tag("accepted", Boolean.toString(key.accepted()))
                .register(r));
  }
}
