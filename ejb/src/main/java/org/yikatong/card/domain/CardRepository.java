package org.yikatong.card.domain;

import java.util.List;
import java.util.Optional;

/** Cards. */
public interface CardRepository {

  void add(Card card);

  long count();

  Optional<Card> findBySerial(String serialNo);

  /**
   * The card with this card number (ISO 8583 field 2), see {@link
   * org.yikatong.cardadapter.api.CardNumber}.
   */
  Optional<Card> findByNumber(String cardNo);

  /**
   * The serial of the card with this card number, read as a value: the card itself is not loaded,
   * so a lock taken on it next reads it once.
   */
  Optional<String> serialOfNumber(String cardNo);

  /**
   * The card with this serial, locked for update until the transaction ends. Everything that
   * changes a card or pays with it locks the card first, so one card's requests are serialized.
   * Loads the card as it is once locked, also when the transaction had read it before.
   */
  Optional<Card> lockBySerial(String serialNo);

  /** The cards of a holder, newest first. */
  List<Card> findByHolder(CardHolder holder);

  /** Records a blacklist change for the terminals. */
  void add(CardListChange change);

  /** Blacklist changes after {@code afterId}, oldest first, at most {@code max}. */
  List<CardListChange> listChangesAfter(long afterId, int max);
}
