package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
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
import org.yikatong.kernel.domain.Money;
import org.yikatong.servicedesk.application.NewTicket;
import org.yikatong.servicedesk.application.PenaltyRegister;
import org.yikatong.servicedesk.application.SlaWatch;
import org.yikatong.servicedesk.application.Tickets;
import org.yikatong.servicedesk.domain.penalty.Penalty;
import org.yikatong.servicedesk.domain.penalty.PenaltyStatus;
import org.yikatong.servicedesk.domain.penalty.WarrantyDeposit;
import org.yikatong.servicedesk.domain.ticket.ResponsibleParty;
import org.yikatong.servicedesk.domain.ticket.Ticket;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;
import org.yikatong.servicedesk.domain.ticket.TicketChannel;
import org.yikatong.servicedesk.domain.ticket.TicketLevel;

/**
 * Penalties by responsibility, driven by the server's clock: a breach on a ticket the university
 * answers for is recorded and not charged; a charged breach is reversed into the deposit when the
 * helpdesk puts its ticket on the university, with the reason.
 */
@ExtendWith(ArquillianExtension.class)
class WarrantyPenaltyIT {

  @Deployment
  static EnterpriseArchive ear() {
    return Deployments.builtEarWith(WarrantyPenaltyIT.class, AsAdministrator.class);
  }

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** The seeded penalty of a level 1 ticket not responded to in time. */
  private static final long LEVEL_1_RESPONSE_FEN = 50_000;

  @Inject AsAdministrator admin;
  @Inject Tickets tickets;
  @Inject SlaWatch watch;
  @Inject PenaltyRegister register;
  @Inject AdjustableClock clock;
  @PersistenceContext EntityManager em;
  @Resource UserTransaction tx;

  @Test
  @DisplayName("a breach on the university's own part is recorded, not charged")
  void universityPartNotCharged() throws Exception {
    long before = depositWithRoomFor(LEVEL_1_RESPONSE_FEN);
    try {
      String no = breachedLevel1(TicketCategory.NETWORK, "校园网中断，圈存机离线");
      assertEquals(ResponsibleParty.UNIVERSITY_IT, party(no));
      Penalty p = only(no);
      assertEquals(PenaltyStatus.NOT_CHARGED, p.getStatus());
      assertEquals(ResponsibleParty.UNIVERSITY_IT, p.getResponsibleParty());
      assertEquals(LEVEL_1_RESPONSE_FEN, p.getClaimed().fen(), "the claim is recorded");
      assertEquals(0, p.getDeducted().fen());
      assertTrue(p.getStatusReason().contains("UNIVERSITY_IT"), p.getStatusReason());
      assertEquals(before, balance(), "the deposit is untouched");
    } finally {
      clock.shift(Duration.ZERO);
    }
  }

  @Test
  @DisplayName(
      "a charged breach is reversed into the deposit when the ticket is put on the university")
  void reclassificationReverses() throws Exception {
    long before = depositWithRoomFor(LEVEL_1_RESPONSE_FEN);
    try {
      String no = breachedLevel1(TicketCategory.HARDWARE, "读卡器无响应");
      assertTrue(party(no).isVendor(), "hardware is the supplier's: " + party(no));
      Penalty charged = only(no);
      assertEquals(PenaltyStatus.CHARGED, charged.getStatus());
      assertEquals(LEVEL_1_RESPONSE_FEN, charged.getDeducted().fen());
      assertEquals(before - LEVEL_1_RESPONSE_FEN, balance());

      String reason = "现场确认读卡器被人为砸坏，属学校管理责任";
      admin.call(() -> tickets.changeResponsibility(no, ResponsibleParty.UNIVERSITY_IT, reason));

      Penalty reversed = only(no);
      assertEquals(PenaltyStatus.REVERSED, reversed.getStatus());
      assertTrue(reversed.getStatusReason().contains(reason), reversed.getStatusReason());
      assertEquals(
          em.createNativeQuery(
                  "select e.actor from ticket_event e join ticket t on t.id = e.ticket_id"
                      + " where t.ticket_no = ? and e.event_kind = 'RESPONSIBILITY'"
                      + " order by e.id desc")
              .setParameter(1, no)
              .setMaxResults(1)
              .getSingleResult(),
          reversed.getReversedBy(),
          "reversed by whoever changed the responsibility");
      assertEquals(
          LEVEL_1_RESPONSE_FEN, reversed.getDeducted().fen(), "the line keeps what it deducted");
      assertEquals(before, balance(), "the deduction went back into the deposit");

      // Put back on the supplier: the breach it had meanwhile is not charged again.
      admin.call(
          () ->
              tickets.changeResponsibility(no, ResponsibleParty.HARDWARE_SUPPLIER, "复核：读卡器主板质量问题"));
      assertEquals(PenaltyStatus.REVERSED, only(no).getStatus());
      assertEquals(before, balance());
    } finally {
      clock.shift(Duration.ZERO);
    }
  }

  /** Opens a level 1 ticket on a weekday morning and lets its response deadline pass unmet. */
  private String breachedLevel1(TicketCategory category, String title) throws Exception {
    at(
        LocalDate.now(SHANGHAI)
            .with(TemporalAdjusters.next(DayOfWeek.THURSDAY))
            .atTime(9, 30)
            .atZone(SHANGHAI)
            .toInstant());
    Ticket opened =
        admin.call(
            () ->
                tickets.open(
                    new NewTicket(
                        TicketChannel.PHONE,
                        "后勤处 刘老师",
                        "13800000001",
                        null,
                        "K0000001",
                        null,
                        category,
                        TicketLevel.LEVEL_1,
                        false,
                        title,
                        title + "，全校圈存受影响",
                        null,
                        null,
                        null)));
    at(opened.responseDue().plusSeconds(1));
    admin.call(() -> watch.check());
    return opened.getTicketNo();
  }

  private ResponsibleParty party(String no) throws Exception {
    return admin.call(() -> tickets.find(no).getResponsibleParty());
  }

  /** The ticket's one penalty, as the register lists it. */
  private Penalty only(String no) throws Exception {
    List<Penalty> lines =
        admin.call(
            () -> register.register().stream().filter(p -> p.getSubjectNo().equals(no)).toList());
    assertEquals(1, lines.size(), "one penalty per ticket and rule: " + lines.size());
    return lines.get(0);
  }

  private long balance() throws Exception {
    return admin.call(() -> register.deposit().orElseThrow().getBalance().fen());
  }

  /**
   * Makes sure the deposit can pay the penalty in full (other tests on this server spend it): it is
   * registered if it is not, and topped back up to its initial amount if it runs short.
   *
   * @return the balance before the test
   */
  private long depositWithRoomFor(long fen) throws Exception {
    if (admin.call(() -> register.deposit()).isEmpty()) {
      admin.call(() -> register.registerDeposit(100_000));
    }
    tx.begin();
    try {
      WarrantyDeposit deposit =
          em.find(
              WarrantyDeposit.class, WarrantyDeposit.THE_DEPOSIT, LockModeType.PESSIMISTIC_WRITE);
      if (deposit.getBalance().fen() < fen) {
        deposit.refund(Money.ofFen(deposit.getInitial().fen() - deposit.getBalance().fen()));
      }
      tx.commit();
    } catch (RuntimeException e) {
      tx.rollback();
      throw e;
    }
    return balance();
  }

  private void at(Instant instant) {
    clock.shift(Duration.between(Instant.now(), instant));
  }
}
