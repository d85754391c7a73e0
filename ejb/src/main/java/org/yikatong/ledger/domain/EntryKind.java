package org.yikatong.ledger.domain;

/** What a journal entry records. */
public enum EntryKind {
  PAYMENT,
  OFFLINE_PAYMENT,
  CASH_TOP_UP,
  ONLINE_TOP_UP,
  SUBSIDY,
  SUBSIDY_EXPIRY,
  REFUND,
  REVERSAL,
  DEPOSIT,
  FEE,
  CANCEL_REFUND,
  ADJUSTMENT,
  SETTLEMENT,
  OPENING_BALANCE
}
