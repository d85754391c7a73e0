package org.yikatong.terminal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.yikatong.terminal.domain.TerminalRejection;
import org.yikatong.terminal.domain.TerminalRejectionRepository;

/** {@link TerminalRejectionRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaTerminalRejectionRepository implements TerminalRejectionRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(TerminalRejection rejection) {
    em.persist(rejection);
  }

  @Override
  public List<TerminalRejection> findRecent(int limit) {
    return em.createQuery(
            "select r from TerminalRejection r order by r.occurredAt desc, r.id desc",
            TerminalRejection.class)
        .setMaxResults(limit)
        .getResultList();
  }
}
