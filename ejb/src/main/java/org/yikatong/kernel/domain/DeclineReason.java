package org.yikatong.kernel.domain;

/**
 * Why the ledger declined a payment or a terminal request. The terminal area maps each to its ISO
 * 8583 response code; the REST API shows the name.
 */
public enum DeclineReason {
  /** No card with this number. */
  UNKNOWN_CARD,
  /** The card was reported lost. */
  CARD_LOST,
  /** The card is frozen, cancelled or replaced. */
  CARD_RESTRICTED,
  /** The card is past its expiry date. */
  CARD_EXPIRED,
  /** The card holder's account is frozen or closed. */
  ACCOUNT_FROZEN,
  /** Zero, negative or above the single-payment maximum. */
  INVALID_AMOUNT,
  /** Above the card's no-PIN limit and no PIN given. */
  PIN_REQUIRED,
  /** The PIN given is wrong. */
  WRONG_PIN,
  /** Three wrong PINs in a row: the card takes no PIN payment until the PIN is reset. */
  PIN_LOCKED,
  /** The card's daily spending limit would be exceeded. */
  DAILY_LIMIT,
  /** Subsidy and main purse together do not cover the amount. */
  INSUFFICIENT_FUNDS,
  /** The terminal may not take this request (not a payment terminal, no merchant). */
  NOT_PERMITTED_AT_TERMINAL,
  /** The business key was used before for a request with other content. */
  DUPLICATE_WITH_OTHER_CONTENT,
  /** The original was reversed already, or its reversal came first. */
  INVALID_TRANSACTION
}
