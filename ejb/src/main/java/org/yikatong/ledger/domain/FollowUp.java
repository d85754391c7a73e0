package org.yikatong.ledger.domain;

/** Why finance must look at a posted entry. */
public enum FollowUp {
  /** An offline payment took the purse below zero. */
  OVERDRAWN,
  /** An offline payment of a card that was no longer valid, posted to suspense. */
  INVALID_CARD_OFFLINE,
  /** An offline payment of a card the platform does not know, posted to suspense. */
  UNKNOWN_CARD_OFFLINE,
  /** A channel paid an online top-up order after it had expired; posted to suspense. */
  LATE_PAYMENT
}
