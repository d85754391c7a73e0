package org.yikatong.servicedesk.domain;

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
import org.yikatong.ledger.domain.Money;

/**
 * What a breach of one SLA target at one level costs. Default [002]: a level 1 (emergency) ticket
 * not responded to in time, 500 CNY each time.
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
  @Column(name = "ticket_level", nullable = false, length = 8)
  private TicketLevel level;

  @Enumerated(EnumType.STRING)
  @Column(name = "sla_target", nullable = false, length = 16)
  private SlaEvent.Target target;

  @Column(name = "amount_fen", nullable = false)
  private long amountFen;

  @Column(name = "description", nullable = false, length = 200)
  private String description;

  @Version private long version;

  protected PenaltyRule() {}

  public PenaltyRule(TicketLevel level, SlaEvent.Target target, Money amount, String description) {
    this.level = level;
    this.target = target;
    this.amountFen = amount.fen();
    this.description = description;
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

  public TicketLevel getLevel() {
    return level;
  }

  public SlaEvent.Target getTarget() {
    return target;
  }

  public Money getAmount() {
    return Money.ofFen(amountFen);
  }

  public String getDescription() {
    return description;
  }
}
