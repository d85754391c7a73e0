package org.yikatong.monitoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.yikatong.monitoring.domain.alert.Alert;
import org.yikatong.monitoring.domain.alert.AlertRepository;
import org.yikatong.monitoring.domain.alert.AlertState;

/** {@link AlertRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaAlertRepository implements AlertRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public List<Alert> findOpen() {
    return em.createQuery(
            "select a from Alert a where a.state <> :c order by a.breachingSince, a.id",
            Alert.class)
        .setParameter("c", AlertState.CLEARED)
        .getResultList();
  }

  @Override
  public Optional<Alert> find(long id) {
    return Optional.ofNullable(em.find(Alert.class, id));
  }

  @Override
  public Optional<Alert> lock(long id) {
    return Optional.ofNullable(em.find(Alert.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Alert> findSince(Instant from, Instant to, AlertState state, int max) {
    return em.createQuery(
            "select a from Alert a where a.breachingSince >= :f and a.breachingSince < :t"
                + " and (:s is null or a.state = :s) order by a.breachingSince desc, a.id desc",
            Alert.class)
        .setParameter("f", from)
        .setParameter("t", to)
        .setParameter("s", state)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long countRaised() {
    return em.createQuery("select count(a) from Alert a where a.state = :r", Long.class)
        .setParameter("r", AlertState.RAISED)
        .getSingleResult();
  }

  @Override
  public void add(Alert alert) {
    em.persist(alert);
  }

  @Override
  public void addNow(Alert alert) {
    em.persist(alert);
    em.flush(); // the open key is checked now, not at commit
  }

  @Override
  public void remove(Alert alert) {
    em.remove(alert);
  }
}
