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
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * What a channel without a gateway (WeChat, SMS) would have sent: the rendered payload, written in
 * the transaction that marks the message sent, so there is exactly one per sent message.
 */
@Entity
@Table(name = "channel_send_log")
@Immutable
public class ChannelLogEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "channel_send_log_seq")
  @SequenceGenerator(
      name = "channel_send_log_seq",
      sequenceName = "channel_send_log_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "message_id", nullable = false)
  private long messageId;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 8)
  private Channel channel;

  @Column(name = "address", nullable = false, length = 200)
  private String address;

  @Column(name = "payload", nullable = false, length = 4000)
  private String payload;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected ChannelLogEntry() {}

  public ChannelLogEntry(OutboxMessage message, String payload, Instant now) {
    this.messageId = message.getId();
    this.channel = message.getChannel();
    this.address = message.getAddress();
    this.payload = payload.length() <= 4000 ? payload : payload.substring(0, 4000);
    this.recordedAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getMessageId() {
    return messageId;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getAddress() {
    return address;
  }

  public String getPayload() {
    return payload;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
