package org.yikatong.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.yikatong.notification.domain.Channel;
import org.yikatong.notification.domain.ChannelPayloads;
import org.yikatong.notification.domain.OutboxMessage;

/** Text messages, recorded (see {@link RecordingChannel}). */
@ApplicationScoped
public class SmsChannel extends RecordingChannel {

  @Override
  public Channel channel() {
    return Channel.SMS;
  }

  @Override
  protected String render(OutboxMessage message) {
    return ChannelPayloads.sms(message);
  }
}
