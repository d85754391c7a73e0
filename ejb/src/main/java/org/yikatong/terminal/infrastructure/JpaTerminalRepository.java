package org.yikatong.terminal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
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
  public Optional<Terminal> findByCode(String code) {
    return em.createQuery("select t from Terminal t where t.code = :code", Terminal.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Terminal> lockByCode(String code) {
    return findByCode(code)
        .map(
            t -> {
              // refresh, not find: the terminal may be loaded in this transaction already
              em.refresh(t, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
              return t;
            });
  }

  @Override
  public List<Terminal> findAll() {
    return em.createQuery(
            "select t from Terminal t left join fetch t.merchant order by t.code", Terminal.class)
        .getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("select count(t) from Terminal t", Long.class).getSingleResult();
  }
}
