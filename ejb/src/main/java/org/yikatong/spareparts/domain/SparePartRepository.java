package org.yikatong.spareparts.domain;

import java.util.List;
import java.util.Optional;

/**
 * Spare parts, with their stock rows and reorder alerts. A movement locks the part first, then its
 * stock rows.
 */
public interface SparePartRepository {

  /** A part and its total stock over all depots. */
  record WithTotal(SparePart part, long total) {}

  void add(SparePart part);

  Optional<SparePart> findByCode(String code);

  /**
   * The part with this code, locked for update until the transaction ends: a concurrent movement of
   * the part waits until this one ends.
   */
  Optional<SparePart> lockByCode(String code);

  /** Every part with its total stock (0 when it has none), by code. */
  List<WithTotal> findAllWithTotal();

  /** The part's total stock over all depots. */
  long total(SparePart part);

  /** Stores a new stock row. */
  void add(PartStock stock);

  /** The stock row of a part in a depot, locked for update until the transaction ends. */
  Optional<PartStock> lockStock(SparePart part, Depot depot);

  /**
   * Stock rows with their part and depot, by part and depot code.
   *
   * @param partCode only the rows of this part; null for every part
   * @param depotCode only the rows of this depot; null for every depot
   */
  List<PartStock> findStock(String partCode, String depotCode);

  /** Stores a new reorder alert. */
  void add(ReorderAlert alert);

  /** The part's reorder alerts not cleared yet. */
  List<ReorderAlert> findOpenAlerts(SparePart part);

  /**
   * Reorder alerts with their part, newest first, at most {@code max}.
   *
   * @param all also the cleared ones
   * @param partCode only the alerts of this part; null for every part
   */
  List<ReorderAlert> findAlerts(boolean all, String partCode, int max);
}
