package org.yikatong.notification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.yikatong.notification.domain.Channel;
import org.yikatong.notification.domain.ChannelLogEntry;
import org.yikatong.notification.domain.MessageStatus;
import org.yikatong.notification.domain.OutboxMessage;
import org.yikatong.security.domain.Role;

/** Reading the outbox and the channels' sent log (helpdesk, administrators, auditors). */
@Stateless
@RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK, Role.AUDITOR})
public class Notifications {

  @PersistenceContext EntityManager em;

  /** Outbox messages, newest first; each filter applies when not null. */
  public List<OutboxMessage> list(
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
    return query.setMaxResults(Math.min(Math.max(1, max), 1000)).getResultList();
  }

  /** What the WeChat and SMS channels recorded for these messages, oldest first. */
  public List<ChannelLogEntry> sentLog(List<Long> messageIds) {
    if (messageIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select e from ChannelLogEntry e where e.messageId in :ids order by e.id",
            ChannelLogEntry.class)
        .setParameter("ids", messageIds)
        .getResultList();
  }
}
