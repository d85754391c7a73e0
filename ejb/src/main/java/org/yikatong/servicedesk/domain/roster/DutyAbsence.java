package org.yikatong.servicedesk.domain.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/** A technician away from {@code from} until {@code to} (leave, training): not dispatched to. */
@Entity
@Table(name = "duty_absence")
@Immutable
public class DutyAbsence {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duty_absence_seq")
  @SequenceGenerator(
      name = "duty_absence_seq",
      sequenceName = "duty_absence_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "username", nullable = false, length = 64)
  private String username;

  @Column(name = "absent_from", nullable = false)
  private Instant from;

  @Column(name = "absent_to", nullable = false)
  private Instant to;

  @Column(name = "reason", nullable = false, length = 200)
  private String reason;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected DutyAbsence() {}

  public DutyAbsence(
      String username, Instant from, Instant to, String reason, String recordedBy, Instant now) {
    this.username = Objects.requireNonNull(username, "username");
    this.from = Objects.requireNonNull(from, "from");
    this.to = Objects.requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("An absence ends after it starts");
    }
    this.reason = Objects.requireNonNull(reason, "reason");
    this.recordedBy = recordedBy;
    this.recordedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public Instant getFrom() {
    return from;
  }

  public Instant getTo() {
    return to;
  }

  public String getReason() {
    return reason;
  }
}
