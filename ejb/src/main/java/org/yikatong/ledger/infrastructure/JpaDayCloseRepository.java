package org.yikatong.ledger.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;
import org.yikatong.ledger.domain.DayClose;
import org.yikatong.ledger.domain.DayCloseRepository;
import org.yikatong.ledger.domain.MerchantDayTotal;

/** {@link DayCloseRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaDayCloseRepository implements DayCloseRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(DayClose close) {
    em.persist(close);
    em.flush(); // the unique business date is checked now, not at commit
  }

  @Override
  public void add(MerchantDayTotal total) {
    em.persist(total);
  }

  @Override
  public Optional<DayClose> findByDay(LocalDate businessDate) {
    return em.createQuery("select d from DayClose d where d.businessDate = :d", DayClose.class)
        .setParameter("d", businessDate)
        .getResultStream()
        .findFirst();
  }
}
