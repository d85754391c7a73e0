package org.yikatong.ledger.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.yikatong.card.domain.CardHolder;
import org.yikatong.ledger.domain.DoubleTap;
import org.yikatong.ledger.domain.DoubleTapRepository;
import org.yikatong.ledger.domain.JournalEntry;

/** {@link DoubleTapRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaDoubleTapRepository implements DoubleTapRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(DoubleTap doubleTap) {
    em.persist(doubleTap);
  }

  @Override
  public Optional<DoubleTap> find(long id) {
    return Optional.ofNullable(em.find(DoubleTap.class, id));
  }

  @Override
  public Optional<DoubleTap> findByEntry(JournalEntry entry) {
    return em.createQuery("select d from DoubleTap d where d.entry = :e", DoubleTap.class)
        .setParameter("e", entry)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<DoubleTap> findByHolder(CardHolder holder) {
    return em.createQuery(
            "select d from DoubleTap d where d.card.holder = :h order by d.id desc",
            DoubleTap.class)
        .setParameter("h", holder)
        .getResultList();
  }

  @Override
  public List<DoubleTap> findByStatus(DoubleTap.Status status, int max) {
    return em.createQuery(
            "select d from DoubleTap d where d.status = :s order by d.id", DoubleTap.class)
        .setParameter("s", status)
        .setMaxResults(max)
        .getResultList();
  }
}
