package org.yikatong.card.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.yikatong.card.domain.Card;
import org.yikatong.card.domain.CardHolder;
import org.yikatong.card.domain.CardListChange;
import org.yikatong.card.domain.CardRepository;
import org.yikatong.cardadapter.api.CardNumber;
import org.yikatong.kernel.infrastructure.LockingQueries;

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

  @Override
  public Optional<Card> findBySerial(String serialNo) {
    return em.createQuery("select c from Card c where c.serialNo = :s", Card.class)
        .setParameter("s", serialNo)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Card> findByNumber(String cardNo) {
    return CardNumber.idOf(cardNo).map(id -> em.find(Card.class, id));
  }

  @Override
  public Optional<String> serialOfNumber(String cardNo) {
    return CardNumber.idOf(cardNo)
        .flatMap(
            id ->
                em.createQuery("select c.serialNo from Card c where c.id = :id", String.class)
                    .setParameter("id", id)
                    .getResultStream()
                    .findFirst());
  }

  @Override
  public Optional<Card> lockBySerial(String serialNo) {
    return LockingQueries.lockedResults(
            em,
            em.createQuery("select c from Card c where c.serialNo = :s", Card.class)
                .setParameter("s", serialNo),
            Card.class)
        .stream()
        .findFirst();
  }

  @Override
  public List<Card> findByHolder(CardHolder holder) {
    return em.createQuery(
            "select c from Card c where c.holder = :h order by c.issuedAt desc, c.id desc",
            Card.class)
        .setParameter("h", holder)
        .getResultList();
  }

  @Override
  public void add(CardListChange change) {
    em.persist(change);
  }

  @Override
  public List<CardListChange> listChangesAfter(long afterId, int max) {
    return em.createQuery(
            "select c from CardListChange c where c.id > :after order by c.id",
            CardListChange.class)
        .setParameter("after", afterId)
        .setMaxResults(max)
        .getResultList();
  }
}
