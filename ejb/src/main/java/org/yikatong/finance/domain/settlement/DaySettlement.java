package org.yikatong.finance.domain.settlement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The settlement report of a business day: every merchant's figures and their total. Closed days
 * are final; an open day's figures are provisional.
 */
public record DaySettlement(
    LocalDate businessDate,
    SettlementStatus status,
    Instant closedAt,
    String closedBy,
    List<MerchantDayLine> merchants,
    SettlementFigures total)
    implements java.io.Serializable {

  public DaySettlement {
    Objects.requireNonNull(businessDate, "businessDate");
    Objects.requireNonNull(status, "status");
    merchants = List.copyOf(merchants);
    SettlementFigures sum = SettlementFigures.NONE;
    for (MerchantDayLine line : merchants) {
      sum = sum.plus(line.figures());
    }
    if (!sum.equals(total)) {
      throw new IllegalArgumentException("The day's total is not the sum of its merchants");
    }
  }

  /** The report of a day from its merchants' lines, totalled. */
  public static DaySettlement of(
      LocalDate day, Instant closedAt, String closedBy, List<MerchantDayLine> merchants) {
    SettlementFigures sum = SettlementFigures.NONE;
    for (MerchantDayLine line : merchants) {
      sum = sum.plus(line.figures());
    }
    return new DaySettlement(
        day,
        closedAt == null ? SettlementStatus.PROVISIONAL : SettlementStatus.CLOSED,
        closedAt,
        closedBy,
        merchants,
        sum);
  }
}
