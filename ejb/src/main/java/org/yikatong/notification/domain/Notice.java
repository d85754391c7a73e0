package org.yikatong.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Something people must hear of, in the words of the area it happened in: fired as a CDI event
 * inside the transaction that made it happen, so that the outbox writing its messages commits or
 * rolls back with it. Any area may fire one; the notification area knows none of them.
 *
 * @param kind what happened, in the sending area's words ({@code ASSIGNED}, {@code SLA_BREACH},
 *     {@code ROUND_OVERDUE}, ...), at most 24 characters; stored with each message
 * @param reference the number of the record it concerns (a ticket, a request, a round), at most 40
 *     characters
 * @param recipients user names (staff) or holder numbers (card holders) to tell
 * @param subject a one-line summary
 * @param text the message
 * @param at when it happened (the platform clock)
 */
public record Notice(
    String kind,
    String reference,
    List<String> recipients,
    String subject,
    String text,
    Instant at) {

  public Notice {
    Objects.requireNonNull(kind, "kind");
    if (kind.isBlank() || kind.length() > 24) {
      throw new IllegalArgumentException("A notice kind is 1 to 24 characters: " + kind);
    }
    Objects.requireNonNull(reference, "reference");
    recipients = List.copyOf(recipients);
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(at, "at");
  }
}
