package org.yikatong.card.domain;

import java.util.Optional;

/** Card holders. */
public interface CardHolderRepository {

  void add(CardHolder holder);

  long count();

  Optional<CardHolder> findByHolderNo(String holderNo);
}
