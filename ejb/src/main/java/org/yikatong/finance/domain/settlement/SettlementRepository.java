package org.yikatong.finance.domain.settlement;

import java.time.LocalDate;
import java.util.List;

/**
 * What settlements read of the journal: the postings on merchants' takings stripes of a business
 * day, settlement entries left out (they empty the stripes, they are not takings), and the day
 * closes recorded.
 */
public interface SettlementRepository {

  /** Every posting on a merchant's takings of a business day, with its entry, oldest first. */
  List<SettlementItem> items(String merchantCode, LocalDate businessDate);

  /** Every merchant's takings of a business day, per entry kind. */
  List<MerchantKindTotal> dayTotals(LocalDate businessDate);

  /** The closed days from..to (inclusive), newest first. */
  List<DayCloseSummary> closes(LocalDate from, LocalDate to);
}
