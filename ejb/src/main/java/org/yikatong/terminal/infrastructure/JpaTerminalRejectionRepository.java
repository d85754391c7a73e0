package org.yikatong.terminal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import org.yikatong.terminal.domain.RepeatKeyTakenException;
import org.yikatong.terminal.domain.TerminalRejection;
import org.yikatong.terminal.domain.TerminalRejectionRepository;

/** {@link TerminalRejectionRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaTerminalRejectionRepository implements TerminalRejectionRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public boolean addRepeat(TerminalRejection refusal) {
    // One UPDATE: the row lock it takes orders concurrent repeats, so none is lost.
    return em.createQuery(
                "update TerminalRejection r set r.repeatCount = r.repeatCount + 1,"
                    + " r.lastSeenAt = case when r.lastSeenAt < :at then :at"
                    + " else r.lastSeenAt end,"
                    + " r.nodeName = :node, r.connectionId = :connection,"
                    + " r.terminalCode = :terminal, r.mti = :mti, r.stan = :stan,"
                    + " r.detail = :detail"
                    + " where r.repeatKey = :key")
            .setParameter("at", refusal.getOccurredAt())
            .setParameter("node", refusal.getNodeName())
            .setParameter("connection", refusal.getConnectionId())
            .setParameter("terminal", refusal.getTerminalCode())
            .setParameter("mti", refusal.getMti())
            .setParameter("stan", refusal.getStan())
            .setParameter("detail", refusal.getDetail())
            .setParameter("key", refusal.getRepeatKey())
            .executeUpdate()
        > 0;
  }

  @Override
  public void add(TerminalRejection refusal) {
    try {
      em.persist(refusal);
      em.flush(); // the unique repeat key is checked here, not at commit
    } catch (PersistenceException e) {
      if (integrityViolation(e)) {
        throw new RepeatKeyTakenException(refusal.getRepeatKey(), e);
      }
      throw e;
    }
  }

  /** Whether a JDBC cause reports an integrity constraint violation (SQLSTATE class 23). */
  private static boolean integrityViolation(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<TerminalRejection> findRecent(int limit) {
    return em.createQuery(
            "select r from TerminalRejection r order by r.lastSeenAt desc, r.id desc",
            TerminalRejection.class)
        .setMaxResults(limit)
        .getResultList();
  }
}
