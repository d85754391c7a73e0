package org.yikatong.notification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.yikatong.notification.domain.Channel;
import org.yikatong.notification.domain.ChannelLogEntry;
import org.yikatong.notification.domain.ChannelLogRepository;
import org.yikatong.notification.domain.MessageStatus;
import org.yikatong.notification.domain.OutboxMessage;
import org.yikatong.notification.domain.OutboxMessageRepository;
import org.yikatong.security.domain.Role;

/** Reading the outbox and the channels' sent log (helpdesk, administrators, auditors). */
@Stateless
@RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK, Role.AUDITOR})
public class Notifications {

  @Inject OutboxMessageRepository outbox;
  @Inject ChannelLogRepository channelLog;

  /** Outbox messages, newest first; each filter applies when not null. */
  public List<OutboxMessage> list(
      MessageStatus status, Channel channel, String reference, int max) {
    return outbox.latest(status, channel, reference, Math.min(Math.max(1, max), 1000));
  }

  /** What the WeChat and SMS channels recorded for these messages, oldest first. */
  public List<ChannelLogEntry> sentLog(List<Long> messageIds) {
    if (messageIds.isEmpty()) {
      return List.of();
    }
    return channelLog.findByMessages(messageIds);
  }
}
