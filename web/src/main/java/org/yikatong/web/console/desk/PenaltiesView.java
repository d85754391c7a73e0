package org.yikatong.web.console.desk;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.servicedesk.application.PenaltyRegister;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceDeadline;
import org.yikatong.servicedesk.domain.penalty.Penalty;
import org.yikatong.servicedesk.domain.penalty.PenaltyRule;
import org.yikatong.servicedesk.domain.penalty.PenaltyStatus;
import org.yikatong.servicedesk.domain.ticket.ResponsibleParty;
import org.yikatong.servicedesk.domain.ticket.SlaEvent;
import org.yikatong.servicedesk.domain.ticket.TicketLevel;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.ConsoleTransactions;

/**
 * The penalties under the after-sales contract: the rules (what a missed SLA target of a ticket
 * level, or a missed deadline of a custom change request, costs), the register of the penalties
 * recorded with the amounts claimed and deducted, filtered on the page by period, kind, level and
 * number, and the warranty deposit they come out of. Administrators change a rule's amount and
 * wording, add a rule, and register the deposit when none is; the helpdesk reads.
 */
@Named
@ViewScoped
public class PenaltiesView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The largest amount the page takes, in yuan: more is a typing error. */
  private static final BigDecimal MAX_YUAN = BigDecimal.valueOf(1_000_000);

  /** What a rule or a penalty is for. */
  public enum Subject {
    /** A fault ticket's SLA target. */
    TICKET,
    /** A deadline of a custom change request. */
    REQUEST
  }

  /** A penalty rule; {@code key} names it on the page. */
  public record RuleRow(
      String key,
      Subject subject,
      TicketLevel level,
      SlaEvent.Target target,
      MaintenanceDeadline deadline,
      long amountFen,
      String description)
      implements Serializable {}

  /** A line of the register, amounts in fen; the deposit after is null without a deposit. */
  public record Line(
      String no,
      Subject subject,
      TicketLevel level,
      SlaEvent.Target target,
      MaintenanceDeadline deadline,
      String rule,
      long claimedFen,
      long deductedFen,
      Long depositAfterFen,
      Instant recordedAt,
      String at,
      PenaltyStatus status,
      ResponsibleParty party,
      String statusReason,
      String reversedAt)
      implements Serializable {

    /** Whether the deduction stands (charged, not reversed). */
    public boolean isStanding() {
      return status == PenaltyStatus.CHARGED;
    }
  }

  /** The warranty deposit, in fen. */
  public record Deposit(long initialFen, long balanceFen) implements Serializable {}

  @Inject PenaltyRegister penalties;
  @Inject ConsoleTransactions transactions;

  private List<RuleRow> rules = List.of();
  private List<Line> lines = List.of();
  private List<Line> shown = List.of();
  private Deposit deposit;

  private LocalDate from;
  private LocalDate to;
  private Subject subject;
  private TicketLevel level;
  private String number;

  private boolean newRule;
  private Subject ruleSubject = Subject.TICKET;
  private TicketLevel ruleLevel;
  private SlaEvent.Target ruleTarget;
  private MaintenanceDeadline ruleDeadline;
  private BigDecimal ruleYuan;
  private String ruleDescription;

  private BigDecimal depositYuan;

  @PostConstruct
  void load() {
    readRules();
    readRegister();
    filter();
  }

  private void readRules() {
    rules =
        penalties.rules().stream()
            .map(PenaltiesView::row)
            .sorted(
                Comparator.comparing(RuleRow::subject)
                    .thenComparing(r -> r.level() == null ? "" : r.level().name())
                    .thenComparing(r -> r.target() == null ? 0 : r.target().ordinal())
                    .thenComparing(r -> r.deadline() == null ? 0 : r.deadline().ordinal()))
            .toList();
  }

  private static RuleRow row(PenaltyRule r) {
    return r.isForRequests()
        ? new RuleRow(
            "REQUEST:" + r.getRequestTarget().name(),
            Subject.REQUEST,
            null,
            null,
            r.getRequestTarget(),
            r.getAmount().fen(),
            r.getDescription())
        : new RuleRow(
            "TICKET:" + r.getLevel().name() + ":" + r.getTarget().name(),
            Subject.TICKET,
            r.getLevel(),
            r.getTarget(),
            null,
            r.getAmount().fen(),
            r.getDescription());
  }

  private void readRegister() {
    lines =
        transactions.call(() -> penalties.register().stream().map(PenaltiesView::line).toList());
    deposit =
        penalties
            .deposit()
            .map(d -> new Deposit(d.getInitial().fen(), d.getBalance().fen()))
            .orElse(null);
  }

  private static Line line(Penalty p) {
    PenaltyRule rule = p.getRule();
    return new Line(
        p.getSubjectNo(),
        p.getTicket() != null ? Subject.TICKET : Subject.REQUEST,
        rule.getLevel(),
        rule.getTarget(),
        rule.getRequestTarget(),
        rule.getDescription(),
        p.getClaimed().fen(),
        p.getDeducted().fen(),
        p.getDepositAfter() == null ? null : p.getDepositAfter().fen(),
        p.getRecordedAt(),
        ConsolePage.time(p.getRecordedAt()),
        p.getStatus(),
        p.getResponsibleParty(),
        p.getStatusReason(),
        p.getReversedAt() == null ? null : ConsolePage.time(p.getReversedAt()));
  }

  /** Shows the penalties of the period, kind, level and number chosen. */
  public void filter() {
    if (from != null && to != null && to.isBefore(from)) {
      ConsolePage.error("filters:to", ConsolePage.bundle().getString("penalties.periodOrder"));
      return;
    }
    Instant start = from == null ? null : from.atStartOfDay(ConsolePage.CAMPUS).toInstant();
    Instant end = to == null ? null : to.plusDays(1).atStartOfDay(ConsolePage.CAMPUS).toInstant();
    String part = number == null ? "" : number.strip().toUpperCase();
    shown =
        lines.stream()
            .filter(l -> start == null || !l.recordedAt().isBefore(start))
            .filter(l -> end == null || l.recordedAt().isBefore(end))
            .filter(l -> subject == null || l.subject() == subject)
            .filter(l -> level == null || l.level() == level)
            .filter(l -> part.isEmpty() || l.no().toUpperCase().contains(part))
            .toList();
  }

  /** Shows every penalty again. */
  public void clearFilters() {
    from = null;
    to = null;
    subject = null;
    level = null;
    number = null;
    filter();
  }

  /** The penalties shown, counted. */
  public int getCount() {
    return shown.size();
  }

  /** What the penalties shown claimed, in fen. */
  public long getClaimedFen() {
    return shown.stream().mapToLong(Line::claimedFen).sum();
  }

  /** What the penalties shown took out of the deposit and keep, in fen (reversals paid back). */
  public long getDeductedFen() {
    return shown.stream().filter(Line::isStanding).mapToLong(Line::deductedFen).sum();
  }

  /** The deposit's movements: every penalty that took something out of it, newest first. */
  public List<Line> getMovements() {
    return lines.stream().filter(l -> l.depositAfterFen() != null).toList();
  }

  /** Opens the rule dialog on a rule, its amount and wording filled in. */
  public void editRule(String key) {
    rules.stream()
        .filter(r -> r.key().equals(key))
        .findFirst()
        .ifPresent(
            r -> {
              newRule = false;
              ruleSubject = r.subject();
              ruleLevel = r.level();
              ruleTarget = r.target();
              ruleDeadline = r.deadline();
              ruleYuan = BigDecimal.valueOf(r.amountFen(), 2);
              ruleDescription = r.description();
            });
  }

  /** Opens the rule dialog on a rule to add (an existing one chosen there is changed instead). */
  public void startNewRule() {
    newRule = true;
    ruleSubject = Subject.TICKET;
    ruleLevel = null;
    ruleTarget = null;
    ruleDeadline = null;
    ruleYuan = null;
    ruleDescription = null;
  }

  public void saveRule() {
    Long fen = fen(ruleYuan, "rule:amount");
    if (fen == null) {
      return;
    }
    if (ruleSubject == Subject.TICKET && (ruleLevel == null || ruleTarget == null)) {
      ConsolePage.error(
          ruleLevel == null ? "rule:level" : "rule:target",
          ConsolePage.bundle().getString("form.required"));
      return;
    }
    if (ruleSubject == Subject.REQUEST && ruleDeadline == null) {
      ConsolePage.error("rule:deadline", ConsolePage.bundle().getString("form.required"));
      return;
    }
    String description = ruleDescription.strip();
    boolean done =
        attempt(
            () -> {
              if (ruleSubject == Subject.REQUEST) {
                penalties.setRequestRule(ruleDeadline, fen, description);
              } else {
                penalties.setRule(ruleLevel, ruleTarget, fen, description);
              }
            },
            "penalties.ruleSaved");
    if (done) {
      readRules();
    }
  }

  /** Registers the warranty deposit, once, with the amount typed. */
  public void registerDeposit() {
    Long fen = fen(depositYuan, "deposit:amount");
    if (fen == null) {
      return;
    }
    if (attempt(() -> penalties.registerDeposit(fen), "penalties.depositRegistered")) {
      depositYuan = null;
      readRegister();
      filter();
    }
  }

  /**
   * An amount typed in yuan as fen, exactly; a message beside the field instead when it is not more
   * than zero, too large, or finer than a fen.
   */
  private static Long fen(BigDecimal yuan, String field) {
    if (yuan == null) {
      ConsolePage.error(field, ConsolePage.bundle().getString("form.required"));
      return null;
    }
    if (yuan.signum() <= 0
        || yuan.compareTo(MAX_YUAN) > 0
        || yuan.stripTrailingZeros().scale() > 2) {
      ConsolePage.error(field, ConsolePage.bundle().getString("penalties.amountRule"));
      return null;
    }
    return yuan.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
  }

  /**
   * Makes a change through the services and says it is done; a refusal is shown instead, and
   * nothing is changed.
   *
   * @return whether the change was made
   */
  private static boolean attempt(Runnable change, String doneKey) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      change.run();
    } catch (RequestRefusedException refused) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              ConsolePage.bundle().getString("penalties.refused." + refused.kind().name()),
              refused.getMessage()));
      faces.validationFailed();
      return false;
    } catch (EJBException e) {
      ConstraintViolationException invalid = violations(e);
      if (invalid == null) {
        throw e;
      }
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              ConsolePage.bundle().getString("penalties.refused.INVALID"),
              invalid.getConstraintViolations().stream()
                  .map(ConstraintViolation::getMessage)
                  .sorted()
                  .collect(Collectors.joining("; "))));
      faces.validationFailed();
      return false;
    }
    ConsolePage.info(doneKey);
    return true;
  }

  /** The failed validation of a service's parameters behind an exception, if that is the cause. */
  private static ConstraintViolationException violations(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof ConstraintViolationException invalid) {
        return invalid;
      }
    }
    return null;
  }

  /** What a rule or a line is for, in words: a level and a target, or a request's deadline. */
  public String what(TicketLevel level, SlaEvent.Target target, MaintenanceDeadline deadline) {
    if (deadline != null) {
      return ConsolePage.bundle().getString("penalties.deadline." + deadline.name());
    }
    if (level == null || target == null) {
      return "—";
    }
    return ConsolePage.bundle().getString("ticket.level." + level.name())
        + " · "
        + ConsolePage.bundle().getString("sla.target." + target.name());
  }

  public Subject[] getSubjects() {
    return Subject.values();
  }

  public TicketLevel[] getLevels() {
    return TicketLevel.values();
  }

  public SlaEvent.Target[] getTargets() {
    return SlaEvent.Target.values();
  }

  public MaintenanceDeadline[] getDeadlines() {
    return MaintenanceDeadline.values();
  }

  public List<RuleRow> getRules() {
    return rules;
  }

  public List<Line> getShown() {
    return shown;
  }

  public Deposit getDeposit() {
    return deposit;
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

  public Subject getSubject() {
    return subject;
  }

  public void setSubject(Subject subject) {
    this.subject = subject;
  }

  public TicketLevel getLevel() {
    return level;
  }

  public void setLevel(TicketLevel level) {
    this.level = level;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public boolean isNewRule() {
    return newRule;
  }

  public Subject getRuleSubject() {
    return ruleSubject;
  }

  public void setRuleSubject(Subject ruleSubject) {
    this.ruleSubject = ruleSubject;
  }

  public TicketLevel getRuleLevel() {
    return ruleLevel;
  }

  public void setRuleLevel(TicketLevel ruleLevel) {
    this.ruleLevel = ruleLevel;
  }

  public SlaEvent.Target getRuleTarget() {
    return ruleTarget;
  }

  public void setRuleTarget(SlaEvent.Target ruleTarget) {
    this.ruleTarget = ruleTarget;
  }

  public MaintenanceDeadline getRuleDeadline() {
    return ruleDeadline;
  }

  public void setRuleDeadline(MaintenanceDeadline ruleDeadline) {
    this.ruleDeadline = ruleDeadline;
  }

  public BigDecimal getRuleYuan() {
    return ruleYuan;
  }

  public void setRuleYuan(BigDecimal ruleYuan) {
    this.ruleYuan = ruleYuan;
  }

  public String getRuleDescription() {
    return ruleDescription;
  }

  public void setRuleDescription(String ruleDescription) {
    this.ruleDescription = ruleDescription;
  }

  public BigDecimal getDepositYuan() {
    return depositYuan;
  }

  public void setDepositYuan(BigDecimal depositYuan) {
    this.depositYuan = depositYuan;
  }
}
