package org.yikatong.finance.domain.settlement;

import java.time.Instant;
import java.util.Objects;

/**
 * What the day close recorded of a merchant: when and by whom the day was closed, the payments it
 * counted and the net its settlement entry moved (none when the merchant took nothing that day).
 */
public record ClosedTotals(
    Instant closedAt,
    String closedBy,
    long paymentCount,
    long paymentsFen,
    long netFen,
    Long settlementEntryId)
    implements java.io.Serializable {

  public ClosedTotals {
    Objects.requireNonNull(closedAt, "closedAt");
    Objects.requireNonNull(closedBy, "closedBy");
  }

  /** The close of a day on which the merchant has no totals (it had no takings, or was newer). */
  public static ClosedTotals nothing(Instant closedAt, String closedBy) {
    return new ClosedTotals(closedAt, closedBy, 0, 0, 0, null);
  }

  /** Whether figures drawn from the entries agree with what the close recorded. */
  public boolean agreesWith(SettlementFigures figures) {
    return figures.salesCount() == paymentCount
        && figures.grossFen() == paymentsFen
        && figures.netPayableFen() == netFen;
  }
}
