package org.yikatong.emergency.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.yikatong.emergency.domain.EmergencyReview;
import org.yikatong.emergency.domain.EmergencyReviewRepository;

/** {@link EmergencyReviewRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaEmergencyReviewRepository implements EmergencyReviewRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(EmergencyReview review) {
    em.persist(review);
  }

  @Override
  public Optional<EmergencyReview> findByEmergency(long emergencyId) {
    return em.createQuery(
            "select r from EmergencyReview r join fetch r.emergency where r.emergency.id = :id",
            EmergencyReview.class)
        .setParameter("id", emergencyId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<EmergencyReview> lockByEmergency(long emergencyId) {
    return em.createQuery(
            "select r from EmergencyReview r where r.emergency.id = :id", EmergencyReview.class)
        .setParameter("id", emergencyId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<EmergencyReview> latest(int max) {
    return em.createQuery(
            "select r from EmergencyReview r join fetch r.emergency order by r.openedAt desc, r.id desc",
            EmergencyReview.class)
        .setMaxResults(Math.max(1, Math.min(max, 500)))
        .getResultList();
  }
}
