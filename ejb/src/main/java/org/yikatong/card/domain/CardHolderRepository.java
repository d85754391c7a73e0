package org.yikatong.card.domain;

import java.util.Optional;

/** Card holders, by holder number. */
public interface CardHolderRepository {

  void add(CardHolder holder);

  Optional<CardHolder> findByHolderNo(String holderNo);

  long count();
}
