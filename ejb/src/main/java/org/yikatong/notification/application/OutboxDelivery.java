package org.yikatong.notification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.yikatong.notification.domain.DeliveryException;
import org.yikatong.notification.domain.OutboxMessage;
import org.yikatong.notification.domain.OutboxMessageRepository;
import org.yikatong.notification.domain.RetryPolicy;

/**
 * Sends one outbox message in a transaction of its own, holding a pessimistic write lock on its row
 * from the check to the commit: a second node that picks the same message waits for the lock, then
 * finds it no longer due and skips it. So a message is sent once however many nodes run the sender
 * (one exception, as with any outbox: a crash between the channel's acceptance and the commit sends
 * it again on the next run). Internal: called by {@link NotificationSender} only.
 */
@Stateless
@PermitAll
public class OutboxDelivery {

  private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

  /** What became of one message. */
  public enum Outcome {
    SENT,
    RETRYING,
    FAILED,
    /** Sent, given up or not yet due by the time its lock was had (another node was faster). */
    SKIPPED
  }

  @Inject Clock clock;
  @Inject @Any Instance<NotificationChannel> channels;
  @Inject OutboxMessageRepository outbox;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Outcome deliver(long messageId) {
    OutboxMessage message = outbox.lock(messageId).orElse(null);
    Instant now = clock.instant();
    if (message == null || !message.isDue(now)) {
      return Outcome.SKIPPED;
    }
    NotificationChannel channel =
        channels.stream().filter(c -> c.channel() == message.getChannel()).findFirst().orElse(null);
    try {
      if (channel == null) {
        throw new DeliveryException("No channel implementation for " + message.getChannel());
      }
      channel.send(message);
      message.sent(now);
      return Outcome.SENT;
    } catch (DeliveryException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Notification " + messageId + " to " + message.getAddress() + " failed: " + e,
          e instanceof DeliveryException ? null : e);
      message.failed(describe(e), now, RetryPolicy.DEFAULT);
      return message.getStatus() == org.yikatong.notification.domain.MessageStatus.FAILED
          ? Outcome.FAILED
          : Outcome.RETRYING;
    }
  }

  private static String describe(Throwable e) {
    StringBuilder s = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
      s.append(" / ").append(c.getMessage());
    }
    return s.toString();
  }
}
