package org.yikatong.ledger.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.yikatong.ledger.domain.PaymentChannel;
import org.yikatong.ledger.domain.TopUpOrder;
import org.yikatong.ledger.domain.TopUpOrderRepository;

/** {@link TopUpOrderRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaTopUpOrderRepository implements TopUpOrderRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(TopUpOrder order) {
    em.persist(order);
  }

  @Override
  public Optional<TopUpOrder> findByNumber(String orderNo) {
    return em.createQuery("select o from TopUpOrder o where o.orderNo = :n", TopUpOrder.class)
        .setParameter("n", orderNo)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<TopUpOrder> lockByNumber(String orderNo, PaymentChannel channel) {
    // The id first, as a scalar; then the order by id with a SELECT ... FOR UPDATE.
    return em.createQuery(
            "select o.id from TopUpOrder o where o.orderNo = :n and o.channel = :c", Long.class)
        .setParameter("n", orderNo)
        .setParameter("c", channel)
        .getResultStream()
        .findFirst()
        .map(id -> em.find(TopUpOrder.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<TopUpOrder> lockOverdue(Instant now) {
    return em.createQuery(
            "select o from TopUpOrder o where o.status = :s and o.expiresAt <= :now",
            TopUpOrder.class)
        .setParameter("s", TopUpOrder.Status.CREATED)
        .setParameter("now", now)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public long countWaiting(PaymentChannel channel, Instant createdBefore) {
    return em.createQuery(
            "select count(o) from TopUpOrder o where o.channel = :c and o.status = :s"
                + " and o.createdAt < :b",
            Long.class)
        .setParameter("c", channel)
        .setParameter("s", TopUpOrder.Status.CREATED)
        .setParameter("b", createdBefore)
        .getSingleResult();
  }
}
