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
  private int repeatsMatched;
  private final List<String> repeatMismatches = new ArrayList<>();
  private int malformedClosed;
  private final List<String> malformedNotClosed = new ArrayList<>();

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

  /** A request sent again with the same key: its answer must be the first one's. */
  synchronized void recordRepeat(boolean sameAnswer, String what) {
    if (sameAnswer) {
      repeatsMatched++;
    } else {
      repeatMismatches.add(what);
    }
  }

  synchronized void recordMalformed(boolean closed, String what) {
    if (closed) {
      malformedClosed++;
    } else {
      malformedNotClosed.add(what);
    }
  }

  /**
   * Nothing went wrong on the wire: every request answered, every MAC valid, every repeat answered
   * as the first, every malformed frame's connection closed. Declines are answers.
   */
  public synchronized boolean consistent() {
    return failures.isEmpty()
        && invalidMacs == 0
        && repeatMismatches.isEmpty()
        && malformedNotClosed.isEmpty();
  }

  public synchronized int repeatsMatched() {
    return repeatsMatched;
  }

  public synchronized int malformedClosed() {
    return malformedClosed;
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
    out.println(
        "repeats answered as the first: "
            + repeatsMatched
            + ", otherwise: "
            + repeatMismatches.size());
    repeatMismatches.stream().limit(10).forEach(f -> out.println("  " + f));
    out.println(
        "malformed frames whose connection was closed: "
            + malformedClosed
            + ", not closed: "
            + malformedNotClosed.size());
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
