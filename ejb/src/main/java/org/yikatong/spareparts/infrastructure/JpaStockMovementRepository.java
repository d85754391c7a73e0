package org.yikatong.spareparts.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.yikatong.spareparts.domain.StockMovement;
import org.yikatong.spareparts.domain.StockMovementRepository;

/** {@link StockMovementRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaStockMovementRepository implements StockMovementRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(StockMovement movement) {
    em.persist(movement);
  }

  @Override
  public List<StockMovement> findNewestFirst(String partCode, Long ticketId, int max) {
    StringBuilder jpql =
        new StringBuilder(
            "select m from StockMovement m join fetch m.part left join fetch m.from"
                + " left join fetch m.to where 1 = 1");
    if (partCode != null) {
      jpql.append(" and m.part.code = :part");
    }
    if (ticketId != null) {
      jpql.append(" and m.ticketId = :ticket");
    }
    var query = em.createQuery(jpql.append(" order by m.id desc").toString(), StockMovement.class);
    if (partCode != null) {
      query.setParameter("part", partCode);
    }
    if (ticketId != null) {
      query.setParameter("ticket", ticketId);
    }
    return query.setMaxResults(max).getResultList();
  }

  @Override
  public List<StockMovement> findWithdrawalsFor(Long ticketId) {
    return em.createQuery(
            "select m from StockMovement m join fetch m.part left join fetch m.from"
                + " where m.ticketId = :t and m.kind = :kind order by m.id",
            StockMovement.class)
        .setParameter("t", ticketId)
        .setParameter("kind", StockMovement.Kind.WITHDRAW)
        .getResultList();
  }

  @Override
  public List<StockMovement> findWithdrawalsOnAsset(long assetId) {
    return em.createQuery(
            "select m from StockMovement m join fetch m.part left join fetch m.from"
                + " where m.assetId = :a and m.kind = :kind order by m.id desc",
            StockMovement.class)
        .setParameter("a", assetId)
        .setParameter("kind", StockMovement.Kind.WITHDRAW)
        .getResultList();
  }

  @Override
  public long costOfWithdrawals(Instant from, Instant to) {
    Long fen =
        em.createQuery(
                "select sum(m.unitCostFen * m.quantity) from StockMovement m"
                    + " where m.kind = :kind and m.movedAt >= :from and m.movedAt < :to",
                Long.class)
            .setParameter("kind", StockMovement.Kind.WITHDRAW)
            .setParameter("from", from)
            .setParameter("to", to)
            .getSingleResult();
    return fen == null ? 0 : fen;
  }
}
