package org.yikatong.card.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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

  @Override
  public List<CardHolder> search(String text, int max) {
    String t = text.toLowerCase(java.util.Locale.ROOT);
    return em.createQuery(
            "select h from CardHolder h where lower(h.holderNo) like :prefix escape '!'"
                + " or lower(h.fullName) like :part escape '!' order by h.holderNo",
            CardHolder.class)
        .setParameter("prefix", escape(t) + "%")
        .setParameter("part", "%" + escape(t) + "%")
        .setMaxResults(max)
        .getResultList();
  }

  /** A text to match literally in a LIKE pattern escaped with '!' (Oracle has no default). */
  private static String escape(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
