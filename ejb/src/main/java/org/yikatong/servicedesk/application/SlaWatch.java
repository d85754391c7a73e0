package org.yikatong.servicedesk.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.yikatong.notification.domain.Notice;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.Role;
import org.yikatong.servicedesk.domain.ticket.SlaEvent;
import org.yikatong.servicedesk.domain.ticket.SlaPolicy;
import org.yikatong.servicedesk.domain.ticket.Ticket;
import org.yikatong.servicedesk.domain.ticket.TicketRepository;
import org.yikatong.servicedesk.domain.ticket.TicketStatus;

/**
 * Watches the SLA deadlines of open tickets: records a warning when a deadline is near and a breach
 * once it has passed — once per ticket and target, however often it runs. A response is due until
 * staff first act; a resolution until the ticket is resolved.
 */
@Stateless
public class SlaWatch {

  private static final Logger LOG = Logger.getLogger(SlaWatch.class.getName());

  @Inject Clock clock;
  @Inject SlaReview review;
  @Inject TicketRepository tickets;
  @Inject SlaContracts contracts;
  @Inject Event<Notice> notices;

  /** Every minute, on one node of the cluster (a persistent timer in the database store). */
  @Schedule(minute = "*", hour = "*", persistent = true, info = "SLA watch")
  @PermitAll
  public void everyMinute() {
    int recorded = check();
    if (recorded > 0) {
      LOG.info("SLA watch recorded " + recorded + " warning(s) or breach(es)");
    }
  }

  /**
   * Checks every open ticket now (see {@link SlaReview}).
   *
   * @return how many warnings and breaches were recorded
   */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK})
  @Audited
  public int check() {
    Instant now = clock.instant();
    List<Ticket> open =
        tickets.findByStatusNotIn(List.of(TicketStatus.RESOLVED, TicketStatus.CLOSED));
    Set<String> known = review.knownForOpenTickets();
    Map<Long, SlaPolicy> policies = new HashMap<>();
    int recorded = 0;
    for (Ticket ticket : open) {
      if (ticket.waitIsOver(now)) {
        backToWork(ticket, now);
      }
      recorded += review.review(ticket, now, known, policies, true);
    }
    return recorded;
  }

  /**
   * A ticket that waited for its reporter until its date without an answer goes back to work, its
   * technician told; locked first, as the watch reads tickets unlocked.
   */
  private void backToWork(Ticket ticket, Instant now) {
    tickets.lock(ticket);
    if (!ticket.waitIsOver(now)) {
      return;
    }
    ticket.waitEnded(now);
    SlaContracts.Terms terms = contracts.terms(ticket.getContractId());
    ticket.scheduleDeadlines(terms.policy(), terms.calendar());
    List<String> told =
        ticket.getAssignee() == null
            ? List.of(ticket.getCreatedBy())
            : List.of(ticket.getAssignee());
    notices.fire(
        new Notice(
            NoticeKind.WAIT_ENDED.name(),
            ticket.getTicketNo(),
            told,
            "工单 " + ticket.getTicketNo() + " 报修人未在约定时间前答复，已回到处理中",
            ticket.getTitle(),
            now));
  }

  /** SLA events of a ticket, oldest first. */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK, Role.TECHNICIAN, Role.AUDITOR})
  public List<SlaEvent> of(Ticket ticket) {
    return tickets.slaEventsOf(ticket);
  }
}
