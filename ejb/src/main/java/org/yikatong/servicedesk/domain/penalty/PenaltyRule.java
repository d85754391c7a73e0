package org.yikatong.servicedesk.domain.penalty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.yikatong.kernel.domain.Money;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceDeadline;
import org.yikatong.servicedesk.domain.ticket.SlaEvent;
import org.yikatong.servicedesk.domain.ticket.TicketLevel;

/**
 * What a breach costs: of one SLA target of tickets at one level, or of one deadline of custom
 * change requests (exactly one of the two, checked by the schema). Defaults (after-sales plan): a
 * level 1 (emergency) ticket not responded to in time, 500 CNY each time; a custom change request
 * not answered in time, 300 CNY each time.
 */
@Entity
@Table(name = "penalty_rule")
public class PenaltyRule {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "penalty_rule_seq")
  @SequenceGenerator(
      name = "penalty_rule_seq",
      sequenceName = "penalty_rule_seq",
      allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "ticket_level", updatable = false, length = 8)
  private TicketLevel level;

  @Enumerated(EnumType.STRING)
  @Column(name = "sla_target", updatable = false, length = 16)
  private SlaEvent.Target target;

  @Enumerated(EnumType.STRING)
  @Column(name = "request_target", updatable = false, length = 16)
  private MaintenanceDeadline requestTarget;

  @Column(name = "amount_fen", nullable = false)
  private long amountFen;

  @Column(name = "description", nullable = false, length = 200)
  private String description;

  @Version private long version;

  protected PenaltyRule() {}

  /** A rule for tickets. */
  public PenaltyRule(TicketLevel level, SlaEvent.Target target, Money amount, String description) {
    this.level = java.util.Objects.requireNonNull(level, "level");
    this.target = java.util.Objects.requireNonNull(target, "target");
    change(amount, description);
  }

  /** A rule for custom change requests. */
  public PenaltyRule(MaintenanceDeadline requestTarget, Money amount, String description) {
    this.requestTarget = java.util.Objects.requireNonNull(requestTarget, "requestTarget");
    change(amount, description);
  }

  public void change(Money amount, String description) {
    if (amount.fen() <= 0) {
      throw new IllegalArgumentException("A penalty is more than zero: " + amount);
    }
    this.amountFen = amount.fen();
    this.description = description;
  }

  public Long getId() {
    return id;
  }

  /** The ticket level; null for a custom-request rule. */
  public TicketLevel getLevel() {
    return level;
  }

  /** The ticket SLA target; null for a custom-request rule. */
  public SlaEvent.Target getTarget() {
    return target;
  }

  /** The custom-request deadline; null for a ticket rule. */
  public MaintenanceDeadline getRequestTarget() {
    return requestTarget;
  }

  /** Whether the rule is for custom change requests rather than tickets. */
  public boolean isForRequests() {
    return requestTarget != null;
  }

  public Money getAmount() {
    return Money.ofFen(amountFen);
  }

  public String getDescription() {
    return description;
  }
}
