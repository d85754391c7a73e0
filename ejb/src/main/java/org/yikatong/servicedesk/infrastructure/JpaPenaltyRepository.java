package org.yikatong.servicedesk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceRequest;
import org.yikatong.servicedesk.domain.penalty.Penalty;
import org.yikatong.servicedesk.domain.penalty.PenaltyRepository;
import org.yikatong.servicedesk.domain.penalty.PenaltyRule;
import org.yikatong.servicedesk.domain.penalty.PenaltyStatus;
import org.yikatong.servicedesk.domain.ticket.Ticket;

/** {@link PenaltyRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaPenaltyRepository implements PenaltyRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(Penalty penalty) {
    em.persist(penalty);
  }

  @Override
  public boolean isCharged(Ticket ticket, PenaltyRule rule) {
    return isCharged("p.ticket", ticket, rule);
  }

  @Override
  public boolean isCharged(MaintenanceRequest request, PenaltyRule rule) {
    return isCharged("p.request", request, rule);
  }

  /**
   * @param recordPath the penalty's path to the record, {@code p.ticket} or {@code p.request}
   */
  private boolean isCharged(String recordPath, Object record, PenaltyRule rule) {
    return em.createQuery(
                "select count(p) from Penalty p where " + recordPath + " = :x and p.rule = :r",
                Long.class)
            .setParameter("x", record)
            .setParameter("r", rule)
            .getSingleResult()
        > 0;
  }

  @Override
  public List<Penalty> chargedForTicket(String ticketNo) {
    return em.createQuery(
            "select p from Penalty p where p.subjectNo = :no and p.ticket is not null"
                + " and p.status = :charged order by p.id",
            Penalty.class)
        .setParameter("no", ticketNo)
        .setParameter("charged", PenaltyStatus.CHARGED)
        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public List<Penalty> newestFirst(int max) {
    return em.createQuery("select p from Penalty p order by p.id desc", Penalty.class)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public Totals totalsRecordedBetween(Instant start, Instant end) {
    Object[] row =
        em.createQuery(
                "select count(p), coalesce(sum(p.claimedFen), 0), coalesce(sum(p.deductedFen), 0)"
                    + " from Penalty p where p.recordedAt >= :start and p.recordedAt < :end"
                    + " and p.status = :charged",
                Object[].class)
            .setParameter("charged", PenaltyStatus.CHARGED)
            .setParameter("start", start)
            .setParameter("end", end)
            .getSingleResult();
    return new Totals(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        ((Number) row[2]).longValue());
  }
}
