package org.yikatong.simulator;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the adapter answered during a simulation. Thread-safe. */
public final class SimulationReport {

  private final Map<String, Integer> byCode = new TreeMap<>();
  private final List<Long> latenciesNanos = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();
  private int invalidMacs;

  synchronized void record(String responseCode, boolean macValid, long latencyNanos) {
    byCode.merge(String.valueOf(responseCode), 1, Integer::sum);
    latenciesNanos.add(latencyNanos);
    if (!macValid) {
      invalidMacs++;
    }
  }

  synchronized void recordFailure(String failure) {
    failures.add(failure);
  }

  /** Responses by field 39. */
  public synchronized Map<String, Integer> responsesByCode() {
    return Map.copyOf(byCode);
  }

  public synchronized int invalidMacs() {
    return invalidMacs;
  }

  public synchronized List<String> failures() {
    return List.copyOf(failures);
  }

  /** Every request answered 00, with a valid MAC. */
  public synchronized boolean allApproved() {
    return failures.isEmpty() && invalidMacs == 0 && byCode.keySet().equals(java.util.Set.of("00"));
  }

  synchronized void print(PrintStream out) {
    List<Long> sorted = new ArrayList<>(latenciesNanos);
    Collections.sort(sorted);
    out.println("responses by code: " + byCode);
    out.println("responses with an invalid MAC: " + invalidMacs);
    out.println("requests without a response: " + failures.size());
    failures.stream().limit(10).forEach(f -> out.println("  " + f));
    if (!sorted.isEmpty()) {
      out.printf(
          "latency ms: p50 %.1f, p95 %.1f, max %.1f over %d responses%n",
          percentile(sorted, 50),
          percentile(sorted, 95),
          sorted.get(sorted.size() - 1) / 1e6,
          sorted.size());
    }
  }

  private static double percentile(List<Long> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }
}
