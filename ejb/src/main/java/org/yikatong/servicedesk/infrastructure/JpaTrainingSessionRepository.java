package org.yikatong.servicedesk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.yikatong.servicedesk.domain.training.TrainingSession;
import org.yikatong.servicedesk.domain.training.TrainingSessionRepository;

/** {@link TrainingSessionRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaTrainingSessionRepository implements TrainingSessionRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(TrainingSession session) {
    em.persist(session);
  }

  @Override
  public Optional<TrainingSession> findById(long id) {
    return Optional.ofNullable(em.find(TrainingSession.class, id));
  }

  @Override
  public Optional<TrainingSession> lockById(long id) {
    return Optional.ofNullable(em.find(TrainingSession.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<TrainingSession> startingBetween(Instant from, Instant to, int max) {
    StringBuilder jpql = new StringBuilder("select s from TrainingSession s where 1 = 1");
    if (from != null) {
      jpql.append(" and s.startsAt >= :from");
    }
    if (to != null) {
      jpql.append(" and s.startsAt < :to");
    }
    var query =
        em.createQuery(jpql.append(" order by s.startsAt, s.id").toString(), TrainingSession.class);
    if (from != null) {
      query.setParameter("from", from);
    }
    if (to != null) {
      query.setParameter("to", to);
    }
    return query.setMaxResults(max).getResultList();
  }

  @Override
  public Long sumCostFen(Instant from, Instant to) {
    return em.createQuery(
            "select sum(s.costFen) from TrainingSession s"
                + " where s.startsAt >= :from and s.startsAt < :to",
            Long.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getSingleResult();
  }

  @Override
  public void flush() {
    em.flush();
  }
}
