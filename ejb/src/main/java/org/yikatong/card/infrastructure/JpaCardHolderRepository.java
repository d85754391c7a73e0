package org.yikatong.card.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.yikatong.card.domain.CardHolder;
import org.yikatong.card.domain.CardHolderRepository;

/** {@link CardHolderRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaCardHolderRepository implements CardHolderRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(CardHolder holder) {
    em.persist(holder);
  }

  @Override
  public long count() {
    return em.createQuery("select count(h) from CardHolder h", Long.class).getSingleResult();
  }

  @Override
  public Optional<CardHolder> findByHolderNo(String holderNo) {
    return em.createQuery("select h from CardHolder h where h.holderNo = :no", CardHolder.class)
        .setParameter("no", holderNo)
        .getResultStream()
        .findFirst();
  }
}
