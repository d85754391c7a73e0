package org.yikatong.notification.application;

import org.yikatong.notification.domain.Channel;
import org.yikatong.notification.domain.DeliveryException;
import org.yikatong.notification.domain.OutboxMessage;

/**
 * A way to send outbox messages. One CDI bean per {@link Channel}; the sender calls {@link #send}
 * inside the transaction that holds the message's row lock and marks it sent, so whatever the
 * channel writes to the database commits or rolls back with that mark.
 */
public interface NotificationChannel {

  /** The channel this implementation sends through. */
  Channel channel();

  /**
   * Sends one message to its address.
   *
   * @throws DeliveryException it was not sent this time (the sender retries with backoff)
   */
  void send(OutboxMessage message) throws DeliveryException;
}
