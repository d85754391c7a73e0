package org.yikatong.finance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.yikatong.finance.domain.statementfile.StatementFile;
import org.yikatong.finance.domain.statementfile.StatementFileRepository;
import org.yikatong.ledger.domain.PaymentChannel;

/** {@link StatementFileRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaStatementFileRepository implements StatementFileRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(StatementFile file) {
    em.persist(file);
    // Written now: a concurrent import of the same bytes fails here, on the unique SHA-256.
    em.flush();
  }

  @Override
  public Optional<StatementFile> find(long id) {
    return Optional.ofNullable(em.find(StatementFile.class, id));
  }

  @Override
  public Optional<StatementFile> findBySha256(String sha256) {
    return em.createQuery("select f from StatementFile f where f.sha256 = :h", StatementFile.class)
        .setParameter("h", sha256)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<StatementFile> latest(PaymentChannel channel, LocalDate day, int max) {
    StringBuilder jpql = new StringBuilder("select f from StatementFile f where 1 = 1");
    if (channel != null) {
      jpql.append(" and f.channel = :c");
    }
    if (day != null) {
      jpql.append(" and f.day = :d");
    }
    jpql.append(" order by f.id desc");
    TypedQuery<StatementFile> query = em.createQuery(jpql.toString(), StatementFile.class);
    if (channel != null) {
      query.setParameter("c", channel);
    }
    if (day != null) {
      query.setParameter("d", day);
    }
    return query.setMaxResults(max).getResultList();
  }
}
