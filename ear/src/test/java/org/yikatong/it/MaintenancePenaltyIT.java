package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import org.yikatong.servicedesk.application.PenaltyRegister;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceDeadline;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceKind;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceRequest;

/**
 * Custom change requests whose answer deadline passed: each pays the 300 CNY penalty out of the
 * warranty deposit exactly once, never below zero, and the register names the request. The requests
 * are submitted on a server clock set two weeks back, so their deadlines have passed when the clock
 * is set right again; nothing waits. The watch's own timer may record a breach first: the
 * assertions hold whoever records it.
 */
@ExtendWith(ArquillianExtension.class)
class MaintenancePenaltyIT {

  private static final long PENALTY_FEN = 30_000;

  @Deployment
  static EnterpriseArchive ear() {
    return Deployments.builtEarWith(MaintenancePenaltyIT.class, AsAdministrator.class);
  }

  @Inject AsAdministrator admin;
  @Inject MaintenanceRequests requests;
  @Inject MaintenanceWatch watch;
  @Inject PenaltyRegister penalties;
  @Inject AdjustableClock clock;
  @jakarta.persistence.PersistenceContext jakarta.persistence.EntityManager em;

  @Test
  @DisplayName("a custom request not answered in time pays 300 CNY once, never below zero")
  void answerMissed() throws Exception {
    if (admin.call(() -> penalties.deposit()).isEmpty()) {
      admin.call(() -> penalties.registerDeposit(70_000)); // as SlaWatchIT: 700 yuan
    }
    long before = admin.call(() -> penalties.deposit().orElseThrow().getBalance().fen());
    // Enough late requests to empty what is left of the deposit, and one more.
    int count = (int) Math.min(20, before / PENALTY_FEN + 2);
    List<String> numbers = new ArrayList<>();
    try {
      clock.shift(Duration.ofDays(-14));
      for (int i = 0; i < count; i++) {
        MaintenanceKind kind = i % 2 == 0 ? MaintenanceKind.ADAPTIVE : MaintenanceKind.PERFECTIVE;
        MaintenanceRequest r =
            admin.call(
                () ->
                    requests.submit(
                        new NewMaintenanceRequest(
                            kind,
                            "后勤集团",
                            "赵主任",
                            null,
                            null,
                            null,
                            "宿舍电控对接",
                            "宿舍电控系统更换厂商，需要对接新接口")));
        numbers.add(r.getRequestNo());
        assertNotNull(r.due(MaintenanceDeadline.ANSWER));
      }
      // One of them was understood in time, but still not answered.
      admin.call(() -> requests.review(numbers.get(0), "受理，待定方案"));
    } finally {
      clock.shift(Duration.ZERO);
    }
    Instant now = clock.instant();

    admin.call(() -> watch.check());
    admin.call(() -> watch.check());

    // Read as scalars: outside a transaction the entities' lazy associations cannot load.
    List<Object[]> mine =
        em.createQuery(
                "select p.subjectNo, r.requestTarget, p.claimedFen, p.deductedFen,"
                    + " p.depositAfterFen from Penalty p join p.rule r"
                    + " where p.request is not null and p.subjectNo in :nos",
                Object[].class)
            .setParameter("nos", numbers)
            .getResultList();
    assertEquals(count, mine.size(), "one penalty per request however often the watch runs");
    assertEquals(
        numbers.stream().sorted().toList(),
        mine.stream().map(p -> (String) p[0]).sorted().toList(),
        "the register names each request");
    long deductedHere = 0;
    boolean shortOne = false;
    for (Object[] p : mine) {
      long claimed = (Long) p[2];
      long deducted = (Long) p[3];
      long after = (Long) p[4];
      assertEquals(MaintenanceDeadline.ANSWER, p[1]);
      assertEquals(PENALTY_FEN, claimed);
      assertTrue(after >= 0, "never below zero");
      assertEquals(Math.min(PENALTY_FEN, after + deducted), deducted, "what the deposit held");
      deductedHere += deducted;
      shortOne |= deducted < PENALTY_FEN;
    }
    assertEquals(0L, admin.call(() -> penalties.deposit().orElseThrow().getBalance().fen()));
    assertTrue(
        shortOne, "the deposit ran out: the last penalties took what was left, then nothing");
    assertTrue(deductedHere <= before, "no more than the deposit held");
    assertTrue(
        admin.call(
            () ->
                penalties.register().stream()
                    .anyMatch(p -> p.getTicket() == null && numbers.contains(p.getSubjectNo()))),
        "the register lists request penalties");

    MaintenanceRequest reviewed = admin.call(() -> requests.find(numbers.get(0)));
    assertEquals(null, reviewed.breachedAt(MaintenanceDeadline.UNDERSTAND), "understood in time");
    assertNotNull(reviewed.breachedAt(MaintenanceDeadline.ANSWER));
    MaintenanceRequest untouched = admin.call(() -> requests.find(numbers.get(1)));
    assertNotNull(untouched.breachedAt(MaintenanceDeadline.UNDERSTAND));
    assertTrue(!untouched.breachedAt(MaintenanceDeadline.ANSWER).isAfter(now.plusSeconds(60)));
    assertEquals(
        2L,
        em.createQuery(
                "select count(e) from MaintenanceRequestEvent e where e.request.requestNo = :n"
                    + " and e.kind = 'BREACH'",
                Long.class)
            .setParameter("n", numbers.get(1))
            .getSingleResult(),
        "understood and answered too late, each recorded once");
  }
}
