package org.yikatong.ledger.domain;

/** What an account is for. The full chart of accounts arrives with the journal (issue #3). */
public enum AccountType {
  /** The card holder's main purse: what the card pays from. */
  CARDHOLDER_PURSE
}
