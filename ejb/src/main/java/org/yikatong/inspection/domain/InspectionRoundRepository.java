package org.yikatong.inspection.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Inspection rounds, with their items. */
public interface InspectionRoundRepository {

  void add(InspectionRound round);

  Optional<InspectionRound> findById(long id);

  /** The round with this id, locked for update until the transaction ends. */
  Optional<InspectionRound> lockById(long id);

  /**
   * Rounds with their templates, latest planned first, at most {@code max}.
   *
   * @param status only rounds in this status; null for every status
   * @param scheduleId only the rounds of this schedule; null for every schedule
   */
  List<InspectionRound> findLatestFirst(RoundStatus status, Long scheduleId, int max);

  /**
   * Rounds with their templates not completed by their due time at {@code now} (missed ones
   * included), most overdue first, at most {@code max}.
   *
   * @param scheduleId only the rounds of this schedule; null for every schedule
   */
  List<InspectionRound> findOverdue(Long scheduleId, Instant now, int max);

  /** When the schedule's rounds planned at or after {@code from} are planned. */
  List<Instant> findPlannedTimes(InspectionSchedule schedule, Instant from);

  /** Rounds still planned (not begun) whose due time is before {@code now}. */
  List<InspectionRound> findPlannedDueBefore(Instant now);

  /**
   * Rounds not completed whose due time is before {@code now} and whose overdue notice is not
   * recorded yet, by id, locked for update until the transaction ends.
   */
  List<InspectionRound> lockOverdueNotNotified(Instant now);
}
