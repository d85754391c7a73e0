package org.yikatong.notification.domain;

/**
 * Where an outbox message stands: {@code PENDING} until sent ({@code SENT}) or given up after the
 * last attempt ({@code FAILED}); {@code UNDELIVERABLE} from the start when the recipient has no
 * address for the channel. Only {@code PENDING} ever changes.
 */
public enum MessageStatus {
  PENDING,
  SENT,
  FAILED,
  UNDELIVERABLE
}
