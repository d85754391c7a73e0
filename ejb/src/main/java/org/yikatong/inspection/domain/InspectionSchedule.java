package org.yikatong.inspection.domain;

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
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A template on a recurrence, assigned to a technician. The planner turns each time the recurrence
 * falls (from the schedule's start on) into one round; a suspended schedule plans nothing. A round
 * is due its grace after its planned time — by default one interval, so a patrol is overdue when
 * the next one begins.
 */
@Entity
@Table(name = "inspection_schedule")
public class InspectionSchedule {

  /** The longest grace a round may have: a week. */
  public static final int MAX_GRACE_MINUTES = 7 * 24 * 60;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inspection_schedule_seq")
  @SequenceGenerator(
      name = "inspection_schedule_seq",
      sequenceName = "inspection_schedule_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "template_id", nullable = false)
  private InspectionTemplate template;

  @Enumerated(EnumType.STRING)
  @Column(name = "recurrence", nullable = false, length = 16)
  private Recurrence.Kind recurrenceKind;

  @Column(name = "every_hours")
  private Integer everyHours;

  @Enumerated(EnumType.STRING)
  @Column(name = "weekday", length = 10)
  private DayOfWeek weekday;

  /** Minutes after midnight of a weekly round. */
  @Column(name = "at_minute")
  private Integer atMinute;

  @Column(name = "grace_minutes")
  private Integer graceMinutes;

  @Column(name = "assignee", nullable = false, length = 64)
  private String assignee;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Version private long version;

  protected InspectionSchedule() {}

  public InspectionSchedule(
      InspectionTemplate template,
      Recurrence recurrence,
      Integer graceMinutes,
      String assignee,
      Instant startsAt,
      String by) {
    if (graceMinutes != null && (graceMinutes < 1 || graceMinutes > MAX_GRACE_MINUTES)) {
      throw new IllegalArgumentException("宽限时间须为 1 分钟至 7 天");
    }
    if (assignee == null || assignee.isBlank()) {
      throw new IllegalArgumentException("须指定巡检人员");
    }
    this.template = Objects.requireNonNull(template, "template");
    this.recurrenceKind = recurrence.kind();
    this.everyHours = recurrence.everyHours();
    this.weekday = recurrence.weekday();
    this.atMinute = recurrence.at() == null ? null : recurrence.at().toSecondOfDay() / 60;
    this.graceMinutes = graceMinutes;
    this.assignee = assignee;
    this.startsAt = Objects.requireNonNull(startsAt, "startsAt");
    this.createdBy = by;
  }

  public Recurrence recurrence() {
    return new Recurrence(
        recurrenceKind,
        everyHours,
        weekday,
        atMinute == null ? null : LocalTime.ofSecondOfDay(atMinute * 60L));
  }

  /** How long after its planned time a round is due. */
  public Duration grace() {
    return graceMinutes == null ? recurrence().interval() : Duration.ofMinutes(graceMinutes);
  }

  /** A new round at a time the recurrence falls, with the template's checklist as it is now. */
  public InspectionRound plan(Instant plannedAt) {
    return new InspectionRound(this, plannedAt, plannedAt.plus(grace()));
  }

  public void suspend() {
    active = false;
  }

  /** Plans again from {@code now} on: the rounds it would have had while suspended are not due. */
  public void resume(Instant now) {
    if (!active) {
      active = true;
      if (now.isAfter(startsAt)) {
        startsAt = now;
      }
    }
  }

  public Long getId() {
    return id;
  }

  public InspectionTemplate getTemplate() {
    return template;
  }

  public Integer getGraceMinutes() {
    return graceMinutes;
  }

  public String getAssignee() {
    return assignee;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
