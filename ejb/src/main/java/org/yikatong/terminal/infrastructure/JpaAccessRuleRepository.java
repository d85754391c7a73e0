package org.yikatong.terminal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.yikatong.terminal.domain.AccessRule;
import org.yikatong.terminal.domain.AccessRuleRepository;

/** {@link AccessRuleRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaAccessRuleRepository implements AccessRuleRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(AccessRule rule) {
    em.persist(rule);
  }

  @Override
  public List<AccessRule> findAll() {
    return em.createQuery("select r from AccessRule r order by r.scope, r.group", AccessRule.class)
        .getResultList();
  }
}
