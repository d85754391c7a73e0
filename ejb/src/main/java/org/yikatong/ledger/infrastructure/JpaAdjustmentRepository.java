package org.yikatong.ledger.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.yikatong.ledger.domain.Adjustment;
import org.yikatong.ledger.domain.AdjustmentRepository;

/** {@link AdjustmentRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaAdjustmentRepository implements AdjustmentRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(Adjustment adjustment) {
    em.persist(adjustment);
  }

  @Override
  public Optional<Adjustment> lock(long id) {
    return Optional.ofNullable(em.find(Adjustment.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Adjustment> latest(int max) {
    return em.createQuery("select a from Adjustment a order by a.id desc", Adjustment.class)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<Adjustment> latestIn(Adjustment.Status status, int max) {
    return em.createQuery(
            "select a from Adjustment a where a.status = :s order by a.id desc", Adjustment.class)
        .setParameter("s", status)
        .setMaxResults(max)
        .getResultList();
  }
}
