package org.yikatong.monitoring.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yikatong.monitoring.domain.traffic.SubjectKind;
import org.yikatong.monitoring.domain.traffic.TrafficMinute;
import org.yikatong.monitoring.domain.traffic.TrafficMinuteRepository;
import org.yikatong.monitoring.domain.traffic.TrafficTally;
import org.yikatong.terminal.application.TerminalDirectory;
import org.yikatong.terminal.application.TerminalSummary;

/**
 * Reads terminal health from the terminal records and every node's traffic summaries, for the
 * caller's transaction and role. A terminal is offline once it has been silent for {@code
 * yikatong.monitoring.offline-after} (ISO-8601, default 3 minutes).
 */
@Dependent
class HealthReadings {

  @Inject TerminalDirectory directory;
  @Inject TrafficMinuteRepository minutes;
  @Inject Clock clock;
  @Inject TrafficFlush flush;

  @Inject
  @ConfigProperty(name = "yikatong.monitoring.offline-after", defaultValue = "PT3M")
  Duration offlineAfter;

  /** Writes this node's latest counts, so that what is read next includes them. */
  void flushThisNode() {
    flush.flush();
  }

  Instant now() {
    return clock.instant();
  }

  Duration offlineAfter() {
    return offlineAfter;
  }

  /**
   * Every terminal with its traffic over the last {@code windowMinutes} (the current minute
   * included, as far as the nodes have flushed it).
   */
  List<TerminalState> terminals(Instant now, int windowMinutes) {
    flush.flush(); // this node's latest counts too, not only what it wrote up to 15 s ago
    Map<String, TrafficTally> traffic = sum(SubjectKind.TERMINAL, now, windowMinutes);
    Map<String, Instant> lastRequest = lastRequests(now);
    Map<String, TerminalDirectory.TerminalMode> modes = directory.modes();
    TerminalDirectory.TerminalMode normal = new TerminalDirectory.TerminalMode("NORMAL", null);
    List<TerminalState> states = new ArrayList<>();
    for (TerminalSummary t : directory.all()) {
      TerminalDirectory.TerminalMode mode = modes.getOrDefault(t.terminalId(), normal);
      Instant seen = later(t.lastSeenAt(), lastRequest.get(t.terminalId()));
      boolean online =
          "ENABLED".equals(t.status())
              && "SIGNED_ON".equals(t.linkState())
              && seen != null
              && !seen.plus(offlineAfter).isBefore(now);
      states.add(
          new TerminalState(
              t.terminalId(),
              t.type(),
              t.merchantCode(),
              t.location(),
              t.status(),
              t.linkState(),
              online,
              seen,
              t.deviceStatus(),
              t.deviceStatusAt(),
              traffic.getOrDefault(t.terminalId(), TrafficTally.EMPTY),
              mode.current(),
              mode.pending()));
    }
    return states;
  }

  /**
   * Each subject's traffic over the last {@code windowMinutes}, summed over the nodes, as far as
   * they have written it (callers flush this node's counts first).
   */
  Map<String, TrafficTally> sum(SubjectKind kind, Instant now, int windowMinutes) {
    Instant from = windowStart(now, windowMinutes);
    Map<String, TrafficTally> sums = new HashMap<>();
    for (TrafficMinute row : minutes.findBetween(kind, from, now.plusSeconds(60))) {
      sums.merge(row.getSubject(), row.tally(), TrafficTally::plus);
    }
    return sums;
  }

  /** The minutes that a window of n minutes ending now covers: the current one and n - 1 before. */
  static Instant windowStart(Instant now, int windowMinutes) {
    return now.truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
        .minus(Duration.ofMinutes(windowMinutes - 1L));
  }

  private Map<String, Instant> lastRequests(Instant now) {
    Map<String, Instant> last = new HashMap<>();
    Instant from = now.minus(offlineAfter).minus(Duration.ofMinutes(2));
    for (TrafficMinute row : minutes.findBetween(SubjectKind.TERMINAL, from, now.plusSeconds(60))) {
      Instant at = row.tally().lastAt();
      if (at != null) {
        last.merge(row.getSubject(), at, HealthReadings::later);
      }
    }
    return last;
  }

  static Instant later(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
