package org.yikatong.servicedesk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.yikatong.servicedesk.domain.penalty.WarrantyDeposit;
import org.yikatong.servicedesk.domain.penalty.WarrantyDepositRepository;

/** {@link WarrantyDepositRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaWarrantyDepositRepository implements WarrantyDepositRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(WarrantyDeposit deposit) {
    em.persist(deposit);
  }

  @Override
  public Optional<WarrantyDeposit> find() {
    return Optional.ofNullable(em.find(WarrantyDeposit.class, WarrantyDeposit.THE_DEPOSIT));
  }

  @Override
  public Optional<WarrantyDeposit> lock() {
    return Optional.ofNullable(
        em.find(
            WarrantyDeposit.class, WarrantyDeposit.THE_DEPOSIT, LockModeType.PESSIMISTIC_WRITE));
  }
}
