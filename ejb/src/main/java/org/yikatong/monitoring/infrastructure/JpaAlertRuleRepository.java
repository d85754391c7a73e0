package org.yikatong.monitoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.yikatong.monitoring.domain.alert.AlertRule;
import org.yikatong.monitoring.domain.alert.AlertRuleRepository;

/** {@link AlertRuleRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaAlertRuleRepository implements AlertRuleRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public List<AlertRule> findAll() {
    return em.createQuery("select r from AlertRule r order by r.id", AlertRule.class)
        .getResultList();
  }

  @Override
  public List<AlertRule> lockAll() {
    return em.createQuery("select r from AlertRule r order by r.id", AlertRule.class)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public Optional<AlertRule> find(long id) {
    return Optional.ofNullable(em.find(AlertRule.class, id));
  }

  @Override
  public void add(AlertRule rule) {
    em.persist(rule);
  }
}
