package org.yikatong.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.yikatong.notification.domain.Channel;
import org.yikatong.notification.domain.MessageStatus;
import org.yikatong.notification.domain.OutboxMessage;
import org.yikatong.notification.domain.OutboxMessageRepository;

/** {@link OutboxMessageRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaOutboxMessageRepository implements OutboxMessageRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(OutboxMessage message) {
    em.persist(message);
  }

  @Override
  public List<Long> dueIds(Instant now, int max) {
    return em.createQuery(
            "select m.id from OutboxMessage m where m.status = :pending"
                + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id",
            Long.class)
        .setParameter("pending", MessageStatus.PENDING)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public Optional<OutboxMessage> lock(long id) {
    return Optional.ofNullable(em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<OutboxMessage> latest(
      MessageStatus status, Channel channel, String reference, int max) {
    StringBuilder jpql = new StringBuilder("select m from OutboxMessage m where 1 = 1");
    if (status != null) {
      jpql.append(" and m.status = :status");
    }
    if (channel != null) {
      jpql.append(" and m.channel = :channel");
    }
    if (reference != null && !reference.isBlank()) {
      jpql.append(" and m.reference = :reference");
    }
    var query = em.createQuery(jpql.append(" order by m.id desc").toString(), OutboxMessage.class);
    if (status != null) {
      query.setParameter("status", status);
    }
    if (channel != null) {
      query.setParameter("channel", channel);
    }
    if (reference != null && !reference.isBlank()) {
      query.setParameter("reference", reference);
    }
    return query.setMaxResults(max).getResultList();
  }
}
