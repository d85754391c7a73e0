package org.yikatong.terminal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.yikatong.kernel.infrastructure.LockingQueries;
import org.yikatong.kernel.infrastructure.ManagedEntities;
import org.yikatong.terminal.domain.Terminal;
import org.yikatong.terminal.domain.TerminalRepository;
import org.yikatong.terminal.domain.TerminalStatus;

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
    // The terminal of a request is read in its transaction more than once (its link, then the
    // ledger): the one held already is what the query would return.
    Optional<Terminal> held =
        ManagedEntities.find(em, Terminal.class, t -> t.getCode().equals(code));
    if (held.isPresent()) {
      return held;
    }
    return em.createQuery("select t from Terminal t where t.code = :code", Terminal.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Terminal> lockByCode(String code) {
    return LockingQueries.lockedByKey(
        em,
        em.createQuery("select t from Terminal t where t.code = :code", Terminal.class)
            .setParameter("code", code),
        Terminal.class,
        t -> t.getCode().equals(code));
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

  @Override
  public long countEnabled() {
    return em.createQuery("select count(t) from Terminal t where t.status = :enabled", Long.class)
        .setParameter("enabled", TerminalStatus.ENABLED)
        .getSingleResult();
  }

  @Override
  public long countEnabledSeenSince(Instant since) {
    return em.createQuery(
            "select count(t) from Terminal t where t.status = :enabled and t.lastSeenAt >= :since",
            Long.class)
        .setParameter("enabled", TerminalStatus.ENABLED)
        .setParameter("since", since)
        .getSingleResult();
  }
}
