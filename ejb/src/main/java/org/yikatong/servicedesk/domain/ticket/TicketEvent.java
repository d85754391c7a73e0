package org.yikatong.servicedesk.domain.ticket;

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
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of a ticket's history: a status change, a comment, a work log entry. Never changed. */
@Entity
@Table(name = "ticket_event")
@Immutable
public class TicketEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_event_seq")
  @SequenceGenerator(
      name = "ticket_event_seq",
      sequenceName = "ticket_event_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "ticket_id", nullable = false)
  private Ticket ticket;

  @Column(name = "occurred_at", nullable = false)
  private Instant at;

  @Column(name = "actor", nullable = false, length = 64)
  private String actor;

  @Column(name = "event_kind", nullable = false, length = 16)
  private String kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 24)
  private TicketStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", length = 24)
  private TicketStatus toStatus;

  @Column(name = "text", nullable = false, length = 2000)
  private String text;

  protected TicketEvent() {}

  TicketEvent(
      Ticket ticket,
      Instant at,
      String actor,
      String kind,
      TicketStatus fromStatus,
      TicketStatus toStatus,
      String text) {
    this.ticket = ticket;
    this.at = at;
    this.actor = actor;
    this.kind = kind;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.text = text == null ? "" : text.length() > 2000 ? text.substring(0, 2000) : text;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public String getKind() {
    return kind;
  }

  public TicketStatus getFromStatus() {
    return fromStatus;
  }

  public TicketStatus getToStatus() {
    return toStatus;
  }

  public String getText() {
    return text;
  }
}
