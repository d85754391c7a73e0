package org.yikatong.servicedesk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.yikatong.servicedesk.domain.complaint.Complaint;
import org.yikatong.servicedesk.domain.complaint.ComplaintRepository;
import org.yikatong.servicedesk.domain.complaint.ComplaintStatus;

/** {@link ComplaintRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaComplaintRepository implements ComplaintRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(Complaint complaint) {
    em.persist(complaint);
  }

  @Override
  public Optional<Complaint> findById(long id) {
    return Optional.ofNullable(em.find(Complaint.class, id));
  }

  @Override
  public Optional<Complaint> lockById(long id) {
    return Optional.ofNullable(em.find(Complaint.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Complaint> listNewestFirst(
      Instant from, Instant to, ComplaintStatus status, String complainantHolderNo, int max) {
    StringBuilder jpql = new StringBuilder("select c from Complaint c where 1 = 1");
    if (from != null) {
      jpql.append(" and c.receivedAt >= :from");
    }
    if (to != null) {
      jpql.append(" and c.receivedAt < :to");
    }
    if (status != null) {
      jpql.append(" and c.status = :status");
    }
    if (complainantHolderNo != null) {
      jpql.append(" and c.complainantHolderNo = :holder");
    }
    var query =
        em.createQuery(
            jpql.append(" order by c.receivedAt desc, c.id desc").toString(), Complaint.class);
    if (from != null) {
      query.setParameter("from", from);
    }
    if (to != null) {
      query.setParameter("to", to);
    }
    if (status != null) {
      query.setParameter("status", status);
    }
    if (complainantHolderNo != null) {
      query.setParameter("holder", complainantHolderNo);
    }
    return query.setMaxResults(max).getResultList();
  }

  @Override
  public List<Instant> receivedTimesBetween(Instant from, Instant to) {
    return em.createQuery(
            "select c.receivedAt from Complaint c where c.receivedAt >= :from"
                + " and c.receivedAt < :to",
            Instant.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }
}
