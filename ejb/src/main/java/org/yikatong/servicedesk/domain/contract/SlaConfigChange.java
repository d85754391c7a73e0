package org.yikatong.servicedesk.domain.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A change to what SLA clocks and dispatch depend on — a contract's target, a calendar day, a
 * roster entry, an absence — with who made it and what it was before: the clocks both sides are
 * judged by must be traceable.
 */
@Entity
@Table(name = "sla_config_change")
@Immutable
public class SlaConfigChange {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_config_change_seq")
  @SequenceGenerator(
      name = "sla_config_change_seq",
      sequenceName = "sla_config_change_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "actor", nullable = false, length = 64)
  private String actor;

  @Column(name = "subject", nullable = false, length = 100)
  private String subject;

  @Column(name = "detail", nullable = false, length = 400)
  private String detail;

  protected SlaConfigChange() {}

  public SlaConfigChange(Instant changedAt, String actor, String subject, String detail) {
    this.changedAt = changedAt;
    this.actor = actor;
    this.subject = subject.length() > 100 ? subject.substring(0, 100) : subject;
    this.detail = detail.length() > 400 ? detail.substring(0, 400) : detail;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getActor() {
    return actor;
  }

  public String getSubject() {
    return subject;
  }

  public String getDetail() {
    return detail;
  }
}
