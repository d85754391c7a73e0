package org.yikatong.card.domain;

import java.util.List;
import java.util.Optional;

/** Card holders. */
public interface CardHolderRepository {

  void add(CardHolder holder);

  long count();

  Optional<CardHolder> findByHolderNo(String holderNo);

  /**
   * Holders whose number starts with {@code text} or whose name contains it (case ignored), by
   * number, at most {@code max}.
   */
  List<CardHolder> search(String text, int max);
}
