package org.yikatong.monitoring.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.yikatong.ledger.application.UsageCounts;
import org.yikatong.ledger.domain.PaymentChannel;
import org.yikatong.monitoring.domain.traffic.SubjectKind;
import org.yikatong.monitoring.domain.traffic.TrafficMinute;
import org.yikatong.monitoring.domain.traffic.TrafficMinuteRepository;
import org.yikatong.monitoring.domain.traffic.TrafficTally;
import org.yikatong.security.domain.Role;

/**
 * The live health of the terminals, their locations and merchants, and the payment channels, over a
 * sliding window of minutes; and the trend of the traffic, minute by minute or hour by hour, from
 * the summaries every node writes (they survive restarts).
 */
@Stateless
@RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK, Role.TECHNICIAN, Role.AUDITOR})
public class TerminalHealth {

  @Inject HealthReadings readings;
  @Inject TrafficMinuteRepository minutes;
  @Inject UsageCounts usage;

  /** One point of a trend. */
  public record TrendPoint(Instant from, TrafficTally traffic) {}

  /** Every terminal, by location then code. */
  public List<TerminalState> terminals(@Min(1) @Max(1440) int windowMinutes) {
    List<TerminalState> states = new ArrayList<>(readings.terminals(readings.now(), windowMinutes));
    states.sort(
        java.util.Comparator.comparing(TerminalState::location)
            .thenComparing(TerminalState::terminalId));
    return states;
  }

  /** The enabled terminals of each location. */
  public List<GroupState> locations(@Min(1) @Max(1440) int windowMinutes) {
    return groups(terminals(windowMinutes), TerminalState::location);
  }

  /** The enabled terminals of each merchant (terminals without a merchant are left out). */
  public List<GroupState> merchants(@Min(1) @Max(1440) int windowMinutes) {
    return groups(
        terminals(windowMinutes).stream().filter(t -> t.merchantCode() != null).toList(),
        TerminalState::merchantCode);
  }

  /** Every payment channel: its callbacks over the window and its top-up orders waiting. */
  public List<GroupState> channels(@Min(1) @Max(1440) int windowMinutes) {
    readings.flushThisNode();
    Instant now = readings.now();
    Map<String, TrafficTally> traffic = readings.sum(SubjectKind.CHANNEL, now, windowMinutes);
    List<GroupState> states = new ArrayList<>();
    for (PaymentChannel channel : PaymentChannel.values()) {
      states.add(
          new GroupState(
              channel.name(),
              0,
              0,
              0,
              traffic.getOrDefault(channel.name(), TrafficTally.EMPTY),
              usage.topUpsWaiting(channel, now)));
    }
    return states;
  }

  /** How long a terminal may stay silent before it counts as offline. */
  public Duration offlineAfter() {
    return readings.offlineAfter();
  }

  /**
   * The payment traffic of every terminal (or of one location's, or of one terminal) over the last
   * {@code hours}, in buckets of {@code bucketMinutes}, oldest first; empty buckets included.
   *
   * @param location a location, or null for every terminal
   * @param terminalId a terminal, or null
   */
  public List<TrendPoint> trend(
      String location,
      String terminalId,
      @Min(1) @Max(24 * 35) int hours,
      @Min(1) @Max(1440) int bucketMinutes) {
    Instant now = readings.now();
    Instant to = now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
    Instant from = to.minus(Duration.ofHours(hours));
    java.util.Set<String> wanted = null;
    if (location != null || terminalId != null) {
      wanted = new java.util.HashSet<>();
      for (TerminalState t : readings.terminals(now, 1)) {
        if ((location == null || location.equals(t.location()))
            && (terminalId == null || terminalId.equals(t.terminalId()))) {
          wanted.add(t.terminalId());
        }
      }
    }
    long bucketSeconds = bucketMinutes * 60L;
    TreeMap<Instant, TrafficTally> buckets = new TreeMap<>();
    for (Instant at = from; at.isBefore(to); at = at.plusSeconds(bucketSeconds)) {
      buckets.put(at, TrafficTally.EMPTY);
    }
    List<TrafficMinute> rows =
        terminalId != null
            ? minutes.findOf(SubjectKind.TERMINAL, terminalId, from, to)
            : minutes.findBetween(SubjectKind.TERMINAL, from, to);
    for (TrafficMinute row : rows) {
      if (wanted != null && !wanted.contains(row.getSubject())) {
        continue;
      }
      long offset = Duration.between(from, row.getMinuteStart()).getSeconds() / bucketSeconds;
      buckets.merge(from.plusSeconds(offset * bucketSeconds), row.tally(), TrafficTally::plus);
    }
    return buckets.entrySet().stream().map(e -> new TrendPoint(e.getKey(), e.getValue())).toList();
  }

  private static List<GroupState> groups(
      List<TerminalState> terminals, Function<TerminalState, String> key) {
    Map<String, List<TerminalState>> byKey = new TreeMap<>();
    for (TerminalState t : terminals) {
      if ("ENABLED".equals(t.status())) {
        byKey.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t);
      }
    }
    List<GroupState> groups = new ArrayList<>();
    byKey.forEach(
        (k, members) ->
            groups.add(
                new GroupState(
                    k,
                    members.size(),
                    (int) members.stream().filter(TerminalState::online).count(),
                    (int) members.stream().filter(TerminalState::deviceFault).count(),
                    members.stream()
                        .map(TerminalState::traffic)
                        .reduce(TrafficTally.EMPTY, TrafficTally::plus),
                    0)));
    return groups;
  }
}
