package org.yikatong.monitoring.infrastructure;

import io.micrometer.core.instrument.Gauge;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.yikatong.monitoring.application.LiveFigures;
import org.yikatong.monitoring.application.LiveFiguresReader;
import org.yikatong.security.domain.Role;

/**
 * The gauges of the {@link LiveFigures}: read from the database every 30 seconds on each node by a
 * non-persistent timer (the first time as the application starts), and served from memory to every
 * scrape, so a scrape never costs a query. Runs as {@link Role#AUDITOR}, a role that only reads.
 *
 * <ul>
 *   <li>{@code yikatong_terminals_online}, {@code yikatong_terminals_enabled};
 *   <li>{@code yikatong_tickets_open{level}}, {@code yikatong_sla_breaches_open};
 *   <li>{@code yikatong_alerts_open}, from the first read that finds an alert source;
 *   <li>{@code yikatong_live_figures_read_timestamp_seconds}, when the figures were last read: a
 *       read that fails (the database away) is logged and leaves the figures as they were, and this
 *       gauge tells how old they are.
 * </ul>
 *
 * Each gauge appears with the first successful read.
 */
@Singleton
@Startup
@RunAs(Role.AUDITOR)
public class LiveFigureGauges {

  private static final Logger LOG = Logger.getLogger(LiveFigureGauges.class.getName());

  /** How often the figures are read, in milliseconds. */
  static final long REFRESH_MILLIS = 30_000;

  @Inject ExportedMeters meters;
  @Inject LiveFiguresReader reader;
  @Resource TimerService timers;

  private final AtomicLong terminalsOnline = new AtomicLong();
  private final AtomicLong terminalsEnabled = new AtomicLong();
  private final AtomicLong alertsOpen = new AtomicLong();
  private final AtomicLong slaBreachesOpen = new AtomicLong();
  private final AtomicLong readAtMillis = new AtomicLong();
  private final Map<String, AtomicLong> ticketsOpen = new ConcurrentHashMap<>();
  private boolean registered;
  private boolean alertsRegistered;

  @PostConstruct
  void schedule() {
    timers.createIntervalTimer(0, REFRESH_MILLIS, new TimerConfig("live figures", false));
  }

  @Timeout
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void refresh() {
    LiveFigures figures;
    try {
      figures = reader.read();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Live figures for the metrics registry could not be read", e);
      return;
    }
    terminalsOnline.set(figures.terminalsOnline());
    terminalsEnabled.set(figures.terminalsEnabled());
    slaBreachesOpen.set(figures.slaBreachesOpen());
    figures.ticketsOpenByLevel().forEach((level, n) -> ticketsOpen(level).set(n));
    figures.alertsOpen().ifPresent(n -> alertsOpen.set(n));
    readAtMillis.set(figures.readAt().toEpochMilli());
    if (!registered) {
      gauge("yikatong.terminals.online", "Enabled terminals heard from lately", terminalsOnline);
      gauge("yikatong.terminals.enabled", "Terminals enabled", terminalsEnabled);
      gauge("yikatong.sla.breaches.open", "Open tickets past a deadline", slaBreachesOpen);
      meters.make(
          r ->
              Gauge.builder(
                      "yikatong.live.figures.read.timestamp",
                      readAtMillis,
                      millis -> millis.get() / 1000.0)
                  .description("When the live figures were last read from the database (Unix time)")
                  .baseUnit("seconds")
                  .strongReference(true)
                  .register(r));
      registered = true;
    }
    if (figures.alertsOpen().isPresent() && !alertsRegistered) {
      gauge("yikatong.alerts.open", "Alerts raised and not yet cleared", alertsOpen);
      alertsRegistered = true;
    }
  }

  private AtomicLong ticketsOpen(String level) {
    return ticketsOpen.computeIfAbsent(
        level,
        l -> {
          AtomicLong value = new AtomicLong();
          meters.make(
              r ->
                  Gauge.builder("yikatong.tickets.open", value, AtomicLong::get)
                      .description("Tickets neither resolved nor closed")
                      .tag("level", l)
                      .strongReference(true)
                      .register(r));
          return value;
        });
  }

  private void gauge(String name, String description, AtomicLong value) {
    meters.make(
        r ->
            Gauge.builder(name, value, AtomicLong::get)
                .description(description)
                .strongReference(true)
                .register(r));
  }
}
