package org.yikatong.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.yikatong.notification.domain.NotificationContact;
import org.yikatong.notification.domain.NotificationContactRepository;

/** {@link NotificationContactRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaNotificationContactRepository implements NotificationContactRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(NotificationContact contact) {
    em.persist(contact);
  }

  @Override
  public void remove(NotificationContact contact) {
    em.remove(contact);
  }

  @Override
  public List<NotificationContact> list(int max) {
    return em.createQuery(
            "select c from NotificationContact c order by c.recipientKey",
            NotificationContact.class)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public Optional<NotificationContact> findByRecipientKey(String recipientKey) {
    return em.createQuery(
            "select c from NotificationContact c where c.recipientKey = :k",
            NotificationContact.class)
        .setParameter("k", recipientKey)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<NotificationContact> lock(long id) {
    return Optional.ofNullable(
        em.find(NotificationContact.class, id, LockModeType.PESSIMISTIC_WRITE));
  }
}
