package org.yikatong.notification.domain;

import java.util.List;

/** The sent log of the channels without a gateway. */
public interface ChannelLogRepository {

  void add(ChannelLogEntry entry);

  /** The entries recorded for these messages, oldest first. */
  List<ChannelLogEntry> findByMessages(List<Long> messageIds);
}
