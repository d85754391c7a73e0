package org.yikatong.monitoring.domain.traffic;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Requests counted for one subject: how many, how they ended, how long they took, and the response
 * codes other than 00. Immutable; {@link #plus} adds two tallies.
 *
 * @param codes how often each response code other than 00 was sent
 * @param lastAt when the last request counted arrived; null for an empty tally
 */
public record TrafficTally(
    long requests,
    long approvals,
    long declines,
    long failures,
    long latencyTotalMicros,
    long latencyMaxMicros,
    Map<String, Long> codes,
    Instant lastAt) {

  public static final TrafficTally EMPTY = new TrafficTally(0, 0, 0, 0, 0, 0, Map.of(), null);

  public TrafficTally {
    codes = Map.copyOf(codes);
  }

  /** One request with its response code and service time. */
  public static TrafficTally of(String responseCode, long micros, Instant at) {
    Outcome outcome = Outcome.of(responseCode);
    return new TrafficTally(
        1,
        outcome == Outcome.APPROVED ? 1 : 0,
        outcome == Outcome.DECLINED ? 1 : 0,
        outcome == Outcome.FAILED ? 1 : 0,
        micros,
        micros,
        outcome == Outcome.APPROVED ? Map.of() : Map.of(responseCode, 1L),
        at);
  }

  public TrafficTally plus(TrafficTally other) {
    Map<String, Long> sum = new TreeMap<>(codes);
    other.codes.forEach((code, n) -> sum.merge(code, n, Long::sum));
    Instant last =
        lastAt == null
            ? other.lastAt
            : other.lastAt == null || lastAt.isAfter(other.lastAt) ? lastAt : other.lastAt;
    return new TrafficTally(
        requests + other.requests,
        approvals + other.approvals,
        declines + other.declines,
        failures + other.failures,
        latencyTotalMicros + other.latencyTotalMicros,
        Math.max(latencyMaxMicros, other.latencyMaxMicros),
        sum,
        last);
  }

  /** Failures per ten thousand requests (basis points); 0 without requests. */
  public long failureBasisPoints() {
    return requests == 0 ? 0 : failures * 10_000 / requests;
  }

  /** Approvals per ten thousand requests; 0 without requests. */
  public long approvalBasisPoints() {
    return requests == 0 ? 0 : approvals * 10_000 / requests;
  }

  /** The mean service time in microseconds; 0 without requests. */
  public long meanLatencyMicros() {
    return requests == 0 ? 0 : latencyTotalMicros / requests;
  }

  /** The codes as stored: {@code 51=3;96=1}, in code order. */
  public String codesText() {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(codes)
        .forEach(
            (code, n) -> {
              if (text.length() > 0) {
                text.append(';');
              }
              text.append(code).append('=').append(n);
            });
    return text.toString();
  }

  /** Reads {@link #codesText()}; blank or null is no code. */
  public static Map<String, Long> parseCodes(String text) {
    Map<String, Long> codes = new TreeMap<>();
    if (text == null || text.isBlank()) {
      return codes;
    }
    for (String pair : text.split(";")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        codes.merge(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)), Long::sum);
      }
    }
    return codes;
  }
}
