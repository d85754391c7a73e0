package org.yikatong.monitoring.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yikatong.security.domain.Role;
import org.yikatong.servicedesk.application.ServiceStatistics;
import org.yikatong.terminal.application.TerminalHealthCounts;

/**
 * Reads the {@link LiveFigures} from the areas that hold them: a handful of count queries, one
 * transaction. A terminal counts as online when it was heard from within {@code
 * yikatong.monitoring.offline-after} (MicroProfile Config, an ISO-8601 duration, default {@code
 * PT3M}: three heartbeat intervals).
 */
@Stateless
@RolesAllowed({Role.ADMINISTRATOR, Role.AUDITOR})
public class LiveFiguresReader {

  @Inject TerminalHealthCounts terminals;
  @Inject ServiceStatistics statistics;
  @Inject Instance<OpenAlertCount> alerts;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "yikatong.monitoring.offline-after", defaultValue = "PT3M")
  Duration offlineAfter;

  public LiveFigures read() {
    TerminalHealthCounts.Counts counts = terminals.counts(offlineAfter);
    ServiceStatistics.OpenTickets open = statistics.openNow();
    OptionalLong alertsOpen =
        alerts.isResolvable() ? OptionalLong.of(alerts.get().openAlerts()) : OptionalLong.empty();
    return new LiveFigures(
        counts.enabled(),
        counts.online(),
        alertsOpen,
        open.byLevel(),
        open.pastDeadline(),
        clock.instant());
  }
}
