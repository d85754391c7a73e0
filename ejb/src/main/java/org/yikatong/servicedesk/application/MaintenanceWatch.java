package org.yikatong.servicedesk.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.yikatong.platform.application.Caller;
import org.yikatong.security.domain.Role;
import org.yikatong.servicedesk.domain.MaintenanceDeadline;
import org.yikatong.servicedesk.domain.MaintenanceKind;
import org.yikatong.servicedesk.domain.MaintenanceRequest;

/**
 * Watches the contract deadlines of custom change requests [002] — understood within 2 working
 * days, answered within 5, implementation started within a week of the plan — and records each
 * missed one once per request and deadline, in the request's history; a missed deadline that a
 * penalty rule prices (seeded: the answer, 300 CNY) is charged from the warranty deposit through
 * {@link PenaltyCharges}, once per request and rule, never below zero. Idempotent: it may run any
 * number of times and on every node (the requests it records on are locked).
 */
@Stateless
public class MaintenanceWatch {

  private static final Logger LOG = Logger.getLogger(MaintenanceWatch.class.getName());

  @Inject Clock clock;
  @Inject Caller caller;
  @Inject PenaltyCharges penalties;
  @PersistenceContext EntityManager em;

  /**
   * Every minute, on a persistent timer (a database timer store makes it fire once per cluster).
   */
  @Schedule(
      minute = "*",
      hour = "*",
      persistent = true,
      info = "Maintenance requests: contract deadlines of custom change requests")
  @PermitAll
  public void everyMinute() {
    int recorded = check();
    if (recorded > 0) {
      LOG.info("Maintenance watch recorded " + recorded + " missed deadline(s)");
    }
  }

  /**
   * Checks every custom change request whose deadline has passed unmet (or was met late) without
   * the breach being recorded yet.
   *
   * @return how many missed deadlines were recorded
   */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK})
  public int check() {
    Instant now = clock.instant();
    List<MaintenanceRequest> candidates =
        em.createQuery(
                // Passed, unrecorded, and unmet or met late; the domain decides again below.
                "select r from MaintenanceRequest r where r.kind in :custom and ("
                    + "(r.understandBreachedAt is null and r.understandDue <= :now"
                    + " and (r.reviewedAt is null or r.reviewedAt > r.understandDue))"
                    + " or (r.answerBreachedAt is null and r.answerDue <= :now"
                    + " and (r.answeredAt is null or r.answeredAt > r.answerDue))"
                    + " or (r.startBreachedAt is null and r.startDue <= :now"
                    + " and (r.startedAt is null or r.startedAt > r.startDue))) order by r.id",
                MaintenanceRequest.class)
            .setParameter("custom", Set.of(MaintenanceKind.ADAPTIVE, MaintenanceKind.PERFECTIVE))
            .setParameter("now", now)
            .getResultList();
    int recorded = 0;
    for (MaintenanceRequest request : candidates) {
      if (request.overdue(now).isEmpty()) {
        continue;
      }
      // Another node may be recording the same breach: lock, re-read, decide again.
      em.refresh(request, LockModeType.PESSIMISTIC_WRITE);
      for (MaintenanceDeadline missed : request.overdue(now)) {
        request.recordBreach(missed, now, caller.name());
        penalties.breached(request, missed);
        recorded++;
      }
    }
    return recorded;
  }
}
