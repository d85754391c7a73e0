package org.yikatong.monitoring.application;

import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What the platform holds right now, read from the database for the metrics registry.
 *
 * @param terminalsEnabled the terminals enabled
 * @param terminalsOnline the enabled terminals heard from within the offline threshold
 * @param alertsOpen the alerts open across the cluster; empty where no alert source is deployed
 * @param ticketsOpenByLevel the tickets neither resolved nor closed, per level name, every level
 *     named
 * @param slaBreachesOpen the open tickets past a deadline
 * @param readAt when the figures were read
 */
public record LiveFigures(
    long terminalsEnabled,
    long terminalsOnline,
    OptionalLong alertsOpen,
    Map<String, Long> ticketsOpenByLevel,
    long slaBreachesOpen,
    Instant readAt) {

  public LiveFigures {
    ticketsOpenByLevel = Map.copyOf(ticketsOpenByLevel);
  }
}
