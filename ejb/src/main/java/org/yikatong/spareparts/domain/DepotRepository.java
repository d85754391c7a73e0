package org.yikatong.spareparts.domain;

import java.util.List;
import java.util.Optional;

/** Depots. */
public interface DepotRepository {

  void add(Depot depot);

  Optional<Depot> findByCode(String code);

  /** Every depot, by code. */
  List<Depot> findAll();
}
