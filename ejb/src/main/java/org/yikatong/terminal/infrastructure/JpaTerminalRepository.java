package org.yikatong.terminal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.yikatong.terminal.domain.Terminal;
import org.yikatong.terminal.domain.TerminalRepository;

/** {@link TerminalRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaTerminalRepository implements TerminalRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(Terminal terminal) {
    em.persist(terminal);
  }

  @Override
  public long count() {
    return em.createQuery("select count(t) from Terminal t", Long.class).getSingleResult();
  }
}
