package org.yikatong.servicedesk.domain.calendar;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A stored working calendar: its time zone, duty hours and the days that differ from the usual week
 * (public holidays, make-up working days). {@link #toWorkingCalendar()} gives the immutable
 * calendar SLA clocks count on.
 */
@Entity
@Table(name = "duty_calendar")
public class DutyCalendar {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duty_calendar_seq")
  @SequenceGenerator(
      name = "duty_calendar_seq",
      sequenceName = "duty_calendar_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "code", nullable = false, updatable = false, length = 32)
  private String code;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "zone_id", nullable = false, length = 40)
  private String zoneId;

  @Column(name = "duty_start", nullable = false, length = 5)
  private String dutyStart;

  @Column(name = "duty_end", nullable = false, length = 5)
  private String dutyEnd;

  @OneToMany(mappedBy = "calendar", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("day")
  private List<DutyCalendarDay> days = new ArrayList<>();

  @Version private long version;

  protected DutyCalendar() {}

  /**
   * @param dutyEnd {@code HH:MM}, {@code 24:00} for midnight
   */
  public DutyCalendar(String code, String name, String zoneId, String dutyStart, String dutyEnd) {
    this.code = Objects.requireNonNull(code, "code");
    this.name = Objects.requireNonNull(name, "name");
    this.zoneId = zoneId;
    this.dutyStart = dutyStart;
    this.dutyEnd = dutyEnd;
    toWorkingCalendar(); // refuses a bad zone or bad duty hours
  }

  /** Marks a day a holiday or a make-up working day, replacing what the day was. */
  public DutyCalendarDay setDay(LocalDate day, DutyCalendarDay.Kind kind, String note) {
    Optional<DutyCalendarDay> existing = day(day);
    if (existing.isPresent()) {
      existing.get().change(kind, note);
      return existing.get();
    }
    DutyCalendarDay added = new DutyCalendarDay(this, day, kind, note);
    days.add(added);
    return added;
  }

  /** Returns a day to the usual week. */
  public boolean removeDay(LocalDate day) {
    return days.removeIf(d -> d.getDay().equals(day));
  }

  public Optional<DutyCalendarDay> day(LocalDate day) {
    return days.stream().filter(d -> d.getDay().equals(day)).findFirst();
  }

  public WorkingCalendar toWorkingCalendar() {
    ZoneId zone;
    try {
      zone = ZoneId.of(zoneId);
    } catch (DateTimeException | NullPointerException e) {
      throw new IllegalArgumentException("No time zone " + zoneId);
    }
    return new WorkingCalendar(
        zone,
        time(dutyStart, "dutyStart"),
        "24:00".equals(dutyEnd) ? LocalTime.MIDNIGHT : time(dutyEnd, "dutyEnd"),
        days.stream()
            .filter(d -> d.getKind() == DutyCalendarDay.Kind.HOLIDAY)
            .map(DutyCalendarDay::getDay)
            .collect(Collectors.toSet()),
        days.stream()
            .filter(d -> d.getKind() == DutyCalendarDay.Kind.WORKDAY)
            .map(DutyCalendarDay::getDay)
            .collect(Collectors.toSet()));
  }

  private static LocalTime time(String text, String what) {
    try {
      if (text == null || !text.matches("\\d\\d:\\d\\d")) {
        throw new DateTimeException(text);
      }
      return LocalTime.parse(text);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(what + " is HH:MM: " + text);
    }
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getZoneId() {
    return zoneId;
  }

  public String getDutyStart() {
    return dutyStart;
  }

  public String getDutyEnd() {
    return dutyEnd;
  }

  public List<DutyCalendarDay> getDays() {
    return Collections.unmodifiableList(days);
  }
}
