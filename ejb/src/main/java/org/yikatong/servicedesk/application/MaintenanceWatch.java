package org.yikatong.servicedesk.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.yikatong.kernel.application.Caller;
import org.yikatong.notification.domain.Notice;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.Role;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceDeadline;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceKind;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceRequest;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceRequestRepository;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceStatus;

/**
 * Watches the contract deadlines of custom change requests (after-sales plan) — understood within 2
 * working days, answered within 5, implementation started within a week of the plan — and records,
 * once per request and deadline and in the request's history, a warning when a deadline is near (4
 * duty hours before the first two, 1 day before the start: {@link MaintenanceRequest#warningLead})
 * and the breach when it is missed; a missed deadline that a penalty rule prices (seeded: the
 * answer, 300 CNY) is charged from the warranty deposit through {@link PenaltyCharges}, once per
 * request and rule, never below zero. Each warning and breach is told ({@link Notice} SLA_WARNING /
 * SLA_BREACH, referring to the request number) to the helpdesk and to the staff member who last
 * acted on the request, in the same transaction. Idempotent: it may run any number of times and on
 * every node (the requests it records on are locked).
 */
@Stateless
public class MaintenanceWatch {

  private static final Logger LOG = Logger.getLogger(MaintenanceWatch.class.getName());

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  @Inject Clock clock;
  @Inject Caller caller;
  @Inject PenaltyCharges penalties;
  @Inject SlaContracts contracts;
  @Inject Event<Notice> notices;
  @Inject MaintenanceRequestRepository requests;

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
      LOG.info("Maintenance watch recorded " + recorded + " warning(s) and missed deadline(s)");
    }
  }

  /**
   * Checks every custom change request with a deadline near or passed (or met late) whose warning
   * or breach is not recorded yet.
   *
   * @return how many warnings and missed deadlines were recorded
   */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK})
  @Audited
  public int check() {
    Instant now = clock.instant();
    scheduleWarningsOfOlderRequests();
    // Near or passed, unrecorded; the request decides again below.
    List<MaintenanceRequest> candidates = requests.findWithDeadlineToRecord(CUSTOM, now);
    int recorded = 0;
    for (MaintenanceRequest request : candidates) {
      if (request.warningsDue(now).isEmpty() && request.overdue(now).isEmpty()) {
        continue;
      }
      // Another node may be recording the same warning or breach: lock, re-read, decide again.
      requests.lock(request);
      for (MaintenanceDeadline near : request.warningsDue(now)) {
        request.recordWarning(near, now, caller.name());
        tell(request, near, NoticeKind.SLA_WARNING, now);
        recorded++;
      }
      for (MaintenanceDeadline missed : request.overdue(now)) {
        request.recordBreach(missed, now, caller.name());
        penalties.breached(request, missed);
        tell(request, missed, NoticeKind.SLA_BREACH, now);
        recorded++;
      }
    }
    return recorded;
  }

  private static final Set<MaintenanceKind> CUSTOM =
      Set.of(MaintenanceKind.ADAPTIVE, MaintenanceKind.PERFECTIVE);

  /**
   * Requests whose deadlines were stored before warnings existed get their warning times from the
   * same calendar (scheduling again is what every step does).
   */
  private void scheduleWarningsOfOlderRequests() {
    List<Long> older =
        requests.findIdsWithoutWarningTimes(
            CUSTOM,
            Set.of(
                MaintenanceStatus.SUBMITTED,
                MaintenanceStatus.REVIEWED,
                MaintenanceStatus.PLAN_AGREED));
    for (Long id : older) {
      requests.lockById(id).orElseThrow().scheduleDeadlines(contracts.defaultCalendar());
    }
  }

  /** The helpdesk and the staff member who last acted on the request hear of it. */
  private void tell(
      MaintenanceRequest request, MaintenanceDeadline deadline, NoticeKind kind, Instant now) {
    Set<String> to = new LinkedHashSet<>();
    to.add(Dispatcher.FALLBACK);
    request.lastStaffActor().filter(a -> !Caller.SYSTEM.equals(a)).ifPresent(to::add);
    boolean warning = kind == NoticeKind.SLA_WARNING;
    notices.fire(
        new Notice(
            kind.name(),
            request.getRequestNo(),
            List.copyOf(to),
            "维护申请 " + request.getRequestNo() + (warning ? " 即将超过合同期限" : " 已超过合同期限"),
            request.getTitle()
                + " — "
                + deadline.label()
                + "，期限 "
                + SHOWN.format(request.due(deadline))
                + (warning ? "，即将到期" : "，已超期"),
            now));
  }
}
