package org.yikatong.ledger.domain;

import java.time.LocalDate;
import java.util.Optional;

/** Business day closes and their merchant totals. */
public interface DayCloseRepository {

  /**
   * Stores a close and writes it at once: a concurrent close of the same day fails here on the
   * unique business date, before any settlement is posted.
   */
  void add(DayClose close);

  void add(MerchantDayTotal total);

  Optional<DayClose> findByDay(LocalDate businessDate);
}
