package org.yikatong.inspection.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.yikatong.inspection.domain.InspectionRound;
import org.yikatong.inspection.domain.InspectionRoundRepository;
import org.yikatong.inspection.domain.InspectionSchedule;
import org.yikatong.inspection.domain.InspectionScheduleRepository;
import org.yikatong.inspection.domain.Recurrence;
import org.yikatong.inspection.domain.RoundStatus;
import org.yikatong.notification.domain.Notice;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.Role;

/**
 * Plans inspection rounds: for every active schedule, one round for each time its recurrence falls
 * from a day ago (or the schedule's start, if later) to a day ahead, so technicians see the day's
 * rounds; marks rounds nobody began as missed once they are due; and tells the assignee and the
 * helpdesk of every round that became overdue (missed, or begun and not completed in time) — once
 * per round, remembered on the round in the same transaction as the outbox messages. Idempotent —
 * at most one round per schedule and planned time (also unique in the database), one overdue notice
 * per round — so it may run any number of times.
 */
@Stateless
public class InspectionPlanner {

  /** How far ahead rounds are planned. */
  public static final Duration PLAN_AHEAD = Duration.ofDays(1);

  /** How far back a planner that was not running still plans (those rounds are missed at once). */
  public static final Duration CATCH_UP = Duration.ofDays(1);

  /** Who hears of every overdue round besides its assignee. */
  static final String HELPDESK = "helpdesk";

  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Recurrence.ZONE);

  private static final Logger LOG = Logger.getLogger(InspectionPlanner.class.getName());

  @Inject Clock clock;
  @Inject Event<Notice> notices;
  @Inject InspectionScheduleRepository schedules;
  @Inject InspectionRoundRepository rounds;

  /**
   * Result of one planner run.
   *
   * @param planned rounds planned now
   * @param missed rounds marked missed now
   * @param notified overdue rounds whose assignee and the helpdesk were told now
   */
  public record Outcome(int planned, int missed, int notified) {}

  /** Every five minutes, once per cluster (persistent timer on the database store). */
  @Schedule(minute = "*/5", hour = "*", persistent = true, info = "inspection-planner")
  @PermitAll
  public void everyFiveMinutes() {
    Outcome outcome = check();
    if (outcome.planned() > 0 || outcome.missed() > 0 || outcome.notified() > 0) {
      LOG.info(
          "Inspection planner: "
              + outcome.planned()
              + " round(s) planned, "
              + outcome.missed()
              + " missed, "
              + outcome.notified()
              + " overdue notified");
    }
  }

  /** Plans the rounds due to exist now, marks the missed ones and tells of the overdue ones. */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK})
  @Audited
  public Outcome check() {
    Instant now = clock.instant();
    int planned = 0;
    for (InspectionSchedule schedule : schedules.findActive()) {
      Instant from = later(schedule.getStartsAt(), now.minus(CATCH_UP));
      Set<Instant> existing = new HashSet<>(rounds.findPlannedTimes(schedule, from));
      for (Instant at : schedule.recurrence().between(from, now.plus(PLAN_AHEAD))) {
        if (existing.add(at)) {
          rounds.add(schedule.plan(at));
          planned++;
        }
      }
    }
    int missed = 0;
    List<InspectionRound> overdue = rounds.findPlannedDueBefore(now);
    for (InspectionRound round : overdue) {
      if (round.markMissedIfOverdue(now)) {
        missed++;
      }
    }
    return new Outcome(planned, missed, notifyOverdue(now));
  }

  /**
   * Tells the assignee and the helpdesk of each round overdue and not yet told. The rows are locked
   * (and the round's version checked at commit), so two runs at once tell of a round once.
   */
  private int notifyOverdue(Instant now) {
    int notified = 0;
    for (InspectionRound round : rounds.lockOverdueNotNotified(now)) {
      if (round.overdueNoticeDue(now)) {
        notices.fire(overdueNotice(round, now));
        notified++;
      }
    }
    return notified;
  }

  private static Notice overdueNotice(InspectionRound round, Instant now) {
    String what =
        round.getStatus() == RoundStatus.MISSED
            ? "未开始，记为漏检"
            : "已于 " + LOCAL.format(round.getStartedAt()) + " 开始，尚未完成";
    return new Notice(
        "ROUND_OVERDUE",
        round.noticeReference(),
        List.of(round.getAssignee(), HELPDESK),
        "巡检逾期：" + round.getTemplate().getName() + "（" + LOCAL.format(round.getPlannedAt()) + "）",
        round.reference()
            + "「"
            + round.getTemplate().getName()
            + "」计划 "
            + LOCAL.format(round.getPlannedAt())
            + "，应于 "
            + LOCAL.format(round.getDueAt())
            + " 前完成，"
            + what
            + "。负责人："
            + round.getAssignee(),
        now);
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
