package org.yikatong.servicedesk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.yikatong.servicedesk.domain.ticket.Ticket;
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
}
