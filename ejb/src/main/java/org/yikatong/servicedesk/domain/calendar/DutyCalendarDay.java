package org.yikatong.servicedesk.domain.calendar;

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
import java.time.LocalDate;
import java.util.Objects;

/** A day of a calendar that differs from the usual week: a public holiday or a make-up workday. */
@Entity
@Table(name = "duty_calendar_day")
public class DutyCalendarDay {

  /** What the day is. */
  public enum Kind {
    /** No working day, though a weekday. */
    HOLIDAY,
    /** A working day, though a weekend day (调休). */
    WORKDAY
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duty_calendar_day_seq")
  @SequenceGenerator(
      name = "duty_calendar_day_seq",
      sequenceName = "duty_calendar_day_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "calendar_id", nullable = false, updatable = false)
  private DutyCalendar calendar;

  @Column(name = "calendar_day", nullable = false, updatable = false)
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(name = "day_kind", nullable = false, length = 8)
  private Kind kind;

  @Column(name = "note", length = 100)
  private String note;

  protected DutyCalendarDay() {}

  DutyCalendarDay(DutyCalendar calendar, LocalDate day, Kind kind, String note) {
    this.calendar = calendar;
    this.day = Objects.requireNonNull(day, "day");
    change(kind, note);
  }

  void change(Kind kind, String note) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.note = note;
  }

  public LocalDate getDay() {
    return day;
  }

  public Kind getKind() {
    return kind;
  }

  public String getNote() {
    return note;
  }
}
