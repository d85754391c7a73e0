package org.yikatong.monitoring.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.monitoring.domain.alert.Alert;
import org.yikatong.monitoring.domain.alert.AlertEvent;
import org.yikatong.monitoring.domain.alert.AlertRepository;
import org.yikatong.monitoring.domain.alert.AlertRuleRepository;
import org.yikatong.monitoring.domain.alert.AlertSilence;
import org.yikatong.monitoring.domain.alert.AlertSilenceRepository;
import org.yikatong.monitoring.domain.alert.AlertState;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.Role;

/**
 * The alerts, open and past, with their events; silences of an alert and maintenance windows for
 * planned work, which record who set them and why.
 */
@Stateless
@RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK, Role.TECHNICIAN, Role.AUDITOR})
public class Alerts {

  @Inject AlertRepository alerts;
  @Inject AlertRuleRepository rules;
  @Inject AlertSilenceRepository silences;
  @Inject Caller caller;
  @Inject Clock clock;

  /** Pending and raised alerts, oldest first. */
  public List<Alert> open() {
    return alerts.findOpen();
  }

  /**
   * Alerts whose episode began in [from, to), newest first.
   *
   * @param state only those in this state, or null for all
   */
  public List<Alert> history(
      @NotNull Instant from, @NotNull Instant to, AlertState state, @Min(1) @Max(1000) int max) {
    return alerts.findSince(from, to, state, max);
  }

  public Alert find(long id) {
    return alerts.find(id).orElseThrow(() -> RequestRefusedException.notFound("No alert " + id));
  }

  /** The alert's events, oldest first. */
  public List<AlertEvent> events(long id) {
    return find(id).getEvents();
  }

  /**
   * Silences an open alert until {@code until} or until it clears, whichever comes first: nobody is
   * told and no ticket is opened meanwhile; if it still holds at the end, it is told then.
   */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK})
  @Audited
  public AlertSilence silence(
      long alertId, @NotNull Instant until, @NotBlank @Size(max = 400) String reason) {
    Alert alert =
        alerts
            .lock(alertId)
            .orElseThrow(() -> RequestRefusedException.notFound("No alert " + alertId));
    Instant now = clock.instant();
    boolean alreadySilenced =
        silences.findNotEnded().stream()
            .anyMatch(s -> alertId == (s.getAlertId() == null ? -1 : s.getAlertId()));
    if (alreadySilenced) {
      throw RequestRefusedException.conflict("Alert " + alertId + " is already silenced");
    }
    AlertSilence silence = AlertSilence.ofAlert(alert, until, reason, caller.name(), now);
    silences.add(silence);
    if (alert.getState() == AlertState.RAISED && !alert.isSilenced()) {
      alert.silenced(true);
    }
    alert.record(AlertEvent.Kind.SILENCED, caller.name(), reason, now);
    return silence;
  }

  /**
   * A maintenance window for planned work.
   *
   * @param ruleId the rule it holds back, or null for every rule
   * @param subject a terminal code, a location, a merchant code or a channel; null or blank for
   *     every subject
   */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK})
  @Audited
  public AlertSilence maintenance(
      Long ruleId,
      @Size(max = 100) String subject,
      @NotNull Instant from,
      @NotNull Instant until,
      @NotBlank @Size(max = 400) String reason) {
    if (ruleId != null && rules.find(ruleId).isEmpty()) {
      throw RequestRefusedException.notFound("No alert rule " + ruleId);
    }
    AlertSilence window =
        AlertSilence.maintenance(
            ruleId, subject, from, until, reason, caller.name(), clock.instant());
    silences.add(window);
    return window;
  }

  /** Ends a silence or maintenance window before its time. */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK})
  @Audited
  public AlertSilence endSilence(long id) {
    AlertSilence silence =
        silences.find(id).orElseThrow(() -> RequestRefusedException.notFound("No silence " + id));
    silence.end(AlertSilence.EndReason.CANCELLED, clock.instant());
    return silence;
  }

  /** Silences and maintenance windows not ended (in force or planned), soonest first. */
  public List<AlertSilence> silencesNotEnded() {
    return silences.findNotEnded();
  }

  /** The latest silences and maintenance windows, ended or not, newest first. */
  public List<AlertSilence> recentSilences(@Min(1) @Max(500) int max) {
    return silences.findRecent(max);
  }

  /** How many alerts are raised now. */
  public long countRaised() {
    return alerts.countRaised();
  }
}
