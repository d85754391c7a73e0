package org.yikatong.card.domain;

/** Card holders. */
public interface CardHolderRepository {

  void add(CardHolder holder);

  long count();
}
