package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.LEAD;
import static org.yikatong.it.DemoUsers.MANAGER;
import static org.yikatong.it.DemoUsers.TECH;
import static org.yikatong.it.DemoUsers.TECH2;
import static org.yikatong.it.DemoUsers.TECH_PASSWORD;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yikatong.security.application.PasswordHasher;
import org.yikatong.security.domain.AppUser;
import org.yikatong.security.domain.AppUserRepository;
import org.yikatong.security.domain.Role;
import org.yikatong.servicedesk.application.DutyRoster;
import org.yikatong.servicedesk.application.NewTicket;
import org.yikatong.servicedesk.application.Tickets;
import org.yikatong.servicedesk.domain.ticket.Ticket;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;
import org.yikatong.servicedesk.domain.ticket.TicketChannel;

/**
 * Dispatch by the A/B roster on a post of its own (its own area and technicians, so that tickets of
 * other tests do not load them): the primary first, the backup when the primary is away, a day's
 * roster before the standing one, and the least loaded when everyone is at the post's maximum —
 * every assignment with its reason.
 */
@ExtendWith(ArquillianExtension.class)
class DispatchIT {

  @Deployment
  static EnterpriseArchive ear() {
    return Deployments.builtEarWith(DispatchIT.class, AsAdministrator.class);
  }

  @Inject AsAdministrator admin;
  @Inject Tickets tickets;
  @Inject DutyRoster roster;
  @Inject AppUserRepository users;
  @Inject PasswordHasher hasher;
  @Inject UserTransaction utx;
  @Inject org.yikatong.kernel.application.AdjustableClock clock;
  @jakarta.persistence.PersistenceContext jakarta.persistence.EntityManager em;

  @Test
  @DisplayName("A first, B when A is away, the day's roster over the standing one, load limits")
  void abRoster() throws Exception {
    String suffix = Long.toString(System.nanoTime(), 36);
    String a = "ta" + suffix;
    String b = "tb" + suffix;
    String c = "tc" + suffix;
    String area = "实验楼" + suffix;
    String post = "LAB" + suffix.toUpperCase();
    technicians(a, b, c);
    admin.call(
        () ->
            roster.savePost(
                post, "实验楼片区", area, EnumSet.of(TicketCategory.HARDWARE), LEAD, MANAGER, 2));
    admin.call(() -> roster.setRoster(post, null, a, b));

    Ticket first = open(area);
    assertEquals(a, first.getAssignee(), "the primary");
    assertTrue(lastAssignment(first).contains("post " + post), lastAssignment(first));

    Instant now = clock.instant();
    admin.call(
        () -> roster.addAbsence(a, now.minusSeconds(60), now.plus(Duration.ofHours(2)), "病假"));
    Ticket second = open(area);
    assertEquals(b, second.getAssignee(), "the backup while the primary is away");
    String why = lastAssignment(second);
    assertTrue(why.contains(a) && why.contains("病假"), why);

    java.time.LocalDate today = now.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
    admin.call(() -> roster.setRoster(post, today, c, b));
    Ticket third = open(area);
    assertEquals(c, third.getAssignee(), "today's roster before the standing one");
    Ticket fourth = open(area);
    assertEquals(c, fourth.getAssignee(), "c carries 1 of 2");
    Ticket fifth = open(area);
    assertEquals(b, fifth.getAssignee(), "c at the maximum of 2: the backup (carrying 1)");
    assertEquals(
        4L,
        admin.call(() -> roster.load(b)) + admin.call(() -> roster.load(c)),
        "b and c carry every ticket but the first");

    // Three days on (the standing roster, A a, B b): a and the campus-wide post's technicians
    // away, b at the maximum: the least loaded of those at the maximum takes it.
    clock.shift(Duration.ofDays(3));
    try {
      Instant later = clock.instant();
      for (String away : List.of(a, TECH, TECH2)) {
        admin.call(
            () -> roster.addAbsence(away, later.minusSeconds(60), later.plusSeconds(1800), "培训"));
      }
      Ticket sixth = open(area);
      assertEquals(b, sixth.getAssignee());
      assertTrue(lastAssignment(sixth).contains("maximum"), lastAssignment(sixth));
    } finally {
      clock.shift(Duration.ZERO);
    }
    @SuppressWarnings("unchecked")
    List<String> changes =
        em.createNativeQuery(
                "select subject from sla_config_change where subject like ? order by id")
            .setParameter(1, "%" + post + "%")
            .getResultList();
    assertEquals(3, changes.size(), "post, standing roster, today's roster: " + changes);
  }

  private Ticket open(String area) throws Exception {
    return admin.call(
        () ->
            tickets.open(
                new NewTicket(
                    TicketChannel.PHONE,
                    "实验员",
                    "13900000000",
                    null,
                    null,
                    area + " 301 室",
                    TicketCategory.HARDWARE,
                    null,
                    false,
                    "门禁读卡器无反应",
                    "301 室门禁",
                    null,
                    null,
                    null)));
  }

  /** The text of the ticket's last assignment (read natively: the entity is detached). */
  private String lastAssignment(Ticket ticket) {
    @SuppressWarnings("unchecked")
    List<String> texts =
        em.createNativeQuery(
                "select text from ticket_event where ticket_id = ? and to_status = 'ASSIGNED'"
                    + " order by id desc")
            .setParameter(1, ticket.getId())
            .getResultList();
    return texts.get(0);
  }

  private void technicians(String... names) throws Exception {
    utx.begin();
    for (String name : names) {
      users.add(
          new AppUser(
              name,
              hasher.hash(TECH_PASSWORD.toCharArray()),
              "测试技术员 " + name,
              Set.of(Role.TECHNICIAN),
              clock.instant()));
    }
    utx.commit();
  }
}
