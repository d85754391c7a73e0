package org.yikatong.monitoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.yikatong.monitoring.domain.alert.AlertSilence;
import org.yikatong.monitoring.domain.alert.AlertSilenceRepository;

/** {@link AlertSilenceRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaAlertSilenceRepository implements AlertSilenceRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public List<AlertSilence> findNotEnded() {
    return em.createQuery(
            "select s from AlertSilence s where s.endedAt is null order by s.startsAt, s.id",
            AlertSilence.class)
        .getResultList();
  }

  @Override
  public List<AlertSilence> findRecent(int max) {
    return em.createQuery(
            "select s from AlertSilence s order by s.createdAt desc, s.id desc", AlertSilence.class)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public Optional<AlertSilence> find(long id) {
    return Optional.ofNullable(em.find(AlertSilence.class, id));
  }

  @Override
  public void add(AlertSilence silence) {
    em.persist(silence);
  }
}
