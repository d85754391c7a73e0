package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yikatong.kernel.application.AdjustableClock;
import org.yikatong.servicedesk.application.MaintenanceRequests;
import org.yikatong.servicedesk.application.MaintenanceWatch;
import org.yikatong.servicedesk.application.NewMaintenanceRequest;
import org.yikatong.servicedesk.application.SlaContracts;
import org.yikatong.servicedesk.domain.calendar.WorkingCalendar;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceDeadline;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceKind;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceRequest;

/**
 * The warning before a custom change request's "understood" deadline, driven by the server's clock:
 * the request is submitted on a clock set back by 29 duty hours (of the contract's working days),
 * so that now lies between its warning time (28 duty hours after the submission) and its deadline
 * (32) and nothing waits. The watch records the warning once, in the history, and the helpdesk
 * finds an SLA_WARNING message naming the request in the notification outbox. The watch's own timer
 * may record the warning first: the assertions hold whoever records it.
 */
@ExtendWith(ArquillianExtension.class)
class MaintenanceWarningIT {

  @Deployment
  static EnterpriseArchive ear() {
    return Deployments.builtEarWith(MaintenanceWarningIT.class, AsAdministrator.class);
  }

  @Inject AsAdministrator admin;
  @Inject MaintenanceRequests requests;
  @Inject MaintenanceWatch watch;
  @Inject SlaContracts contracts;
  @Inject AdjustableClock clock;
  @jakarta.persistence.PersistenceContext jakarta.persistence.EntityManager em;

  @Test
  @DisplayName(
      "a request near its understanding deadline: warned once, in its history, the helpdesk told")
  void warnedOnceBeforeTheDeadline() throws Exception {
    WorkingCalendar calendar = contracts.defaultCalendar();
    Instant now = clock.instant();
    // Back in half hours until 29 duty hours of working days lie between then and now.
    Instant then = now;
    for (int i = 0;
        calendar
                .serviceTimeBetween(then, now, WorkingCalendar.Basis.WORKING_HOURS, List.of())
                .compareTo(Duration.ofHours(29))
            < 0;
        i++) {
      assertTrue(i < 60 * 48, "29 duty hours within 60 days");
      then = then.minus(Duration.ofMinutes(30));
    }
    String no;
    try {
      clock.shift(Duration.between(now, then));
      MaintenanceRequest r =
          admin.call(
              () ->
                  requests.submit(
                      new NewMaintenanceRequest(
                          MaintenanceKind.ADAPTIVE,
                          "图书馆",
                          "孙馆长",
                          null,
                          null,
                          null,
                          "门禁系统对接",
                          "图书馆新门禁需要读取一卡通身份")));
      no = r.getRequestNo();
      assertTrue(admin.call(() -> watch.check()) >= 0);
      assertNull(
          admin.call(() -> requests.find(no)).warnedAt(MaintenanceDeadline.UNDERSTAND),
          "not yet near when submitted");
    } finally {
      clock.shift(Duration.ZERO);
    }
    MaintenanceRequest before = admin.call(() -> requests.find(no));
    Instant checked = clock.instant();
    assertTrue(
        !checked.isBefore(before.warnFrom(MaintenanceDeadline.UNDERSTAND))
            && checked.isBefore(before.due(MaintenanceDeadline.UNDERSTAND)),
        "now lies between the warning time and the deadline");

    admin.call(() -> watch.check());
    long outboxAfterFirst = warningsFor(no, "helpdesk");
    admin.call(() -> watch.check());

    MaintenanceRequest after = admin.call(() -> requests.find(no));
    assertNotNull(after.warnedAt(MaintenanceDeadline.UNDERSTAND));
    assertNull(after.breachedAt(MaintenanceDeadline.UNDERSTAND), "warned, not missed");
    assertNull(after.warnedAt(MaintenanceDeadline.ANSWER), "the answer is days away");
    assertEquals(
        1L,
        em.createQuery(
                "select count(e) from MaintenanceRequestEvent e where e.request.requestNo = :n"
                    + " and e.kind = 'WARNING'",
                Long.class)
            .setParameter("n", no)
            .getSingleResult(),
        "one warning in the history however often the watch runs");
    assertTrue(outboxAfterFirst > 0, "the helpdesk is told");
    assertEquals(outboxAfterFirst, warningsFor(no, "helpdesk"), "and told once");
    assertEquals(
        0L,
        em.createQuery(
                "select count(m) from OutboxMessage m where m.reference = :n"
                    + " and m.kind = 'SLA_BREACH'",
                Long.class)
            .setParameter("n", no)
            .getSingleResult());
  }

  private long warningsFor(String requestNo, String recipient) {
    return em.createQuery(
            "select count(m) from OutboxMessage m where m.reference = :n and m.kind = 'SLA_WARNING'"
                + " and m.recipient = :r",
            Long.class)
        .setParameter("n", requestNo)
        .setParameter("r", recipient)
        .getSingleResult();
  }
}
