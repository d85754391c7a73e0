package org.yikatong.notification.infrastructure;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.yikatong.notification.application.NotificationChannel;
import org.yikatong.notification.domain.ChannelLogEntry;
import org.yikatong.notification.domain.OutboxMessage;

/**
 * A channel without a gateway yet: records the payload it would send in the sent log, in the
 * sender's transaction. TODO(#5): replace by the gateway clients once the university's WeChat
 * official account and SMS contract exist; the payloads are already in their shape.
 */
abstract class RecordingChannel implements NotificationChannel {

  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  protected abstract String render(OutboxMessage message);

  @Override
  public void send(OutboxMessage message) {
    em.persist(new ChannelLogEntry(message, render(message), clock.instant()));
  }
}
