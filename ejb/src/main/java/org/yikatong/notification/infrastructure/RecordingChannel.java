package org.yikatong.notification.infrastructure;

import jakarta.inject.Inject;
import java.time.Clock;
import org.yikatong.notification.application.NotificationChannel;
import org.yikatong.notification.domain.ChannelLogEntry;
import org.yikatong.notification.domain.ChannelLogRepository;
import org.yikatong.notification.domain.OutboxMessage;

/**
 * A channel whose provider is not connected: it records the payload it would send (already in the
 * provider's shape, see {@link org.yikatong.notification.domain.ChannelPayloads}) in the sent log,
 * in the sender's transaction. WeChat template messages and SMS are delivered this way until the
 * university's WeChat official account and SMS contract are configured; mail is sent for real
 * ({@link MailChannel}).
 */
abstract class RecordingChannel implements NotificationChannel {

  @Inject Clock clock;
  @Inject ChannelLogRepository log;

  protected abstract String render(OutboxMessage message);

  @Override
  public void send(OutboxMessage message) {
    log.add(new ChannelLogEntry(message, render(message), clock.instant()));
  }
}
