package org.yikatong.monitoring.domain.alert;

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
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import org.yikatong.kernel.domain.RequestRefusedException;

/**
 * Holds back the notices and tickets of alerts for a while, recording who asked and why. A silence
 * is for one alert and ends by itself when that alert clears; a maintenance window is for planned
 * work on a subject (a terminal, a location, a channel, or everything) and a rule (or every rule).
 * Both end by themselves when their time is up; if an alert they held back still holds then, it is
 * told and ticketed at that moment.
 */
@Entity
@Table(name = "alert_silence")
public class AlertSilence {

  /** What a silence holds back. */
  public enum Kind {
    /** One alert. */
    SILENCE,
    /** Planned work: a subject and a rule, or everything, over a time. */
    MAINTENANCE
  }

  /** Why a silence ended. */
  public enum EndReason {
    EXPIRED,
    ALERT_CLEARED,
    CANCELLED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_silence_seq")
  @SequenceGenerator(
      name = "alert_silence_seq",
      sequenceName = "alert_silence_seq",
      allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "silence_kind", nullable = false, updatable = false, length = 16)
  private Kind kind;

  @Column(name = "alert_id", updatable = false)
  private Long alertId;

  @Column(name = "rule_id", updatable = false)
  private Long ruleId;

  @Column(name = "subject", updatable = false, length = 100)
  private String subject;

  @Column(name = "starts_at", nullable = false, updatable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "reason", nullable = false, updatable = false, length = 400)
  private String reason;

  @Column(name = "created_by", nullable = false, updatable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "end_reason", length = 24)
  private EndReason endReason;

  @Version private long version;

  protected AlertSilence() {}

  private AlertSilence(
      Kind kind,
      Long alertId,
      Long ruleId,
      String subject,
      Instant startsAt,
      Instant endsAt,
      String reason,
      String by,
      Instant at) {
    if (reason == null || reason.isBlank() || reason.length() > 400) {
      throw RequestRefusedException.invalid("A silence needs a reason (1 to 400 characters)");
    }
    if (!endsAt.isAfter(startsAt)) {
      throw RequestRefusedException.invalid("A silence must end after it starts");
    }
    if (!endsAt.isAfter(at)) {
      throw RequestRefusedException.invalid("A silence must end in the future");
    }
    if (endsAt.isAfter(startsAt.plus(java.time.Duration.ofDays(31)))) {
      throw RequestRefusedException.invalid("A silence lasts at most 31 days");
    }
    this.kind = kind;
    this.alertId = alertId;
    this.ruleId = ruleId;
    this.subject = subject == null || subject.isBlank() ? null : subject.strip();
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.reason = reason.strip();
    this.createdBy = Objects.requireNonNull(by);
    this.createdAt = at;
  }

  /** Silences one open alert from now until {@code until} or until it clears. */
  public static AlertSilence ofAlert(
      Alert alert, Instant until, String reason, String by, Instant at) {
    if (!alert.isOpen()) {
      throw RequestRefusedException.conflict("Alert " + alert.getId() + " has already cleared");
    }
    return new AlertSilence(
        Kind.SILENCE,
        alert.getId(),
        alert.getRule().getId(),
        alert.getSubject(),
        at,
        until,
        reason,
        by,
        at);
  }

  /** A maintenance window for planned work. */
  public static AlertSilence maintenance(
      Long ruleId,
      String subject,
      Instant from,
      Instant until,
      String reason,
      String by,
      Instant at) {
    return new AlertSilence(Kind.MAINTENANCE, null, ruleId, subject, from, until, reason, by, at);
  }

  /** In force at the instant: started, not yet over, not ended. */
  public boolean activeAt(Instant now) {
    return endedAt == null && !now.isBefore(startsAt) && now.isBefore(endsAt);
  }

  /**
   * Whether it holds back an alert in force now.
   *
   * @param places the alert's subject and the places it concerns: its terminals' codes and
   *     locations, its merchant's code
   */
  public boolean covers(Alert alert, Collection<String> places, Instant now) {
    if (!activeAt(now)) {
      return false;
    }
    if (kind == Kind.SILENCE) {
      return alert.getId() != null && alert.getId().equals(alertId);
    }
    return (ruleId == null || ruleId.equals(alert.getRule().getId()))
        && (subject == null || subject.equals(alert.getSubject()) || places.contains(subject));
  }

  /** Whether its time is up at the instant, while it has not ended. */
  public boolean expiredAt(Instant now) {
    return endedAt == null && !now.isBefore(endsAt);
  }

  public void end(EndReason why, Instant at) {
    if (endedAt != null) {
      throw RequestRefusedException.conflict("This silence has already ended");
    }
    endedAt = at;
    endReason = why;
  }

  public Long getId() {
    return id;
  }

  public Kind getKind() {
    return kind;
  }

  public Long getAlertId() {
    return alertId;
  }

  public Long getRuleId() {
    return ruleId;
  }

  public String getSubject() {
    return subject;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public String getReason() {
    return reason;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public EndReason getEndReason() {
    return endReason;
  }
}
