package org.yikatong.spareparts.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.yikatong.spareparts.domain.Depot;
import org.yikatong.spareparts.domain.PartStock;
import org.yikatong.spareparts.domain.ReorderAlert;
import org.yikatong.spareparts.domain.SparePart;
import org.yikatong.spareparts.domain.SparePartRepository;

/** {@link SparePartRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaSparePartRepository implements SparePartRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(SparePart part) {
    em.persist(part);
  }

  @Override
  public Optional<SparePart> findByCode(String code) {
    return em.createQuery("select p from SparePart p where p.code = :c", SparePart.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<SparePart> lockByCode(String code) {
    // SELECT ... FOR UPDATE: a concurrent movement of the part waits here until this one ends.
    return em.createQuery("select p from SparePart p where p.code = :c", SparePart.class)
        .setParameter("c", code)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<WithTotal> findAllWithTotal() {
    return em
        .createQuery(
            "select p, coalesce((select sum(s.quantity) from PartStock s where s.part = p), 0)"
                + " from SparePart p order by p.code",
            Object[].class)
        .getResultList()
        .stream()
        .map(r -> new WithTotal((SparePart) r[0], ((Number) r[1]).longValue()))
        .toList();
  }

  @Override
  public long total(SparePart part) {
    Long total =
        em.createQuery("select sum(s.quantity) from PartStock s where s.part = :p", Long.class)
            .setParameter("p", part)
            .getSingleResult();
    return total == null ? 0 : total;
  }

  @Override
  public void add(PartStock stock) {
    em.persist(stock);
  }

  @Override
  public Optional<PartStock> lockStock(SparePart part, Depot depot) {
    return em.createQuery(
            "select s from PartStock s where s.part = :p and s.depot = :d", PartStock.class)
        .setParameter("p", part)
        .setParameter("d", depot)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<PartStock> findStock(String partCode, String depotCode) {
    StringBuilder jpql =
        new StringBuilder(
            "select s from PartStock s join fetch s.part join fetch s.depot where 1 = 1");
    if (partCode != null) {
      jpql.append(" and s.part.code = :part");
    }
    if (depotCode != null) {
      jpql.append(" and s.depot.code = :depot");
    }
    var query =
        em.createQuery(
            jpql.append(" order by s.part.code, s.depot.code").toString(), PartStock.class);
    if (partCode != null) {
      query.setParameter("part", partCode);
    }
    if (depotCode != null) {
      query.setParameter("depot", depotCode);
    }
    return query.getResultList();
  }

  @Override
  public void add(ReorderAlert alert) {
    em.persist(alert);
  }

  @Override
  public List<ReorderAlert> findOpenAlerts(SparePart part) {
    return em.createQuery(
            "select a from ReorderAlert a where a.part = :p and a.clearedAt is null",
            ReorderAlert.class)
        .setParameter("p", part)
        .getResultList();
  }

  @Override
  public List<ReorderAlert> findAlerts(boolean all, String partCode, int max) {
    StringBuilder jpql =
        new StringBuilder("select a from ReorderAlert a join fetch a.part where 1 = 1");
    if (!all) {
      jpql.append(" and a.clearedAt is null");
    }
    if (partCode != null) {
      jpql.append(" and a.part.code = :part");
    }
    var query = em.createQuery(jpql.append(" order by a.id desc").toString(), ReorderAlert.class);
    if (partCode != null) {
      query.setParameter("part", partCode);
    }
    return query.setMaxResults(max).getResultList();
  }
}
