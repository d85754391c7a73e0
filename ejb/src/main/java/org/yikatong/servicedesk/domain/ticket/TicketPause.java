package org.yikatong.servicedesk.domain.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stretch in which a ticket waited for its reporter and the SLA clock stood still. */
@Entity
@Table(name = "ticket_pause")
public class TicketPause {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_pause_seq")
  @SequenceGenerator(
      name = "ticket_pause_seq",
      sequenceName = "ticket_pause_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "ticket_id", nullable = false, updatable = false)
  private Ticket ticket;

  @Column(name = "paused_from", nullable = false, updatable = false)
  private Instant from;

  @Column(name = "paused_to")
  private Instant to;

  protected TicketPause() {}

  TicketPause(Ticket ticket, Instant from) {
    this.ticket = ticket;
    this.from = from;
  }

  void end(Instant at) {
    this.to = at;
  }

  public Instant getFrom() {
    return from;
  }

  public Instant getTo() {
    return to;
  }
}
