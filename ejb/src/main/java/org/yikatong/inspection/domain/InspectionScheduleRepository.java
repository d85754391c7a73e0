package org.yikatong.inspection.domain;

import java.util.List;
import java.util.Optional;

/** Inspection schedules. */
public interface InspectionScheduleRepository {

  void add(InspectionSchedule schedule);

  Optional<InspectionSchedule> findById(long id);

  /** Every schedule with its template, by id. */
  List<InspectionSchedule> findAll();

  /** The active schedules with their templates. */
  List<InspectionSchedule> findActive();
}
