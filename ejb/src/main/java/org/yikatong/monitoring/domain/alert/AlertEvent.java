package org.yikatong.monitoring.domain.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One thing that happened to an alert: raised, told, ticket opened, silenced, cleared... */
@Entity
@Table(name = "alert_event")
public class AlertEvent {

  /** What happened. */
  public enum Kind {
    RAISED,
    NOTIFIED,
    TICKET_OPENED,
    SILENCED,
    SILENCE_ENDED,
    CLEARED,
    TICKET_RESOLVED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_event_seq")
  @SequenceGenerator(
      name = "alert_event_seq",
      sequenceName = "alert_event_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "alert_id", nullable = false, updatable = false)
  private Alert alert;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "event_kind", nullable = false, updatable = false, length = 24)
  private String kind;

  @Column(name = "actor", nullable = false, updatable = false, length = 64)
  private String actor;

  @Column(name = "detail", updatable = false, length = 400)
  private String detail;

  protected AlertEvent() {}

  AlertEvent(Alert alert, Instant at, Kind kind, String actor, String detail) {
    this.alert = alert;
    this.occurredAt = at;
    this.kind = kind.name();
    this.actor = actor;
    this.detail = detail == null || detail.length() <= 400 ? detail : detail.substring(0, 400);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getKind() {
    return kind;
  }

  public String getActor() {
    return actor;
  }

  public String getDetail() {
    return detail;
  }
}
