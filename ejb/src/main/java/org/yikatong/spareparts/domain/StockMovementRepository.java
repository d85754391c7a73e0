package org.yikatong.spareparts.domain;

import java.time.Instant;
import java.util.List;

/** Stock movements, never changed once stored. */
public interface StockMovementRepository {

  void add(StockMovement movement);

  /**
   * Movements with their part and depots, newest first, at most {@code max}.
   *
   * @param partCode only the movements of this part; null for every part
   * @param ticketId only the withdrawals for this ticket; null for every movement
   */
  List<StockMovement> findNewestFirst(String partCode, Long ticketId, int max);

  /** The withdrawals for a ticket with their part and depot, oldest first. */
  List<StockMovement> findWithdrawalsFor(Long ticketId);

  /**
   * The withdrawals of parts used on a registered asset, with their part and depot, newest first.
   */
  List<StockMovement> findWithdrawalsOnAsset(long assetId);

  /** What the parts withdrawn from {@code from} (inclusive) to {@code to} cost, in fen. */
  long costOfWithdrawals(Instant from, Instant to);
}
