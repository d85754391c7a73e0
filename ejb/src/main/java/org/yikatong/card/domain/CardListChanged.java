package org.yikatong.card.domain;

import java.util.Objects;

/**
 * A change of the blacklist was stored: fired as a CDI event in the transaction that stored it, so
 * that whoever keeps the terminals' lists (the terminal area) queues the change in the same
 * transaction.
 *
 * @param change the stored change
 * @param cardNo the card's number as terminals read it
 */
public record CardListChanged(CardListChange change, String cardNo) {

  public CardListChanged {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(cardNo, "cardNo");
  }
}
