package org.yikatong.terminal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.yikatong.terminal.domain.AccessDecision;
import org.yikatong.terminal.domain.AccessDecisionRepository;

/** {@link AccessDecisionRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaAccessDecisionRepository implements AccessDecisionRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(AccessDecision decision) {
    em.persist(decision);
  }

  @Override
  public Optional<AccessDecision> findByRrn(String readerCode, String rrn) {
    return em.createQuery(
            "select d from AccessDecision d where d.terminalCode = :t and d.rrn = :r",
            AccessDecision.class)
        .setParameter("t", readerCode)
        .setParameter("r", rrn)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<AccessDecision> latest(String readerCode, int max) {
    return em.createQuery(
            "select d from AccessDecision d where (:t = '' or d.terminalCode = :t)"
                + " order by d.id desc",
            AccessDecision.class)
        .setParameter("t", readerCode)
        .setMaxResults(max)
        .getResultList();
  }
}
