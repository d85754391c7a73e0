package org.yikatong.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.yikatong.notification.domain.ChannelLogEntry;
import org.yikatong.notification.domain.ChannelLogRepository;

/** {@link ChannelLogRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaChannelLogRepository implements ChannelLogRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(ChannelLogEntry entry) {
    em.persist(entry);
  }

  @Override
  public List<ChannelLogEntry> findByMessages(List<Long> messageIds) {
    return em.createQuery(
            "select e from ChannelLogEntry e where e.messageId in :ids order by e.id",
            ChannelLogEntry.class)
        .setParameter("ids", messageIds)
        .getResultList();
  }
}
