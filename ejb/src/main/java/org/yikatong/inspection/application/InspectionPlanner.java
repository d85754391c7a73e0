package org.yikatong.inspection.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.yikatong.inspection.domain.InspectionRound;
import org.yikatong.inspection.domain.InspectionSchedule;
import org.yikatong.inspection.domain.RoundStatus;
import org.yikatong.security.domain.Role;

/**
 * Plans inspection rounds: for every active schedule, one round for each time its recurrence falls
 * from a day ago (or the schedule's start, if later) to a day ahead, so technicians see the day's
 * rounds; and marks rounds nobody began as missed once they are due. Idempotent — at most one round
 * per schedule and planned time (also unique in the database) — so it may run any number of times.
 */
@Stateless
public class InspectionPlanner {

  /** How far ahead rounds are planned. */
  public static final Duration PLAN_AHEAD = Duration.ofDays(1);

  /** How far back a planner that was not running still plans (those rounds are missed at once). */
  public static final Duration CATCH_UP = Duration.ofDays(1);

  private static final Logger LOG = Logger.getLogger(InspectionPlanner.class.getName());

  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  /** Result of one planner run. */
  public record Outcome(int planned, int missed) {}

  /** Every five minutes, once per cluster (persistent timer on the database store). */
  @Schedule(minute = "*/5", hour = "*", persistent = true, info = "inspection-planner")
  @PermitAll
  public void everyFiveMinutes() {
    Outcome outcome = check();
    if (outcome.planned() > 0 || outcome.missed() > 0) {
      LOG.info(
          "Inspection planner: "
              + outcome.planned()
              + " round(s) planned, "
              + outcome.missed()
              + " missed");
    }
  }

  /** Plans the rounds due to exist now and marks the missed ones. */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK})
  public Outcome check() {
    Instant now = clock.instant();
    int planned = 0;
    for (InspectionSchedule schedule :
        em.createQuery(
                "select s from InspectionSchedule s join fetch s.template where s.active = true",
                InspectionSchedule.class)
            .getResultList()) {
      Instant from = later(schedule.getStartsAt(), now.minus(CATCH_UP));
      Set<Instant> existing =
          new HashSet<>(
              em.createQuery(
                      "select r.plannedAt from InspectionRound r"
                          + " where r.schedule = :s and r.plannedAt >= :from",
                      Instant.class)
                  .setParameter("s", schedule)
                  .setParameter("from", from)
                  .getResultList());
      for (Instant at : schedule.recurrence().between(from, now.plus(PLAN_AHEAD))) {
        if (existing.add(at)) {
          em.persist(schedule.plan(at));
          planned++;
        }
      }
    }
    int missed = 0;
    List<InspectionRound> overdue =
        em.createQuery(
                "select r from InspectionRound r where r.status = :planned and r.dueAt < :now",
                InspectionRound.class)
            .setParameter("planned", RoundStatus.PLANNED)
            .setParameter("now", now)
            .getResultList();
    for (InspectionRound round : overdue) {
      if (round.markMissedIfOverdue(now)) {
        missed++;
      }
    }
    return new Outcome(planned, missed);
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
