package org.yikatong.servicedesk.domain.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import org.yikatong.servicedesk.domain.calendar.SlaTarget;
import org.yikatong.servicedesk.domain.calendar.WorkingCalendar;
import org.yikatong.servicedesk.domain.ticket.SlaEvent;
import org.yikatong.servicedesk.domain.ticket.SlaPolicy;
import org.yikatong.servicedesk.domain.ticket.TicketLevel;

/** One stored SLA target of a contract: a level, a target, its amount, clock and warning lead. */
@Entity
@Table(name = "sla_target_rule")
public class SlaTargetRule {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_target_rule_seq")
  @SequenceGenerator(
      name = "sla_target_rule_seq",
      sequenceName = "sla_target_rule_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contract_id", nullable = false, updatable = false)
  private ServiceContract contract;

  @Enumerated(EnumType.STRING)
  @Column(name = "ticket_level", nullable = false, updatable = false, length = 8)
  private TicketLevel level;

  @Enumerated(EnumType.STRING)
  @Column(name = "sla_target", nullable = false, updatable = false, length = 16)
  private SlaEvent.Target target;

  @Column(name = "amount", nullable = false)
  private long amount;

  @Enumerated(EnumType.STRING)
  @Column(name = "amount_unit", nullable = false, length = 16)
  private SlaTarget.Unit unit;

  @Enumerated(EnumType.STRING)
  @Column(name = "clock_basis", nullable = false, length = 16)
  private WorkingCalendar.Basis basis;

  @Column(name = "warning_minutes", nullable = false)
  private long warningMinutes;

  @Version private long version;

  protected SlaTargetRule() {}

  SlaTargetRule(
      ServiceContract contract, TicketLevel level, SlaEvent.Target target, SlaPolicy.Rule rule) {
    this.contract = contract;
    this.level = level;
    this.target = target;
    change(rule);
  }

  void change(SlaPolicy.Rule rule) {
    this.amount = rule.target().amount();
    this.unit = rule.target().unit();
    this.basis = rule.basis();
    this.warningMinutes = rule.warning().toMinutes();
  }

  public SlaPolicy.Rule toRule() {
    return new SlaPolicy.Rule(
        new SlaTarget(amount, unit), basis, Duration.ofMinutes(warningMinutes));
  }

  public TicketLevel getLevel() {
    return level;
  }

  public SlaEvent.Target getTarget() {
    return target;
  }
}
