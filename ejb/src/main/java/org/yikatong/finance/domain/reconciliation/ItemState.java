package org.yikatong.finance.domain.reconciliation;

/**
 * Where an item stands apart from its adjustment: an OPEN item is resolved only once its adjustment
 * is approved.
 */
public enum ItemState {
  /** Still to be resolved (or waiting for its adjustment's approval). */
  OPEN,
  /** The statement and the ledger agree: matched by the engine or by a confirmed suggestion. */
  MATCHED,
  /** A ledger movement a person paired with a statement line's item; that item carries on. */
  PAIRED,
  /** Explained by a note of the finance office. */
  EXPLAINED
}
