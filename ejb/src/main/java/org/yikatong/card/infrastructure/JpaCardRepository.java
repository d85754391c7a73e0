package org.yikatong.card.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.yikatong.card.domain.Card;
import org.yikatong.card.domain.CardRepository;

/** {@link CardRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaCardRepository implements CardRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(Card card) {
    em.persist(card);
  }

  @Override
  public long count() {
    return em.createQuery("select count(c) from Card c", Long.class).getSingleResult();
  }
}
