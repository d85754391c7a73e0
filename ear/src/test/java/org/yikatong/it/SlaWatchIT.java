package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.yikatong.platform.application.AdjustableClock;
import org.yikatong.servicedesk.application.NewTicket;
import org.yikatong.servicedesk.application.SlaWatch;
import org.yikatong.servicedesk.application.Tickets;
import org.yikatong.servicedesk.domain.SlaEvent;
import org.yikatong.servicedesk.domain.Ticket;
import org.yikatong.servicedesk.domain.TicketCategory;
import org.yikatong.servicedesk.domain.TicketChannel;
import org.yikatong.servicedesk.domain.TicketLevel;

/**
 * The SLA watch driven by the server's clock, not by waiting: the clock is set just before and just
 * after a ticket's deadlines and the watch run, as its timer would.
 */
@ExtendWith(ArquillianExtension.class)
class SlaWatchIT {

  @Deployment
  static EnterpriseArchive ear() {
    return Deployments.builtEarWith(SlaWatchIT.class, AsAdministrator.class);
  }

  @Inject AsAdministrator admin;
  @Inject Tickets tickets;
  @Inject SlaWatch watch;
  @Inject AdjustableClock clock;
  @jakarta.persistence.PersistenceContext jakarta.persistence.EntityManager em;
  @Inject org.yikatong.servicedesk.application.PenaltyRegister penalties;

  @Test
  @DisplayName("warning before and breach after each deadline, recorded once however often it runs")
  void warningsAndBreaches() throws Exception {
    Ticket opened =
        admin.call(
            () ->
                tickets.open(
                    new NewTicket(
                        TicketChannel.MONITORING,
                        "监控",
                        null,
                        null,
                        "K0000002",
                        null,
                        TicketCategory.NETWORK,
                        TicketLevel.LEVEL_1,
                        false,
                        "圈存机离线",
                        "K0000002 心跳中断",
                        null)));
    String no = opened.getTicketNo();
    if (admin.call(() -> penalties.deposit()).isEmpty()) {
      admin.call(() -> penalties.registerDeposit(70_000)); // 700 yuan: a second penalty empties it
    }
    long depositBefore = admin.call(() -> penalties.deposit().orElseThrow().getBalance().fen());
    Instant responseDue = opened.responseDue();
    Instant resolutionDue = opened.resolutionDue();
    try {
      at(responseDue.minus(SlaEvent.RESPONSE_WARNING).plusSeconds(1));
      admin.call(() -> watch.check());
      assertEquals(List.of("RESPONSE/WARNING"), events(no));
      at(responseDue.plusSeconds(1));
      admin.call(() -> watch.check());
      admin.call(() -> watch.check());
      assertEquals(List.of("RESPONSE/WARNING", "RESPONSE/BREACH"), events(no));
      // A level 1 ticket not responded to in time: 500 yuan out of the deposit, as far as it goes.
      @SuppressWarnings("unchecked")
      List<Object[]> charged =
          em.createNativeQuery(
                  "select p.claimed_fen, p.deducted_fen from penalty p join ticket t"
                      + " on t.id = p.ticket_id where t.ticket_no = ?")
              .setParameter(1, no)
              .getResultList();
      assertEquals(1, charged.size(), "charged once however often the watch runs");
      long deducted = Math.min(50_000, depositBefore);
      assertEquals(50_000L, ((Number) charged.get(0)[0]).longValue());
      assertEquals(deducted, ((Number) charged.get(0)[1]).longValue());
      assertEquals(
          depositBefore - deducted,
          (long) admin.call(() -> penalties.deposit().orElseThrow().getBalance().fen()));
      admin.call(() -> tickets.assign(no, "tech", "on duty"));
      at(resolutionDue.plusSeconds(1));
      admin.call(() -> watch.check());
      assertEquals(
          List.of("RESPONSE/WARNING", "RESPONSE/BREACH", "RESOLUTION/WARNING", "RESOLUTION/BREACH"),
          events(no),
          "a breach found without its warning records both");
    } finally {
      clock.shift(Duration.ZERO);
    }
  }

  private void at(Instant instant) {
    clock.shift(Duration.between(Instant.now(), instant));
  }

  private List<String> events(String ticketNo) throws Exception {
    return admin.call(
        () ->
            watch.of(tickets.find(ticketNo)).stream()
                .map(e -> e.getTarget() + "/" + e.getKind())
                .toList());
  }
}
