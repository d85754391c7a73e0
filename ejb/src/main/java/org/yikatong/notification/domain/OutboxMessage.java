package org.yikatong.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One message to one recipient through one channel, written in the transaction of the business
 * change that calls for it (the transactional outbox) and sent later by the sender.
 *
 * <p>Lifecycle: {@link #pending} (due at once) or {@link #undeliverable} (no address: kept with its
 * reason, never dropped). A pending message is {@link #sent} once, or after a failure {@link
 * #failed} — due again after the policy's backoff, or {@code FAILED} after the last attempt. Only a
 * {@code PENDING} message changes; the sender locks its row while sending, so that two nodes never
 * send it twice.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

  /** The longest error text kept. */
  static final int ERROR_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
  @SequenceGenerator(
      name = "outbox_message_seq",
      sequenceName = "outbox_message_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "notice_kind", nullable = false, updatable = false, length = 24)
  private String kind;

  @Column(name = "reference_no", nullable = false, updatable = false, length = 40)
  private String reference;

  @Column(name = "recipient_key", nullable = false, updatable = false, length = 64)
  private String recipient;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, updatable = false, length = 8)
  private Channel channel;

  @Column(name = "address", updatable = false, length = 200)
  private String address;

  @Column(name = "subject", nullable = false, updatable = false, length = 200)
  private String subject;

  @Column(name = "message_text", nullable = false, updatable = false, length = 2000)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private MessageStatus status;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "last_error", length = ERROR_LENGTH)
  private String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Version private long version;

  protected OutboxMessage() {}

  private OutboxMessage(
      String kind,
      String reference,
      String recipient,
      Channel channel,
      String address,
      String subject,
      String text,
      Instant now) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.reference = Objects.requireNonNull(reference, "reference");
    this.recipient = Objects.requireNonNull(recipient, "recipient");
    this.channel = Objects.requireNonNull(channel, "channel");
    this.address = address;
    this.subject = cut(Objects.requireNonNull(subject, "subject"), 200);
    this.text = cut(Objects.requireNonNull(text, "text"), 2000);
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  /** A message to an address, due at once. */
  public static OutboxMessage pending(
      String kind,
      String reference,
      String recipient,
      Channel channel,
      String address,
      String subject,
      String text,
      Instant now) {
    if (address == null || address.isBlank()) {
      throw new IllegalArgumentException("A pending message has an address");
    }
    OutboxMessage m =
        new OutboxMessage(kind, reference, recipient, channel, address, subject, text, now);
    m.status = MessageStatus.PENDING;
    m.nextAttemptAt = now;
    return m;
  }

  /** A message that cannot be sent (no address for the channel), kept with the reason. */
  public static OutboxMessage undeliverable(
      String kind,
      String reference,
      String recipient,
      Channel channel,
      String subject,
      String text,
      String reason,
      Instant now) {
    OutboxMessage m =
        new OutboxMessage(kind, reference, recipient, channel, null, subject, text, now);
    m.status = MessageStatus.UNDELIVERABLE;
    m.lastError = cut(Objects.requireNonNull(reason, "reason"), ERROR_LENGTH);
    return m;
  }

  /** Whether the sender should try it at {@code now}. */
  public boolean isDue(Instant now) {
    return status == MessageStatus.PENDING && !nextAttemptAt.isAfter(now);
  }

  /** The channel accepted the message. */
  public void sent(Instant now) {
    requirePending();
    attempts++;
    status = MessageStatus.SENT;
    sentAt = now;
    nextAttemptAt = null;
    lastError = null;
  }

  /** The channel failed: due again after the backoff, or {@code FAILED} after the last attempt. */
  public void failed(String error, Instant now, RetryPolicy policy) {
    requirePending();
    attempts++;
    lastError = cut(error == null ? "unknown error" : error, ERROR_LENGTH);
    if (attempts >= policy.maxAttempts()) {
      status = MessageStatus.FAILED;
      nextAttemptAt = null;
    } else {
      nextAttemptAt = now.plus(policy.waitAfter(attempts));
    }
  }

  private void requirePending() {
    if (status != MessageStatus.PENDING) {
      throw new IllegalStateException("Message " + id + " is " + status + ", not PENDING");
    }
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public String getKind() {
    return kind;
  }

  public String getReference() {
    return reference;
  }

  public String getRecipient() {
    return recipient;
  }

  public Channel getChannel() {
    return channel;
  }

  /** Where it goes (mail address, mobile number, openid); null when undeliverable. */
  public String getAddress() {
    return address;
  }

  public String getSubject() {
    return subject;
  }

  public String getText() {
    return text;
  }

  public MessageStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  /** The last failure, or why it is undeliverable. */
  public String getLastError() {
    return lastError;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
