package org.yikatong.monitoring.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.application.UsageCounts;
import org.yikatong.ledger.domain.PaymentChannel;
import org.yikatong.monitoring.domain.alert.Alert;
import org.yikatong.monitoring.domain.alert.AlertEvent;
import org.yikatong.monitoring.domain.alert.AlertRepository;
import org.yikatong.monitoring.domain.alert.AlertRule;
import org.yikatong.monitoring.domain.alert.AlertRuleRepository;
import org.yikatong.monitoring.domain.alert.AlertSilence;
import org.yikatong.monitoring.domain.alert.AlertSilenceRepository;
import org.yikatong.monitoring.domain.alert.AlertState;
import org.yikatong.monitoring.domain.alert.Observation;
import org.yikatong.monitoring.domain.alert.RuleScope;
import org.yikatong.notification.domain.Notice;
import org.yikatong.security.domain.Role;

/**
 * Evaluates every alert rule once a minute, on one node of the cluster (a persistent timer), after
 * writing this node's own traffic counts; the other nodes write theirs every 15 seconds. In one
 * transaction it raises, clears and drops alerts, ends the silences whose time is up, tells the
 * rules' recipients, and opens a ticket for each alert raised (and resolves it once the alert
 * clears) through {@link AlertTickets}.
 *
 * <p>An alert held back by a silence or a maintenance window is raised all the same, but nobody is
 * told and no ticket is opened until the silence ends while the condition still holds.
 */
@Stateless
@RunAs(Role.ADMINISTRATOR)
public class AlertEvaluator {

  private static final Logger LOG = Logger.getLogger(AlertEvaluator.class.getName());

  /** How many days of use count towards the card holders an alert affects. */
  static final int REACH_DAYS = 7;

  @Inject AlertRuleRepository rules;
  @Inject AlertRepository alerts;
  @Inject AlertSilenceRepository silences;
  @Inject RuleMeasures measures;
  @Inject UsageCounts usage;
  @Inject AlertTickets tickets;
  @Inject TrafficFlush flush;
  @Inject Event<Notice> notices;
  @Inject Clock clock;

  /** What one evaluation did. */
  public record Summary(int raised, int cleared, int open) {}

  @Inject
  @ConfigProperty(name = "yikatong.monitoring.scheduled-evaluation", defaultValue = "true")
  boolean scheduled;

  /**
   * Every minute, on one node of the cluster; a server started with {@code
   * yikatong.monitoring.scheduled-evaluation=false} (the integration tests') evaluates only when
   * asked.
   */
  @Schedule(hour = "*", minute = "*", persistent = true, info = "alert evaluation")
  @PermitAll
  public void everyMinute() {
    if (!scheduled) {
      return;
    }
    Summary summary = evaluate();
    if (summary.raised() + summary.cleared() > 0) {
      LOG.info("Alerts: " + summary);
    }
  }

  /** Evaluates every rule now. */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK})
  public Summary evaluate() {
    return evaluate(null);
  }

  /**
   * Evaluates one rule now (its alerts only), or every rule.
   *
   * @param onlyRule the rule's id, or null for every rule
   */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK})
  public Summary evaluate(Long onlyRule) {
    if (onlyRule != null && rules.find(onlyRule).isEmpty()) {
      throw RequestRefusedException.notFound("No alert rule " + onlyRule);
    }
    flush.flush();
    // One evaluation at a time in the cluster (the minute's timer, a person pressing the button):
    // the second waits for the first and sees what it did.
    List<AlertRule> allRules = rules.lockAll();
    Instant now = clock.instant();
    measures.at(now);
    Map<String, TerminalState> terminals = new HashMap<>();
    measures.terminals().forEach(t -> terminals.put(t.terminalId(), t));
    List<AlertSilence> inForce = endExpired(now);

    Map<String, Alert> open = new HashMap<>();
    for (Alert alert : alerts.findOpen()) {
      open.put(Alert.openKey(alert.getRule().getId(), alert.getSubject()), alert);
    }
    int raised = 0;
    int cleared = 0;
    for (AlertRule rule : allRules) {
      if (onlyRule != null && !onlyRule.equals(rule.getId())) {
        continue;
      }
      Map<String, Observation> observations = rule.isEnabled() ? measures.observe(rule) : Map.of();
      Map<String, List<String>> breachingAt = breachingPerLocation(rule, observations, terminals);
      for (Observation o : observations.values()) {
        String key = Alert.openKey(rule.getId(), o.subject());
        if (o.breaching() && !open.containsKey(key)) {
          Alert alert = new Alert(rule, o, now);
          alerts.addNow(alert);
          open.put(key, alert);
        }
      }
      for (Map.Entry<String, Alert> entry : open.entrySet()) {
        Alert alert = entry.getValue();
        if (!alert.getRule().getId().equals(rule.getId())) {
          continue;
        }
        Observation o = observations.get(alert.getSubject());
        switch (alert.evaluate(o, now)) {
          case RAISED -> {
            raised++;
            reach(alert, o, breachingAt, terminals, now);
            alert.silenced(silencedBy(alert, inForce, terminals, now).isPresent());
            if (alert.isSilenced()) {
              alert.record(AlertEvent.Kind.SILENCED, "system", "raised during a silence", now);
            } else {
              announce(alert, now);
            }
          }
          case CLEARED -> {
            cleared++;
            for (AlertSilence s : inForce) {
              if (s.getKind() == AlertSilence.Kind.SILENCE
                  && alert.getId().equals(s.getAlertId())) {
                s.end(AlertSilence.EndReason.ALERT_CLEARED, now);
              }
            }
            tickets.resolve(alert, now);
            if (!alert.isSilenced()) {
              tell(alert, "ALERT_CLEARED", "告警已恢复：", now);
            }
          }
          case DISCARDED -> alerts.remove(alert);
          case NONE -> {
            if (alert.getState() == AlertState.RAISED) {
              reach(alert, o, breachingAt, terminals, now);
              followSilences(alert, inForce, terminals, now);
            }
          }
        }
      }
    }
    // A disabled rule observes nothing, so its alerts clear after the hold like any other.
    int stillRaised =
        (int)
            open.values().stream()
                .filter(a -> onlyRule == null || onlyRule.equals(a.getRule().getId()))
                .filter(a -> a.getState() == AlertState.RAISED)
                .count();
    return new Summary(raised, cleared, stillRaised);
  }

  /** Ends the silences whose time is up; returns those still not ended. */
  private List<AlertSilence> endExpired(Instant now) {
    List<AlertSilence> notEnded = new ArrayList<>();
    for (AlertSilence s : silences.findNotEnded()) {
      if (s.expiredAt(now)) {
        s.end(AlertSilence.EndReason.EXPIRED, now);
      } else {
        notEnded.add(s);
      }
    }
    return notEnded;
  }

  /**
   * A raised alert whose silence ended is told and ticketed now, if its condition still holds; one
   * that a maintenance window began to cover is held back from now on.
   */
  private void followSilences(
      Alert alert, List<AlertSilence> inForce, Map<String, TerminalState> terminals, Instant now) {
    Optional<AlertSilence> silence = silencedBy(alert, inForce, terminals, now);
    if (alert.isSilenced() && silence.isEmpty()) {
      alert.silenced(false);
      alert.record(AlertEvent.Kind.SILENCE_ENDED, "system", "the condition still holds", now);
      announce(alert, now);
    } else if (!alert.isSilenced() && silence.isPresent()) {
      alert.silenced(true);
      alert.record(
          AlertEvent.Kind.SILENCED,
          silence.get().getCreatedBy(),
          "#" + silence.get().getId() + " " + silence.get().getReason(),
          now);
    }
  }

  private Optional<AlertSilence> silencedBy(
      Alert alert, List<AlertSilence> inForce, Map<String, TerminalState> terminals, Instant now) {
    Set<String> places = places(alert, terminals);
    return inForce.stream().filter(s -> s.covers(alert, places, now)).findFirst();
  }

  /** The alert's subject, its terminals, and their locations and merchants. */
  static Set<String> places(Alert alert, Map<String, TerminalState> terminals) {
    Set<String> places = new HashSet<>();
    places.add(alert.getSubject());
    List<String> codes = new ArrayList<>(alert.affectedTerminals());
    codes.add(alert.getSubject());
    for (String code : codes) {
      TerminalState t = terminals.get(code);
      if (t != null) {
        places.add(t.terminalId());
        places.add(t.location());
        if (t.merchantCode() != null) {
          places.add(t.merchantCode());
        }
      }
    }
    return places;
  }

  /** For terminal rules: the terminals that breach the rule at each location. */
  private static Map<String, List<String>> breachingPerLocation(
      AlertRule rule, Map<String, Observation> observations, Map<String, TerminalState> terminals) {
    Map<String, List<String>> byLocation = new HashMap<>();
    if (rule.getScope() == RuleScope.TERMINAL) {
      observations.values().stream()
          .filter(Observation::breaching)
          .map(o -> terminals.get(o.subject()))
          .filter(t -> t != null)
          .forEach(
              t ->
                  byLocation
                      .computeIfAbsent(t.location(), l -> new ArrayList<>())
                      .add(t.terminalId()));
    }
    return byLocation;
  }

  /**
   * How far the alert reaches: single-point or area-wide (more than one device shows it: for a
   * terminal, other terminals of its location breach the same rule), the devices, and the card
   * holders who used them (or the channel) over the last week.
   */
  private void reach(
      Alert alert,
      Observation observation,
      Map<String, List<String>> breachingAt,
      Map<String, TerminalState> terminals,
      Instant now) {
    RuleScope scope = alert.getRule().getScope();
    boolean areaWide;
    List<String> devices;
    if (scope == RuleScope.TERMINAL) {
      TerminalState t = terminals.get(alert.getSubject());
      List<String> atLocation =
          t == null ? List.of() : breachingAt.getOrDefault(t.location(), List.of());
      areaWide = atLocation.size() > 1;
      devices = areaWide ? atLocation : List.of(alert.getSubject());
    } else if (scope == RuleScope.CHANNEL) {
      areaWide = true;
      devices = List.of();
    } else {
      devices = observation == null ? alert.affectedTerminals() : observation.affectedTerminals();
      areaWide = scope == RuleScope.CAMPUS || devices.size() > 1;
    }
    if (!now.equals(alert.getRaisedAt())
        && alert.affectedTerminals().equals(devices)
        && alert.isAreaWide() == areaWide) {
      return; // unchanged since the last count
    }
    long holders;
    Instant since = now.minus(java.time.Duration.ofDays(REACH_DAYS));
    if (scope == RuleScope.CHANNEL) {
      holders = usage.cardsToppedUpThrough(PaymentChannel.valueOf(alert.getSubject()), since);
    } else {
      holders = usage.cardsUsedAt(devices, since);
    }
    alert.reach(areaWide, devices, (int) Math.min(Integer.MAX_VALUE, holders));
  }

  /** Tells the rule's recipients and opens the alert's ticket (once). */
  private void announce(Alert alert, Instant now) {
    tell(alert, "ALERT_RAISED", "告警：", now);
    tickets.open(alert, now);
  }

  private void tell(Alert alert, String kind, String prefix, Instant now) {
    List<String> recipients = alert.getRule().recipients();
    if (recipients.isEmpty()) {
      return;
    }
    notices.fire(
        new Notice(
            kind,
            "ALERT-" + alert.getId(),
            recipients,
            prefix + alert.getRule().getName() + " — " + alert.getSubject(),
            AlertTickets.describe(alert),
            now));
    alert.record(AlertEvent.Kind.NOTIFIED, "system", String.join(",", recipients), now);
  }
}
