package org.yikatong.notification.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns one notice for one recipient into outbox messages: one per channel the recipient's contact
 * prefers, each pending to its address. A recipient without a contact gets one {@code MAIL}
 * message, undeliverable with the reason — so that nobody is left out without a trace — unless the
 * recipient is itself an e-mail address (an outside party's contact, say): then one {@code MAIL}
 * message goes to it.
 */
public final class Addressing {

  private Addressing() {}

  /**
   * The messages for one recipient.
   *
   * @param contact the recipient's contact, if there is one
   */
  public static List<OutboxMessage> messages(
      String kind,
      String reference,
      String recipient,
      Optional<NotificationContact> contact,
      String subject,
      String text,
      Instant now) {
    if (contact.isEmpty() && isMailAddress(recipient)) {
      return List.of(
          OutboxMessage.pending(
              kind, reference, recipient, Channel.MAIL, recipient, subject, text, now));
    }
    if (contact.isEmpty()) {
      return List.of(
          OutboxMessage.undeliverable(
              kind,
              reference,
              recipient,
              Channel.MAIL,
              subject,
              text,
              "No notification contact for " + recipient,
              now));
    }
    List<OutboxMessage> messages = new ArrayList<>();
    for (Channel channel : contact.get().getChannels()) {
      Optional<String> address = contact.get().addressFor(channel);
      messages.add(
          address.isPresent()
              ? OutboxMessage.pending(
                  kind, reference, recipient, channel, address.get(), subject, text, now)
              : OutboxMessage.undeliverable(
                  kind,
                  reference,
                  recipient,
                  channel,
                  subject,
                  text,
                  "No " + channel + " address for " + recipient,
                  now));
    }
    return messages;
  }

  /** Whether a recipient is written as an e-mail address: one "@" with text on both sides. */
  public static boolean isMailAddress(String recipient) {
    return recipient != null
        && recipient.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
        && recipient.length() <= 64;
  }
}
