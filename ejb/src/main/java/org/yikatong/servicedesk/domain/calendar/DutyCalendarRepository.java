package org.yikatong.servicedesk.domain.calendar;

import java.util.List;
import java.util.Optional;

/** The stored working calendars contracts count on. */
public interface DutyCalendarRepository {

  void add(DutyCalendar calendar);

  Optional<DutyCalendar> findByCode(String code);

  boolean existsByCode(String code);

  /** Every calendar, by code. */
  List<DutyCalendar> findAll();

  /** Locks a calendar read unlocked, for update until the transaction ends. */
  void lock(DutyCalendar calendar);
}
