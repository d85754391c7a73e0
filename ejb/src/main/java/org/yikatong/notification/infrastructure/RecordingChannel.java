package org.yikatong.notification.infrastructure;

import jakarta.inject.Inject;
import java.time.Clock;
import org.yikatong.notification.application.NotificationChannel;
import org.yikatong.notification.domain.ChannelLogEntry;
import org.yikatong.notification.domain.ChannelLogRepository;
import org.yikatong.notification.domain.OutboxMessage;

/**
 * A channel without a gateway yet: records the payload it would send in the sent log, in the
 * sender's transaction. TODO(#5): replace by the gateway clients once the university's WeChat
 * official account and SMS contract exist; the payloads are already in their shape.
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
