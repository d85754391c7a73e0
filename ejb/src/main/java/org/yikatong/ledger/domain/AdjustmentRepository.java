package org.yikatong.ledger.domain;

import java.util.List;
import java.util.Optional;

/** Finance adjustments. */
public interface AdjustmentRepository {

  void add(Adjustment adjustment);

  /** The adjustment with this id, locked for update until the transaction ends. */
  Optional<Adjustment> lock(long id);

  /** The latest adjustments, newest first, at most {@code max}. */
  List<Adjustment> latest(int max);

  /** The latest adjustments in a status, newest first, at most {@code max}. */
  List<Adjustment> latestIn(Adjustment.Status status, int max);
}
