package org.yikatong.terminal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.yikatong.terminal.domain.TerminalCommand;
import org.yikatong.terminal.domain.TerminalCommandRepository;

/** {@link TerminalCommandRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaTerminalCommandRepository implements TerminalCommandRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(TerminalCommand command) {
    em.persist(command); // the sequence assigns the id here; the insert comes at flush
  }

  @Override
  public List<TerminalCommand> lockPending(String terminalCode) {
    return em.createQuery(
            "select c from TerminalCommand c where c.terminalCode = :t and c.status = :s"
                + " order by c.id",
            TerminalCommand.class)
        .setParameter("t", terminalCode)
        .setParameter("s", TerminalCommand.Status.PENDING)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public List<TerminalCommand> pendingWithStan(String terminalCode, String stan) {
    return em.createQuery(
            "select c from TerminalCommand c where c.terminalCode = :t and c.stan = :s"
                + " and c.status = :p",
            TerminalCommand.class)
        .setParameter("t", terminalCode)
        .setParameter("s", stan)
        .setParameter("p", TerminalCommand.Status.PENDING)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public List<TerminalCommand> latestOf(String terminalCode, int max) {
    return em.createQuery(
            "select c from TerminalCommand c where c.terminalCode = :t order by c.id desc",
            TerminalCommand.class)
        .setParameter("t", terminalCode)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<TerminalCommand> modeCommands() {
    return em.createQuery(
            "select c from TerminalCommand c where c.command = 'MODE' and c.status <> :r"
                + " order by c.id",
            TerminalCommand.class)
        .setParameter("r", TerminalCommand.Status.REFUSED)
        .getResultList();
  }

  @Override
  public List<TerminalCommand> findByIds(java.util.Collection<Long> ids) {
    List<Long> all = List.copyOf(ids);
    java.util.ArrayList<TerminalCommand> found = new java.util.ArrayList<>();
    // Oracle takes at most 1000 values in one IN list.
    for (int from = 0; from < all.size(); from += 500) {
      found.addAll(
          em.createQuery(
                  "select c from TerminalCommand c where c.id in :ids order by c.id",
                  TerminalCommand.class)
              .setParameter("ids", all.subList(from, Math.min(all.size(), from + 500)))
              .getResultList());
    }
    return found;
  }
}
