package org.yikatong.emergency.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.yikatong.emergency.domain.Emergency;
import org.yikatong.emergency.domain.EmergencyRepository;
import org.yikatong.emergency.domain.EmergencyStatus;
import org.yikatong.kernel.infrastructure.LockingQueries;

/** {@link EmergencyRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaEmergencyRepository implements EmergencyRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(Emergency emergency) {
    em.persist(emergency);
  }

  @Override
  public Optional<Emergency> findById(long id) {
    return Optional.ofNullable(em.find(Emergency.class, id));
  }

  @Override
  public Optional<Emergency> lockById(long id) {
    return Optional.ofNullable(em.find(Emergency.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Emergency> active() {
    return latest(true, 100);
  }

  @Override
  public void lockDeclarations() {
    em.find(
        org.yikatong.emergency.domain.DeclarationGuard.class,
        org.yikatong.emergency.domain.DeclarationGuard.ID,
        jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public List<Emergency> lockActive() {
    return LockingQueries.lockedResults(
        em,
        em.createQuery(
                "select e from Emergency e where e.status = :s order by e.declaredAt desc, e.id desc",
                Emergency.class)
            .setParameter("s", EmergencyStatus.ACTIVE),
        Emergency.class);
  }

  @Override
  public List<Emergency> latest(boolean activeOnly, int max) {
    var query =
        activeOnly
            ? em.createQuery(
                    "select e from Emergency e where e.status = :s"
                        + " order by e.declaredAt desc, e.id desc",
                    Emergency.class)
                .setParameter("s", EmergencyStatus.ACTIVE)
            : em.createQuery(
                "select e from Emergency e order by e.declaredAt desc, e.id desc", Emergency.class);
    return query.setMaxResults(Math.max(1, Math.min(max, 500))).getResultList();
  }
}
