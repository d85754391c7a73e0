package org.yikatong.finance.domain.reconciliation;

import java.time.Duration;
import java.util.Objects;

/**
 * How far apart a statement line and a ledger movement may be and still be paired by amount and
 * time, and how far around the business day the ledger is searched.
 *
 * @param amountFen the largest difference of amounts, in fen (0: equal amounts only)
 * @param time the largest difference of times
 * @param window how far before the day's start and after its end ledger movements are looked at (a
 *     top-up paid at 23:59 may appear on the next day's statement)
 */
public record MatchTolerances(long amountFen, Duration time, Duration window) {

  public MatchTolerances {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(window, "window");
    if (amountFen < 0 || time.isNegative() || window.isNegative()) {
      throw new IllegalArgumentException("Tolerances are never negative");
    }
  }
}
