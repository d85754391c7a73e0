package org.yikatong.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.yikatong.notification.domain.Channel;
import org.yikatong.notification.domain.ChannelPayloads;
import org.yikatong.notification.domain.OutboxMessage;

/** WeChat template messages, recorded (see {@link RecordingChannel}). */
@ApplicationScoped
public class WeChatChannel extends RecordingChannel {

  @Override
  public Channel channel() {
    return Channel.WECHAT;
  }

  @Override
  protected String render(OutboxMessage message) {
    return ChannelPayloads.wechat(message);
  }
}
