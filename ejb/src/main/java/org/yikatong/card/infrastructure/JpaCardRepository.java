package org.yikatong.card.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.yikatong.card.domain.Card;
import org.yikatong.card.domain.CardHolder;
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
  public List<Card> findByHolder(CardHolder holder) {
    return em.createQuery(
            "select c from Card c where c.holder = :holder order by c.issuedAt", Card.class)
        .setParameter("holder", holder)
        .getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("select count(c) from Card c", Long.class).getSingleResult();
  }
}
