package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.yikatong.it.DemoUsers.LEAD;
import static org.yikatong.it.DemoUsers.MANAGER;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yikatong.kernel.application.AdjustableClock;
import org.yikatong.servicedesk.application.NewTicket;
import org.yikatong.servicedesk.application.SlaWatch;
import org.yikatong.servicedesk.application.Tickets;
import org.yikatong.servicedesk.domain.ticket.SlaEvent;
import org.yikatong.servicedesk.domain.ticket.Ticket;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;
import org.yikatong.servicedesk.domain.ticket.TicketChannel;
import org.yikatong.servicedesk.domain.ticket.TicketLevel;

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

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Inject AsAdministrator admin;
  @Inject Tickets tickets;
  @Inject SlaWatch watch;
  @Inject AdjustableClock clock;
  @jakarta.persistence.PersistenceContext jakarta.persistence.EntityManager em;
  @Inject org.yikatong.servicedesk.application.PenaltyRegister penalties;

  @Test
  @DisplayName(
      "an emergency: warning and breach of each deadline recorded once, escalated to the team lead"
          + " and then the manager, 500 yuan charged once to the supplier answering for it")
  void warningsBreachesAndEscalation() throws Exception {
    // A weekday morning: the on-site target counts in the calendar's hours, so an emergency opened
    // at night would be due on site the next morning instead of within the hour.
    at(
        LocalDate.now(SHANGHAI)
            .with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY))
            .atTime(10, 0)
            .atZone(SHANGHAI)
            .toInstant());
    try {
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
                          TicketCategory.HARDWARE,
                          TicketLevel.LEVEL_1,
                          false,
                          "圈存机离线",
                          "K0000002 读卡模块无响应，心跳中断",
                          null,
                          null,
                          null)));
      String no = opened.getTicketNo();
      assertNotNull(opened.getAssignee(), "dispatched by the roster");
      assertNull(opened.getRespondedAt(), "an automatic assignment is no response");
      if (admin.call(() -> penalties.deposit()).isEmpty()) {
        admin.call(
            () -> penalties.registerDeposit(70_000)); // 700 yuan: a second penalty empties it
      }
      long depositBefore = admin.call(() -> penalties.deposit().orElseThrow().getBalance().fen());
      Instant responseDue = opened.responseDue();
      Instant onSiteDue = opened.due(SlaEvent.Target.ON_SITE);
      Instant resolutionDue = opened.resolutionDue();
      assertEquals(opened.getCreatedAt().plus(Duration.ofHours(1)), onSiteDue);
      try {
        at(responseDue.minus(Duration.ofMinutes(5)).plusSeconds(1));
        admin.call(() -> watch.check());
        assertEquals(List.of("RESPONSE/WARNING"), events(no));
        assertEquals(List.of(LEAD), escalations(no), "a warning goes to the team lead");
        at(responseDue.plusSeconds(1));
        admin.call(() -> watch.check());
        admin.call(() -> watch.check());
        assertEquals(List.of("RESPONSE/WARNING", "RESPONSE/BREACH"), events(no));
        assertEquals(List.of(LEAD, MANAGER), escalations(no), "a breach goes to the manager");
        // A level 1 ticket not responded to in time: 500 yuan out of the deposit, as far as it
        // goes.
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
        at(onSiteDue.minus(Duration.ofMinutes(20)));
        admin.call(() -> tickets.arriveOnSite(no, "到达学生公寓 3 号楼"));
        at(resolutionDue.plusSeconds(1));
        admin.call(() -> watch.check());
        assertEquals(
            List.of(
                "RESPONSE/WARNING", "RESPONSE/BREACH", "RESOLUTION/WARNING", "RESOLUTION/BREACH"),
            events(no),
            "on site in time; a breach found without its warning records both");
        assertEquals(List.of(LEAD, MANAGER), escalations(no), "each step once");
      } finally {
        clock.shift(Duration.ZERO);
      }
    } finally {
      clock.shift(Duration.ZERO);
    }
  }

  @Test
  @DisplayName("a target met late is a breach when the step is taken, whenever the watch runs")
  void lateStepIsABreach() throws Exception {
    Ticket opened =
        admin.call(
            () ->
                tickets.open(
                    new NewTicket(
                        TicketChannel.PHONE,
                        "王老师",
                        "13800000000",
                        null,
                        "T0000004",
                        null,
                        TicketCategory.HARDWARE,
                        TicketLevel.LEVEL_3,
                        false,
                        "小票打印机卡纸",
                        "第二食堂 1 号窗口",
                        null,
                        null,
                        null)));
    String no = opened.getTicketNo();
    try {
      at(opened.responseDue().plusSeconds(30));
      admin.call(() -> tickets.comment(no, "COMMENT", "已收到，马上处理"));
      assertEquals(List.of("RESPONSE/WARNING", "RESPONSE/BREACH"), events(no));
    } finally {
      clock.shift(Duration.ZERO);
    }
  }

  @Test
  @DisplayName("the watch's timer is kept in the database store, where every node finds it")
  void timersInTheDatabase() {
    Number timers =
        (Number)
            em.createNativeQuery(
                    "select count(*) from jboss_ejb_timer where partition_name = 'yikatong'"
                        + " and timed_object_id like '%SlaWatch'")
                .getSingleResult();
    assertEquals(1, timers.intValue());
  }

  /** Whom the ticket was escalated to, in order (from "to lead (step 1): ..."). */
  private List<String> escalations(String ticketNo) {
    @SuppressWarnings("unchecked")
    List<String> texts =
        em.createNativeQuery(
                "select e.text from ticket_event e join ticket t on t.id = e.ticket_id"
                    + " where t.ticket_no = ? and e.event_kind = 'ESCALATION' order by e.id")
            .setParameter(1, ticketNo)
            .getResultList();
    return texts.stream().map(t -> t.substring(3, t.indexOf(' ', 3))).toList();
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
