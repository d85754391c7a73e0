package org.yikatong.finance.domain.settlement;

import java.util.Objects;

/**
 * One merchant's line of a day's settlement report.
 *
 * @param settlementEntryId the day close's settlement entry of the merchant, when the day is closed
 *     and the merchant took anything
 * @param agreesWithDayClose whether the close recorded the same payments and net; null while the
 *     day is open
 */
public record MerchantDayLine(
    String merchantCode,
    String merchantName,
    SettlementFigures figures,
    Long settlementEntryId,
    Boolean agreesWithDayClose)
    implements java.io.Serializable {

  public MerchantDayLine {
    Objects.requireNonNull(merchantCode, "merchantCode");
    Objects.requireNonNull(figures, "figures");
  }
}
