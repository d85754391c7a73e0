package org.yikatong.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox. */
public interface OutboxMessageRepository {

  void add(OutboxMessage message);

  /** The ids of pending messages due by {@code now}, earliest due first, at most {@code max}. */
  List<Long> dueIds(Instant now, int max);

  /** The message with this id, locked for update until the transaction ends. */
  Optional<OutboxMessage> lock(long id);

  /**
   * Messages newest first, at most {@code max}; each filter applies when not null (the reference
   * also when not blank).
   */
  List<OutboxMessage> latest(MessageStatus status, Channel channel, String reference, int max);
}
