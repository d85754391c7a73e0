package org.yikatong.ledger.domain;

import java.util.List;
import java.util.Optional;
import org.yikatong.card.domain.CardHolder;

/** Suspected double taps. */
public interface DoubleTapRepository {

  void add(DoubleTap doubleTap);

  Optional<DoubleTap> find(long id);

  Optional<DoubleTap> findByEntry(JournalEntry entry);

  /** A holder's double taps, newest first. */
  List<DoubleTap> findByHolder(CardHolder holder);

  /** Double taps in a status, oldest first. */
  List<DoubleTap> findByStatus(DoubleTap.Status status, int max);
}
