package org.yikatong.servicedesk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yikatong.servicedesk.domain.ticket.SlaEvent;
import org.yikatong.servicedesk.domain.ticket.Ticket;
import org.yikatong.servicedesk.domain.ticket.TicketLevel;
import org.yikatong.servicedesk.domain.ticket.TicketRepository;
import org.yikatong.servicedesk.domain.ticket.TicketStatus;

/** {@link TicketRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaTicketRepository implements TicketRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(Ticket ticket) {
    em.persist(ticket);
  }

  @Override
  public Optional<String> findReporterHolderNo(String ticketNo) {
    return em.createQuery(
            "select coalesce(t.reporterHolderNo, '') from Ticket t where t.ticketNo = :n",
            String.class)
        .setParameter("n", ticketNo)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Ticket> lockByContractAndStatusNotIn(
      long contractId, Collection<TicketStatus> statuses) {
    return em.createQuery(
            "select t from Ticket t where t.contractId = :c and t.status not in :done",
            Ticket.class)
        .setParameter("c", contractId)
        .setParameter("done", statuses)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public Optional<Ticket> findByNumber(String ticketNo) {
    return idOf(ticketNo).map(id -> em.find(Ticket.class, id));
  }

  @Override
  public Optional<Ticket> lockByNumber(String ticketNo) {
    return idOf(ticketNo).map(id -> em.find(Ticket.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /**
   * The id first, then the entity by id: a ticket already in the persistence context is not read
   * again, and a lock reads the row as it is once locked.
   */
  private Optional<Long> idOf(String ticketNo) {
    return em.createQuery("select t.id from Ticket t where t.ticketNo = :n", Long.class)
        .setParameter("n", ticketNo)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Long> findIdByNumber(String ticketNo) {
    return idOf(ticketNo);
  }

  @Override
  public void lock(Ticket ticket) {
    em.refresh(ticket, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public Map<Long, String> numbersOf(Collection<Long> ids) {
    Map<Long, String> numbers = new HashMap<>();
    if (ids.isEmpty()) {
      return numbers;
    }
    for (Object[] row :
        em.createQuery("select t.id, t.ticketNo from Ticket t where t.id in :ids", Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      numbers.put((Long) row[0], (String) row[1]);
    }
    return numbers;
  }

  @Override
  public List<Ticket> listNewestFirst(TicketStatus status, String reporterHolderNo, int max) {
    StringBuilder jpql = new StringBuilder("select t from Ticket t where 1 = 1");
    if (status != null) {
      jpql.append(" and t.status = :status");
    }
    if (reporterHolderNo != null) {
      jpql.append(" and t.reporterHolderNo = :holder");
    }
    var query = em.createQuery(jpql.append(" order by t.id desc").toString(), Ticket.class);
    if (status != null) {
      query.setParameter("status", status);
    }
    if (reporterHolderNo != null) {
      query.setParameter("holder", reporterHolderNo);
    }
    return query.setMaxResults(max).getResultList();
  }

  @Override
  public List<Ticket> findByStatusNotIn(Collection<TicketStatus> statuses) {
    return em.createQuery("select t from Ticket t where t.status not in :done", Ticket.class)
        .setParameter("done", statuses)
        .getResultList();
  }

  @Override
  public long countAssignedTo(String username, Collection<TicketStatus> statuses) {
    return em.createQuery(
            "select count(t) from Ticket t where t.assignee = :u and t.status in :open", Long.class)
        .setParameter("u", username)
        .setParameter("open", statuses)
        .getSingleResult();
  }

  @Override
  public Map<TicketLevel, Long> countByLevelStatusNotIn(Collection<TicketStatus> statuses) {
    Map<TicketLevel, Long> counts = new EnumMap<>(TicketLevel.class);
    for (Object[] row :
        em.createQuery(
                "select t.level, count(t) from Ticket t where t.status not in :done"
                    + " group by t.level",
                Object[].class)
            .setParameter("done", statuses)
            .getResultList()) {
      counts.put((TicketLevel) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }

  @Override
  public long countBreachedStatusNotIn(Collection<TicketStatus> statuses) {
    return em.createQuery(
            "select count(distinct e.ticket.id) from SlaEvent e"
                + " where e.kind = :breach and e.ticket.status not in :done",
            Long.class)
        .setParameter("breach", SlaEvent.Kind.BREACH)
        .setParameter("done", statuses)
        .getSingleResult();
  }

  @Override
  public void add(SlaEvent event) {
    em.persist(event);
  }

  @Override
  public List<SlaEvent> slaEventsOf(Ticket ticket) {
    return em.createQuery(
            "select e from SlaEvent e where e.ticket = :t order by e.id", SlaEvent.class)
        .setParameter("t", ticket)
        .getResultList();
  }

  @Override
  public List<SlaEventKey> slaEventKeysOf(Ticket ticket) {
    return keys(
        em.createQuery(
                "select e.ticket.id, e.target, e.kind from SlaEvent e where e.ticket = :t",
                Object[].class)
            .setParameter("t", ticket)
            .getResultList());
  }

  @Override
  public List<SlaEventKey> slaEventKeysOfTicketsNotIn(Collection<TicketStatus> statuses) {
    return keys(
        em.createQuery(
                "select e.ticket.id, e.target, e.kind from SlaEvent e"
                    + " where e.ticket.status not in :done",
                Object[].class)
            .setParameter("done", statuses)
            .getResultList());
  }

  @Override
  public List<Ticket> listResolvedBetween(
      Instant from, Instant to, org.yikatong.servicedesk.domain.ticket.ResponsibleParty party) {
    return em.createQuery(
            "select t from Ticket t where t.responsibleParty = :party"
                + " and t.resolvedAt >= :from and t.resolvedAt < :to"
                + " order by t.resolvedAt, t.id",
            Ticket.class)
        .setParameter("party", party)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public List<Ticket> listRatedClosedBetween(Instant from, Instant to, int max) {
    return em.createQuery(
            "select t from Ticket t where t.rating is not null"
                + " and t.closedAt >= :from and t.closedAt < :to"
                + " order by t.closedAt desc, t.id desc",
            Ticket.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public Map<Integer, Long> countRatingsClosedBetween(Instant from, Instant to) {
    Map<Integer, Long> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select t.rating, count(t) from Ticket t where t.rating is not null"
                    + " and t.closedAt >= :from and t.closedAt < :to group by t.rating",
                Object[].class)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList()) {
      counts.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
    }
    return counts;
  }

  private static List<SlaEventKey> keys(List<Object[]> rows) {
    return rows.stream()
        .map(r -> new SlaEventKey((Long) r[0], (SlaEvent.Target) r[1], (SlaEvent.Kind) r[2]))
        .toList();
  }
}
