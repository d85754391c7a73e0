package org.yikatong.finance.domain.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * How the subsidy purses of all card holders moved over a period of business days.
 *
 * <p>Invariant: {@code closingFen = openingFen + grantedFen - spentFen - expiredFen - cancelledFen
 * + otherFen}.
 *
 * @param openingFen every subsidy purse's balance at the start of the period, together
 * @param grantedFen subsidies granted (batch lines posted)
 * @param spentFen subsidies spent on payments, net of reversed payments
 * @param expiredFen unspent rests of expired grants returned to the funds
 * @param cancelledFen subsidy rests returned to the funds when cards were cancelled
 * @param otherFen everything else that moved a subsidy purse (adjustments), with its sign
 * @param grantCount how many grants (batch lines) were posted in the period
 * @param batches the batches posted in the period or expiring in it, oldest first
 */
public record SubsidyUsage(
    LocalDate from,
    LocalDate to,
    long openingFen,
    long grantedFen,
    long spentFen,
    long expiredFen,
    long cancelledFen,
    long otherFen,
    long closingFen,
    long grantCount,
    List<SubsidyBatchUsage> batches)
    implements java.io.Serializable {

  public SubsidyUsage {
    batches = List.copyOf(batches);
    if (closingFen != openingFen + grantedFen - spentFen - expiredFen - cancelledFen + otherFen) {
      throw new IllegalArgumentException("The subsidy usage does not add up to its closing");
    }
  }

  /** The usage from the opening balance and the period's postings on subsidy purses, by kind. */
  public static SubsidyUsage of(
      LocalDate from,
      LocalDate to,
      long openingFen,
      Collection<KindSum> movements,
      List<SubsidyBatchUsage> batches) {
    long granted = 0;
    long spent = 0;
    long expired = 0;
    long cancelled = 0;
    long other = 0;
    long grants = 0;
    for (KindSum m : movements) {
      switch (m.kind()) {
        case SUBSIDY -> {
          granted += m.amountFen();
          grants += m.postings();
        }
        case PAYMENT, OFFLINE_PAYMENT, REVERSAL, REFUND -> spent -= m.amountFen();
        case SUBSIDY_EXPIRY -> expired -= m.amountFen();
        case CANCEL_REFUND -> cancelled -= m.amountFen();
        default -> other += m.amountFen();
      }
    }
    long closing = openingFen + granted - spent - expired - cancelled + other;
    return new SubsidyUsage(
        from, to, openingFen, granted, spent, expired, cancelled, other, closing, grants, batches);
  }
}
