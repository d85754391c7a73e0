package org.yikatong.servicedesk.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Something about a ticket (or another service-desk record) that people must hear of: fired as a
 * CDI event inside the transaction that made it happen, so that an observer writing to the
 * notification outbox commits or rolls back with it.
 *
 * @param kind what happened
 * @param reference the ticket number (or the number of the record) it concerns, at most 40
 *     characters
 * @param recipients user names (staff) or holder numbers (card holders) to tell
 * @param subject a one-line summary
 * @param text the message
 * @param at when it happened (the platform clock)
 */
public record ServiceDeskNotice(
    Kind kind, String reference, List<String> recipients, String subject, String text, Instant at) {

  /** What happened. */
  public enum Kind {
    ASSIGNED,
    SLA_WARNING,
    SLA_BREACH,
    ESCALATED,
    RESOLVED,
    /** An inspection round passed its due time unfinished (reference {@code XJ-<round id>}). */
    ROUND_OVERDUE,
    /** A spare part's total stock fell to its reorder level (reference {@code BH-<alert id>}). */
    REORDER_ALERT
  }

  public ServiceDeskNotice {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reference, "reference");
    recipients = List.copyOf(recipients);
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(at, "at");
  }
}
