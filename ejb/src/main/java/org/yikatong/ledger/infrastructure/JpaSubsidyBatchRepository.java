package org.yikatong.ledger.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.yikatong.card.domain.CardHolder;
import org.yikatong.kernel.domain.Money;
import org.yikatong.ledger.domain.SubsidyBatch;
import org.yikatong.ledger.domain.SubsidyBatchRepository;
import org.yikatong.ledger.domain.SubsidyGrant;

/** {@link SubsidyBatchRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaSubsidyBatchRepository implements SubsidyBatchRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(SubsidyBatch batch) {
    em.persist(batch);
    em.flush(); // the unique batch number is checked now, not at commit
  }

  @Override
  public void add(SubsidyGrant grant) {
    em.persist(grant);
  }

  @Override
  public Optional<SubsidyBatch> findByNumber(String batchNo) {
    return em.createQuery("select b from SubsidyBatch b where b.batchNo = :n", SubsidyBatch.class)
        .setParameter("n", batchNo)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<SubsidyBatch> latest(int max) {
    return em.createQuery(
            "select b from SubsidyBatch b order by b.uploadedAt desc, b.id desc",
            SubsidyBatch.class)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<ExpiredGrants> expiredGrantsOf(Collection<Long> batchIds) {
    if (batchIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select g.batch.id, count(g), coalesce(sum(g.returnedFen), 0) from SubsidyGrant g"
                + " where g.batch.id in :ids and g.expiredAt is not null group by g.batch.id",
            Object[].class)
        .setParameter("ids", batchIds)
        .getResultStream()
        .map(
            r ->
                new ExpiredGrants(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    Money.ofFen(((Number) r[2]).longValue())))
        .toList();
  }

  @Override
  public List<SubsidyGrant> expiredBefore(LocalDate today) {
    return em.createQuery(
            "select g from SubsidyGrant g where g.expiresOn < :today and g.expiredAt is null"
                + " order by g.expiresOn, g.id",
            SubsidyGrant.class)
        .setParameter("today", today)
        .getResultList();
  }

  @Override
  public Money stillGoodBeside(CardHolder holder, SubsidyGrant grant, LocalDate today) {
    Long sum =
        em.createQuery(
                "select coalesce(sum(g.amountFen), 0) from SubsidyGrant g where g.holder = :h"
                    + " and g.expiredAt is null and g.id <> :id"
                    + " and (g.expiresOn is null or g.expiresOn >= :today)",
                Long.class)
            .setParameter("h", holder)
            .setParameter("id", grant.getId())
            .setParameter("today", today)
            .getSingleResult();
    return Money.ofFen(sum);
  }
}
