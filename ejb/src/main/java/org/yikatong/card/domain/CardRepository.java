package org.yikatong.card.domain;

import java.util.List;

/** Cards, by holder. */
public interface CardRepository {

  void add(Card card);

  List<Card> findByHolder(CardHolder holder);

  long count();
}
