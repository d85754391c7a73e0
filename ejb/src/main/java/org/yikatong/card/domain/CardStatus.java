package org.yikatong.card.domain;

/** Lifecycle state of a physical card. Only {@link #ACTIVE} cards pay or pass. */
public enum CardStatus {
  ACTIVE,
  LOST,
  FROZEN,
  CANCELLED,
  REPLACED
}
