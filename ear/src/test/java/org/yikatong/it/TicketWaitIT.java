package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yikatong.kernel.application.AdjustableClock;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.servicedesk.application.NewTicket;
import org.yikatong.servicedesk.application.SlaWatch;
import org.yikatong.servicedesk.application.Tickets;
import org.yikatong.servicedesk.domain.ticket.Ticket;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;
import org.yikatong.servicedesk.domain.ticket.TicketChannel;
import org.yikatong.servicedesk.domain.ticket.TicketLevel;
import org.yikatong.servicedesk.domain.ticket.TicketStatus;

/**
 * A ticket waiting for its reporter until a date, driven by the server's clock: answered in time it
 * goes on as usual; unanswered, the SLA watch puts it back to its technician by itself, the clock
 * having stood exactly until that date; a changed level keeps the time paused.
 */
@ExtendWith(ArquillianExtension.class)
class TicketWaitIT {

  @Deployment
  static EnterpriseArchive ear() {
    return Deployments.builtEarWith(TicketWaitIT.class, AsAdministrator.class);
  }

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Inject AsAdministrator admin;
  @Inject Tickets tickets;
  @Inject SlaWatch watch;
  @Inject AdjustableClock clock;
  @Inject jakarta.transaction.UserTransaction utx;
  @jakarta.persistence.PersistenceContext jakarta.persistence.EntityManager em;

  @AfterEach
  void clockBack() {
    clock.shift(Duration.ZERO);
  }

  @Test
  @DisplayName("unanswered by its date, a waiting ticket is back with its technician by itself")
  void backToWorkByItself() throws Exception {
    Instant morning = nextWednesdayAt(9);
    at(morning);
    String no = startedTicket();
    Instant until = morning.plus(Duration.ofHours(2));
    Ticket waiting = admin.call(() -> tickets.waitForReporter(no, "哪台机器?", until));
    assertEquals(TicketStatus.WAITING_FOR_REPORTER, waiting.getStatus());
    assertEquals(until, waiting.getWaitingUntil());

    at(until.minusSeconds(60));
    admin.call(() -> watch.check());
    assertEquals(TicketStatus.WAITING_FOR_REPORTER, find(no).getStatus(), "not yet its date");

    at(until.plusSeconds(90));
    admin.call(() -> watch.check());
    Ticket back = find(no);
    assertEquals(TicketStatus.IN_PROGRESS, back.getStatus());
    assertEquals(DemoUsers.TECH, back.getAssignee(), "back with its technician");
    assertNull(back.getWaitingUntil());
    assertEquals(
        Duration.between(movedAt(back, TicketStatus.WAITING_FOR_REPORTER), until),
        back.pausedFor(clock.instant()),
        "the clock stood from the question until the date, not until the watch ran");
    assertTrue(
        back.getEvents().stream().anyMatch(TicketWaitIT::backByItself), "the timeline says why");

    admin.call(() -> watch.check());
    assertEquals(
        1, find(no).getEvents().stream().filter(TicketWaitIT::backByItself).count(), "once");

    Instant dueBefore = back.resolutionDue();
    admin.call(() -> tickets.setLevel(no, TicketLevel.LEVEL_3));
    Ticket relevelled = find(no);
    assertEquals(
        back.pausedFor(clock.instant()),
        relevelled.pausedFor(clock.instant()),
        "a changed level keeps the time already paused");
    assertTrue(
        relevelled.resolutionDue().isAfter(dueBefore),
        "and its longer target counts from the opening, the pause added");
  }

  @Test
  @DisplayName("answered in time, the wait ends with the answer; a date in the past is refused")
  void answeredInTime() throws Exception {
    Instant morning = nextWednesdayAt(9);
    at(morning);
    String no = startedTicket();
    assertThrows(
        RequestRefusedException.class,
        () -> admin.call(() -> tickets.waitForReporter(no, "哪台机器?", morning.minusSeconds(1))));
    assertEquals(TicketStatus.IN_PROGRESS, find(no).getStatus(), "nothing changed");

    admin.call(() -> tickets.waitForReporter(no, "哪台机器?", morning.plus(Duration.ofHours(1))));
    at(morning.plus(Duration.ofMinutes(20)));
    admin.call(() -> tickets.reporterAnswered(no, "清真窗口那台"));
    assertNull(find(no).getWaitingUntil());
    at(morning.plus(Duration.ofHours(2)));
    admin.call(() -> watch.check());
    Ticket later = find(no);
    assertEquals(TicketStatus.IN_PROGRESS, later.getStatus());
    assertEquals(
        Duration.between(
            movedAt(later, TicketStatus.WAITING_FOR_REPORTER),
            movedAt(later, TicketStatus.IN_PROGRESS, TicketStatus.WAITING_FOR_REPORTER)),
        later.pausedFor(clock.instant()),
        "the clock stood from the question to the answer");
    assertTrue(later.getEvents().stream().noneMatch(TicketWaitIT::backByItself));
  }

  private String startedTicket() throws Exception {
    Ticket opened =
        admin.call(
            () ->
                tickets.open(
                    new NewTicket(
                        TicketChannel.PHONE,
                        "王老师",
                        "13800000000",
                        null,
                        "T0000005",
                        null,
                        TicketCategory.HARDWARE,
                        TicketLevel.LEVEL_2,
                        false,
                        "小票打印机不出纸",
                        "第一食堂 3 号窗口",
                        null,
                        null,
                        null)));
    String no = opened.getTicketNo();
    admin.call(() -> tickets.assign(no, DemoUsers.TECH, "值班"));
    admin.call(() -> tickets.start(no));
    return no;
  }

  /**
   * The ticket as stored, its timeline and pauses read in a transaction of the test's own (the
   * services answer detached tickets).
   */
  private Ticket find(String no) throws Exception {
    utx.begin();
    try {
      Ticket t =
          em.createQuery("select t from Ticket t where t.ticketNo = :no", Ticket.class)
              .setParameter("no", no)
              .getSingleResult();
      t.getEvents().size();
      t.servicePauses();
      return t;
    } finally {
      utx.rollback();
    }
  }

  /** The watch's step that put a ticket back to work when its wait was over. */
  private static boolean backByItself(org.yikatong.servicedesk.domain.ticket.TicketEvent e) {
    return "system".equals(e.getActor())
        && "STATUS".equals(e.getKind())
        && e.getToStatus() == TicketStatus.IN_PROGRESS
        && e.getText().startsWith("no answer from the reporter");
  }

  /** When the ticket last moved to a status (from any status). */
  private static Instant movedAt(Ticket t, TicketStatus to) {
    return t.getEvents().stream()
        .filter(e -> "STATUS".equals(e.getKind()) && e.getToStatus() == to)
        .reduce((first, second) -> second)
        .orElseThrow()
        .getAt();
  }

  /** When the ticket last moved from one status to another. */
  private static Instant movedAt(Ticket t, TicketStatus to, TicketStatus from) {
    return t.getEvents().stream()
        .filter(
            e -> "STATUS".equals(e.getKind()) && e.getToStatus() == to && e.getFromStatus() == from)
        .reduce((first, second) -> second)
        .orElseThrow()
        .getAt();
  }

  private static Instant nextWednesdayAt(int hour) {
    return LocalDate.now(SHANGHAI)
        .with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY))
        .atTime(hour, 0)
        .atZone(SHANGHAI)
        .toInstant();
  }

  private void at(Instant instant) {
    clock.shift(Duration.between(Instant.now(), instant));
  }
}
