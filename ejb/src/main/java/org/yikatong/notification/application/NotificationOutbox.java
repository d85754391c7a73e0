package org.yikatong.notification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.yikatong.notification.domain.Addressing;
import org.yikatong.notification.domain.Notice;
import org.yikatong.notification.domain.NotificationContact;
import org.yikatong.notification.domain.OutboxMessage;
import org.yikatong.notification.domain.OutboxMessageRepository;

/**
 * Writes the outbox: observes every {@link Notice} synchronously, in the transaction that fired it,
 * and stores one message per recipient and channel (see {@link Addressing}). The messages commit or
 * roll back with the change that caused them; nothing is sent here.
 */
@Stateless
@PermitAll
public class NotificationOutbox {

  @Inject Clock clock;
  @Inject NotificationContacts contacts;
  @Inject OutboxMessageRepository outbox;

  /** Stores the messages for a notice; a recipient named twice is told once. */
  public void onNotice(@Observes Notice notice) {
    Instant now = clock.instant();
    for (String recipient : new LinkedHashSet<>(notice.recipients())) {
      if (recipient == null || recipient.isBlank()) {
        continue;
      }
      Optional<NotificationContact> contact = contacts.lookup(recipient);
      List<OutboxMessage> messages =
          Addressing.messages(
              notice.kind(),
              notice.reference(),
              recipient,
              contact,
              notice.subject(),
              notice.text(),
              now);
      messages.forEach(outbox::add);
    }
  }
}
