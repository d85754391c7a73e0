package org.yikatong.finance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.yikatong.finance.domain.reconciliation.ReconciliationRun;
import org.yikatong.finance.domain.reconciliation.ReconciliationRunRepository;
import org.yikatong.finance.domain.reconciliation.RunStatus;
import org.yikatong.finance.domain.statementfile.StatementFile;
import org.yikatong.ledger.domain.PaymentChannel;

/** {@link ReconciliationRunRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaReconciliationRunRepository implements ReconciliationRunRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(ReconciliationRun run) {
    em.persist(run);
    // Written now: a file already in another run fails here, on the unique file of a run.
    em.flush();
  }

  @Override
  public Optional<ReconciliationRun> find(long id) {
    return Optional.ofNullable(em.find(ReconciliationRun.class, id));
  }

  @Override
  public Optional<ReconciliationRun> lock(long id) {
    return Optional.ofNullable(
        em.find(ReconciliationRun.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<ReconciliationRun> latest(RunStatus status, PaymentChannel channel, int max) {
    StringBuilder jpql = new StringBuilder("select r from ReconciliationRun r where 1 = 1");
    if (status != null) {
      jpql.append(" and r.status = :s");
    }
    if (channel != null) {
      jpql.append(" and r.channel = :c");
    }
    jpql.append(" order by r.id desc");
    TypedQuery<ReconciliationRun> query = em.createQuery(jpql.toString(), ReconciliationRun.class);
    if (status != null) {
      query.setParameter("s", status);
    }
    if (channel != null) {
      query.setParameter("c", channel);
    }
    return query.setMaxResults(max).getResultList();
  }

  @Override
  public Optional<ReconciliationRun> runOf(StatementFile file) {
    return em.createQuery(
            "select r from ReconciliationRun r join r.files f where f.id = :f",
            ReconciliationRun.class)
        .setParameter("f", file.getId())
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean reconciled(PaymentChannel channel, String account, LocalDate day) {
    return em.createQuery(
                "select count(r) from ReconciliationRun r join r.files f where r.status = :closed"
                    + " and f.channel = :c and f.account = :a and f.day = :d",
                Long.class)
            .setParameter("closed", RunStatus.CLOSED)
            .setParameter("c", channel)
            .setParameter("a", account)
            .setParameter("d", day)
            .getSingleResult()
        > 0;
  }
}
