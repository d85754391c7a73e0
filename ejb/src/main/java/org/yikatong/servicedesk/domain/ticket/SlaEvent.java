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
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.Immutable;
import org.yikatong.servicedesk.domain.calendar.Deadline;

/**
 * A warning that a ticket's SLA deadline is near, or the record that it passed. One of each per
 * ticket and target (unique), so that the watch may run any number of times.
 */
@Entity
@Table(name = "sla_event")
@Immutable
public class SlaEvent {

  /** Which deadline. */
  public enum Target {
    /** Staff first act on the ticket. */
    RESPONSE,
    /** A technician is on site. */
    ON_SITE,
    /** A written plan (for an emergency: the contingency plan, 应急预案) is handed over. */
    PLAN,
    /** The fix plan (解决方案) of an emergency is handed over. */
    FIX_PLAN,
    /** The fault is resolved. */
    RESOLUTION
  }

  /** Near or past. */
  public enum Kind {
    WARNING,
    BREACH
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_event_seq")
  @SequenceGenerator(name = "sla_event_seq", sequenceName = "sla_event_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "ticket_id", nullable = false)
  private Ticket ticket;

  @Enumerated(EnumType.STRING)
  @Column(name = "sla_target", nullable = false, length = 16)
  private Target target;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_kind", nullable = false, length = 8)
  private Kind kind;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected SlaEvent() {}

  public SlaEvent(Ticket ticket, Target target, Kind kind, Instant dueAt, Instant recordedAt) {
    this.ticket = ticket;
    this.target = target;
    this.kind = kind;
    this.dueAt = dueAt;
    this.recordedAt = recordedAt;
  }

  /**
   * What a deadline calls for at {@code now}: a breach once passed, a warning within the lead time
   * before it, nothing earlier (or when there is no deadline: the clock stands).
   */
  public static Optional<Kind> due(Instant deadline, Duration warningLead, Instant now) {
    if (deadline == null) {
      return Optional.empty();
    }
    Deadline d = Deadline.withLead(deadline, warningLead);
    return d.missed(null, now)
        ? Optional.of(Kind.BREACH)
        : d.warningDue(null, now) ? Optional.of(Kind.WARNING) : Optional.empty();
  }

  public Ticket getTicket() {
    return ticket;
  }

  public Target getTarget() {
    return target;
  }

  public Kind getKind() {
    return kind;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
