package org.yikatong.web.console.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yikatong.ledger.domain.PaymentChannel;
import org.yikatong.monitoring.application.AlertRules;
import org.yikatong.monitoring.application.Alerts;
import org.yikatong.monitoring.application.TerminalHealth;
import org.yikatong.monitoring.application.TerminalState;
import org.yikatong.monitoring.domain.alert.AlertSilence;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.ConsoleSteps;

/**
 * Maintenance windows and silences: those not ended (in force or planned) and the latest ones,
 * ended or not. The helpdesk and administrators plan a maintenance window (for one rule or every
 * rule, for one subject — a terminal's code, a location, a merchant's code, a channel — or every
 * subject, from and until a time, with a reason) and end one before its time; the others read.
 */
@Named
@ViewScoped
public class MaintenanceView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many of the latest windows and silences are listed. */
  static final int RECENT = 50;

  /** A silence or maintenance window as the tables show it. */
  public record WindowRow(
      long id,
      AlertSilence.Kind kind,
      String rule,
      String subject,
      Long alertId,
      String from,
      String until,
      String reason,
      String createdBy,
      boolean inForce,
      String endedAt,
      String endReason)
      implements Serializable {}

  /** A rule to pick. */
  public record RuleOption(long id, String name) implements Serializable {}

  @Inject Alerts alerts;
  @Inject AlertRules rules;
  @Inject TerminalHealth health;

  private List<WindowRow> notEnded = List.of();
  private List<WindowRow> recent = List.of();
  private List<RuleOption> ruleOptions = List.of();
  private List<String> subjects = List.of();

  private Long ruleId;
  private String subject;
  private LocalDateTime from;
  private LocalDateTime until;
  private String reason;

  @PostConstruct
  void load() {
    ruleOptions = rules.all().stream().map(r -> new RuleOption(r.getId(), r.getName())).toList();
    TreeSet<String> known = new TreeSet<>();
    for (TerminalState t : health.terminals(1)) {
      known.add(t.terminalId());
      known.add(t.location());
      if (t.merchantCode() != null) {
        known.add(t.merchantCode());
      }
    }
    for (PaymentChannel c : PaymentChannel.values()) {
      known.add(c.name());
    }
    subjects = List.copyOf(known);
    resetForm();
    read();
  }

  private void resetForm() {
    LocalDateTime now =
        ConsolePage.now().atZone(ConsolePage.CAMPUS).toLocalDateTime().withSecond(0).withNano(0);
    ruleId = null;
    subject = null;
    from = now;
    until = now.plusHours(2);
    reason = null;
  }

  private void read() {
    Map<Long, String> names =
        ruleOptions.stream().collect(Collectors.toMap(RuleOption::id, RuleOption::name));
    Instant now = ConsolePage.now();
    Function<AlertSilence, WindowRow> row =
        s ->
            new WindowRow(
                s.getId(),
                s.getKind(),
                s.getRuleId() == null
                    ? ConsolePage.bundle().getString("mon.mw.allRules")
                    : names.getOrDefault(s.getRuleId(), "#" + s.getRuleId()),
                s.getSubject() == null
                    ? ConsolePage.bundle().getString("mon.mw.allSubjects")
                    : s.getSubject(),
                s.getAlertId(),
                ConsolePage.time(s.getStartsAt()),
                ConsolePage.time(s.getEndsAt()),
                s.getReason(),
                s.getCreatedBy(),
                s.activeAt(now),
                ConsolePage.time(s.getEndedAt()),
                s.getEndReason() == null ? null : s.getEndReason().name());
    notEnded = alerts.silencesNotEnded().stream().map(row).toList();
    recent = alerts.recentSilences(RECENT).stream().map(row).toList();
  }

  /** Subjects that begin with or contain what was typed, for the subject field. */
  public List<String> completeSubject(String typed) {
    String part = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    return subjects.stream()
        .filter(s -> s.toLowerCase(Locale.ROOT).contains(part))
        .limit(20)
        .toList();
  }

  /** Plans the maintenance window the form describes. */
  public void create() {
    if (!until.isAfter(from)) {
      ConsolePage.error("window:until", ConsolePage.bundle().getString("mon.mw.untilAfterFrom"));
      return;
    }
    Instant start = from.atZone(ConsolePage.CAMPUS).toInstant();
    Instant end = until.atZone(ConsolePage.CAMPUS).toInstant();
    if (!end.isAfter(ConsolePage.now())) {
      ConsolePage.error("window:until", ConsolePage.bundle().getString("mon.mw.untilFuture"));
      return;
    }
    Long rule = ruleId;
    String what = ConsoleSteps.blankToNull(subject);
    String why = reason;
    if (ConsoleSteps.step(
        "mon.mw", () -> alerts.maintenance(rule, what, start, end, why), "mon.mw.created")) {
      resetForm();
      read();
    }
  }

  /** Ends a silence or maintenance window now. */
  public void end(long id) {
    if (ConsoleSteps.step("mon.mw", () -> alerts.endSilence(id), "mon.mw.endedDone")) {
      read();
    }
  }

  public boolean isKeeper() {
    return MonitoringText.keeper();
  }

  public List<WindowRow> getNotEnded() {
    return notEnded;
  }

  public List<WindowRow> getRecent() {
    return recent;
  }

  public List<RuleOption> getRuleOptions() {
    return ruleOptions;
  }

  public Long getRuleId() {
    return ruleId;
  }

  public void setRuleId(Long ruleId) {
    this.ruleId = ruleId;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public LocalDateTime getFrom() {
    return from;
  }

  public void setFrom(LocalDateTime from) {
    this.from = from;
  }

  public LocalDateTime getUntil() {
    return until;
  }

  public void setUntil(LocalDateTime until) {
    this.until = until;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
