package org.yikatong.servicedesk.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.yikatong.security.domain.Role;
import org.yikatong.servicedesk.domain.SlaEvent;
import org.yikatong.servicedesk.domain.Ticket;
import org.yikatong.servicedesk.domain.TicketStatus;

/**
 * Watches the SLA deadlines of open tickets: records a warning when a deadline is near and a breach
 * once it has passed — once per ticket and target, however often it runs. A response is due until
 * staff first act; a resolution until the ticket is resolved.
 */
@Stateless
public class SlaWatch {

  private static final Logger LOG = Logger.getLogger(SlaWatch.class.getName());

  @Inject Clock clock;
  @Inject PenaltyCharges penalties;
  @PersistenceContext EntityManager em;

  /** Every minute. TODO(#5): a persistent timer on a database store, to fire once per cluster. */
  @Schedule(minute = "*", hour = "*", persistent = false)
  @PermitAll
  public void everyMinute() {
    int recorded = check();
    if (recorded > 0) {
      LOG.info("SLA watch recorded " + recorded + " warning(s) or breach(es)");
    }
  }

  /**
   * Checks every open ticket now.
   *
   * @return how many warnings and breaches were recorded
   */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK})
  public int check() {
    Instant now = clock.instant();
    List<Ticket> open =
        em.createQuery("select t from Ticket t where t.status not in :done", Ticket.class)
            .setParameter("done", List.of(TicketStatus.RESOLVED, TicketStatus.CLOSED))
            .getResultList();
    Set<String> known = new HashSet<>();
    for (Object[] r :
        em.createQuery(
                "select e.ticket.id, e.target, e.kind from SlaEvent e where e.ticket.status not in :done",
                Object[].class)
            .setParameter("done", List.of(TicketStatus.RESOLVED, TicketStatus.CLOSED))
            .getResultList()) {
      known.add(r[0] + "/" + r[1] + "/" + r[2]);
    }
    int recorded = 0;
    for (Ticket ticket : open) {
      if (ticket.getRespondedAt() == null) {
        recorded +=
            record(
                ticket,
                SlaEvent.Target.RESPONSE,
                ticket.responseDue(),
                SlaEvent.RESPONSE_WARNING,
                now,
                known);
      }
      recorded +=
          record(
              ticket,
              SlaEvent.Target.RESOLUTION,
              ticket.resolutionDue(),
              SlaEvent.RESOLUTION_WARNING,
              now,
              known);
    }
    return recorded;
  }

  /** SLA events of a ticket, oldest first. */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK, Role.TECHNICIAN, Role.AUDITOR})
  public List<SlaEvent> of(Ticket ticket) {
    return em.createQuery(
            "select e from SlaEvent e where e.ticket = :t order by e.id", SlaEvent.class)
        .setParameter("t", ticket)
        .getResultList();
  }

  private int record(
      Ticket ticket,
      SlaEvent.Target target,
      Instant due,
      java.time.Duration lead,
      Instant now,
      Set<String> known) {
    Optional<SlaEvent.Kind> kind = SlaEvent.due(due, lead, now);
    if (kind.isEmpty()) {
      return 0;
    }
    int recorded = 0;
    // A breach found without its warning (the watch was not running) records both.
    List<SlaEvent.Kind> kinds =
        kind.get() == SlaEvent.Kind.BREACH
            ? List.of(SlaEvent.Kind.WARNING, SlaEvent.Kind.BREACH)
            : List.of(SlaEvent.Kind.WARNING);
    for (SlaEvent.Kind k : kinds) {
      if (known.add(ticket.getId() + "/" + target + "/" + k)) {
        em.persist(new SlaEvent(ticket, target, k, due, now));
        recorded++;
        if (k == SlaEvent.Kind.BREACH) {
          penalties.breached(ticket, target);
        }
      }
    }
    return recorded;
  }
}
