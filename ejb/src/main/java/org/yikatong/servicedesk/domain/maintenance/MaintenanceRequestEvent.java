package org.yikatong.servicedesk.domain.maintenance;

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

/**
 * One line of a maintenance request's history: a step of the form (who signed it, when, from which
 * status to which, with what text), the start of the implementation, a deadline drawing near, or a
 * missed deadline. Never changed.
 */
@Entity
@Table(name = "maintenance_request_event")
@Immutable
public class MaintenanceRequestEvent {

  /** The request was submitted. */
  public static final String SUBMITTED = "SUBMITTED";

  /** A step of the status flow. */
  public static final String STATUS = "STATUS";

  /** The implementation started (the status stays PLAN_AGREED). */
  public static final String STARTED = "STARTED";

  /** A contract deadline is near (recorded once per deadline, before its breach). */
  public static final String WARNING = "WARNING";

  /** A contract deadline passed unmet. */
  public static final String BREACH = "BREACH";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maint_request_event_seq")
  @SequenceGenerator(
      name = "maint_request_event_seq",
      sequenceName = "maint_request_event_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id", nullable = false)
  private MaintenanceRequest request;

  @Column(name = "occurred_at", nullable = false)
  private Instant at;

  @Column(name = "actor", nullable = false, length = 64)
  private String actor;

  @Column(name = "event_kind", nullable = false, length = 16)
  private String kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 16)
  private MaintenanceStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", length = 16)
  private MaintenanceStatus toStatus;

  @Column(name = "text", nullable = false, length = 2000)
  private String text;

  protected MaintenanceRequestEvent() {}

  MaintenanceRequestEvent(
      MaintenanceRequest request,
      Instant at,
      String actor,
      String kind,
      MaintenanceStatus fromStatus,
      MaintenanceStatus toStatus,
      String text) {
    this.request = request;
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

  public MaintenanceStatus getFromStatus() {
    return fromStatus;
  }

  public MaintenanceStatus getToStatus() {
    return toStatus;
  }

  public String getText() {
    return text;
  }
}
