package org.yikatong.card.domain;

/** Cards. */
public interface CardRepository {

  void add(Card card);

  long count();
}
