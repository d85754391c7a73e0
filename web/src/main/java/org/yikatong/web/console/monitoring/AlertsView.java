package org.yikatong.web.console.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yikatong.monitoring.application.AlertEvaluator;
import org.yikatong.monitoring.application.Alerts;
import org.yikatong.monitoring.domain.alert.Alert;
import org.yikatong.monitoring.domain.alert.AlertSilence;
import org.yikatong.monitoring.domain.alert.AlertState;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.ConsoleSteps;
import org.yikatong.web.console.ConsoleTransactions;

/**
 * The alerts: those open now (pending and raised), each with how far it reaches, the value its rule
 * observed in the rule's unit, its ticket and whether it is silenced; the events of one alert as a
 * timeline; and past alerts by the day their episode began and by state. The helpdesk and
 * administrators silence an open alert until a time, with a reason, and have every rule evaluated
 * at once; the others read. The open alerts are read again every 20 seconds.
 */
@Named
@ViewScoped
public class AlertsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The most past alerts listed. */
  static final int HISTORY_MAX = 200;

  /** An alert as the tables show it. */
  public record AlertRow(
      long id,
      String rule,
      String kind,
      String subject,
      AlertState state,
      boolean areaWide,
      int devices,
      String terminals,
      int holders,
      String since,
      String raisedAt,
      String clearedAt,
      String observed,
      String detail,
      String ticketNo,
      boolean silenced)
      implements Serializable {}

  /** One event of the alert shown. */
  public record EventRow(String at, String kind, String actor, String detail)
      implements Serializable {}

  @Inject Alerts alerts;
  @Inject AlertEvaluator evaluator;
  @Inject ConsoleTransactions transactions;

  private List<AlertRow> open = List.of();
  private Set<Long> silencedNow = Set.of();
  private List<AlertRow> history = List.of();
  private String refreshedAt;

  private LocalDate from;
  private LocalDate to;
  private AlertState state;

  private AlertRow shown;
  private List<EventRow> events = List.of();

  private Long silenceId;
  private LocalDateTime silenceUntil;
  private String silenceReason;

  @PostConstruct
  void load() {
    LocalDate today = ConsolePage.now().atZone(ConsolePage.CAMPUS).toLocalDate();
    from = today.minusDays(7);
    to = today;
    refresh();
    search();
  }

  /** Reads the open alerts again. */
  public void refresh() {
    open = transactions.call(() -> alerts.open().stream().map(AlertsView::row).toList());
    Set<Long> ids = new HashSet<>();
    for (AlertSilence s : alerts.silencesNotEnded()) {
      if (s.getAlertId() != null) {
        ids.add(s.getAlertId());
      }
    }
    silencedNow = ids;
    refreshedAt = ConsolePage.time(ConsolePage.now());
  }

  /** Lists the past alerts of the days and state chosen. */
  public void search() {
    if (from == null || to == null || to.isBefore(from)) {
      ConsolePage.error("history:to", ConsolePage.bundle().getString("mon.alerts.periodRule"));
      return;
    }
    Instant start = from.atStartOfDay(ConsolePage.CAMPUS).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(ConsolePage.CAMPUS).toInstant();
    history =
        transactions.call(
            () ->
                alerts.history(start, end, state, HISTORY_MAX).stream()
                    .map(AlertsView::row)
                    .toList());
  }

  static AlertRow row(Alert a) {
    return new AlertRow(
        a.getId(),
        a.getRule().getName(),
        a.getRule().getKind().name(),
        a.getSubject(),
        a.getState(),
        a.isAreaWide(),
        a.getAffectedDevices(),
        String.join(", ", a.affectedTerminals()),
        a.getAffectedHolders(),
        ConsolePage.time(a.getBreachingSince()),
        ConsolePage.time(a.getRaisedAt()),
        ConsolePage.time(a.getClearedAt()),
        a.getObserved() == null
            ? "—"
            : MonitoringText.inUnit(a.getRule().getKind(), a.getObserved()),
        a.getDetail(),
        a.getTicketNo(),
        a.isSilenced());
  }

  /** Shows the events of an alert, oldest first. */
  public void showEvents(long id) {
    AlertRow row =
        ConsoleSteps.ask("mon.alerts", () -> transactions.call(() -> row(alerts.find(id))), null);
    if (row == null) {
      return;
    }
    shown = row;
    events =
        transactions.call(
            () ->
                alerts.events(id).stream()
                    .map(
                        e ->
                            new EventRow(
                                ConsolePage.time(e.getOccurredAt()),
                                e.getKind(),
                                e.getActor(),
                                e.getDetail()))
                    .toList());
  }

  /** Picks the alert the silence dialog is for, proposing an hour from now. */
  public void pickSilence(long id) {
    silenceId = id;
    silenceUntil =
        ConsolePage.now()
            .atZone(ConsolePage.CAMPUS)
            .toLocalDateTime()
            .plusHours(1)
            .withSecond(0)
            .withNano(0);
    silenceReason = null;
  }

  /** Silences the alert picked until the time given, for the reason given. */
  public void silence() {
    if (silenceId == null) {
      return;
    }
    Instant until = silenceUntil.atZone(ConsolePage.CAMPUS).toInstant();
    if (!until.isAfter(ConsolePage.now())) {
      ConsolePage.error("silence:until", ConsolePage.bundle().getString("mon.alerts.untilFuture"));
      return;
    }
    long id = silenceId;
    String reason = silenceReason;
    if (ConsoleSteps.step(
        "mon.alerts", () -> alerts.silence(id, until, reason), "mon.alerts.silenced")) {
      silenceId = null;
      refresh();
      if (shown != null && shown.id() == id) {
        showEvents(id);
      }
    }
  }

  /** Has every rule evaluated now and says what came of it. */
  public void evaluate() {
    AlertEvaluator.Summary summary = ConsoleSteps.ask("mon.alerts", evaluator::evaluate, null);
    if (summary == null) {
      return;
    }
    jakarta.faces.context.FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new jakarta.faces.application.FacesMessage(
                jakarta.faces.application.FacesMessage.SEVERITY_INFO,
                MonitoringText.format(
                    "mon.alerts.evaluated", summary.raised(), summary.cleared(), summary.open()),
                ""));
    refresh();
    search();
  }

  public boolean isKeeper() {
    return MonitoringText.keeper();
  }

  public boolean silencedNow(long id) {
    return silencedNow.contains(id);
  }

  public List<AlertRow> getOpen() {
    return open;
  }

  public List<AlertRow> getHistory() {
    return history;
  }

  public String getRefreshedAt() {
    return refreshedAt;
  }

  public AlertState[] getStates() {
    return AlertState.values();
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public AlertState getState() {
    return state;
  }

  public void setState(AlertState state) {
    this.state = state;
  }

  public AlertRow getShown() {
    return shown;
  }

  public List<EventRow> getEvents() {
    return events;
  }

  public LocalDateTime getSilenceUntil() {
    return silenceUntil;
  }

  public void setSilenceUntil(LocalDateTime silenceUntil) {
    this.silenceUntil = silenceUntil;
  }

  public String getSilenceReason() {
    return silenceReason;
  }

  public void setSilenceReason(String silenceReason) {
    this.silenceReason = silenceReason;
  }

  public Long getSilenceId() {
    return silenceId;
  }
}
