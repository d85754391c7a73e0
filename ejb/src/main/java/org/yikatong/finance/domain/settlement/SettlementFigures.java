package org.yikatong.finance.domain.settlement;

import java.util.Collection;

/**
 * The figures of a settlement, in fen, with how many entries stand behind each.
 *
 * <p>Invariant: {@code netPayableFen = grossFen - refundsFen - reversalsFen - feesFen +
 * adjustmentsFen}, which is the sum of every posting on the takings behind the figures, and so what
 * the day's settlement entry moves to the merchant's settled account.
 */
public record SettlementFigures(
    long salesCount,
    long grossFen,
    long refundCount,
    long refundsFen,
    long reversalCount,
    long reversalsFen,
    long feeCount,
    long feesFen,
    long adjustmentCount,
    long adjustmentsFen,
    long netPayableFen)
    implements java.io.Serializable {

  /** No entries at all. */
  public static final SettlementFigures NONE =
      new SettlementFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  public SettlementFigures {
    long net =
        Math.addExact(
            Math.subtractExact(
                Math.subtractExact(Math.subtractExact(grossFen, refundsFen), reversalsFen),
                feesFen),
            adjustmentsFen);
    if (net != netPayableFen) {
      throw new IllegalArgumentException(
          "The net payable " + netPayableFen + " is not the figures' net " + net);
    }
  }

  /** The figures of the postings of some entry kinds. */
  public static SettlementFigures of(Collection<KindTotal> totals) {
    long[] counts = new long[SettlementFigure.values().length];
    long[] postings = new long[SettlementFigure.values().length];
    for (KindTotal t : totals) {
      int f = SettlementFigure.of(t.kind()).ordinal();
      counts[f] = Math.addExact(counts[f], t.entries());
      postings[f] = Math.addExact(postings[f], t.postingsFen());
    }
    long net = 0;
    for (long p : postings) {
      net = Math.addExact(net, p);
    }
    return new SettlementFigures(
        counts[SettlementFigure.SALES.ordinal()],
        SettlementFigure.SALES.shown(postings[SettlementFigure.SALES.ordinal()]),
        counts[SettlementFigure.REFUNDS.ordinal()],
        SettlementFigure.REFUNDS.shown(postings[SettlementFigure.REFUNDS.ordinal()]),
        counts[SettlementFigure.REVERSALS.ordinal()],
        SettlementFigure.REVERSALS.shown(postings[SettlementFigure.REVERSALS.ordinal()]),
        counts[SettlementFigure.FEES.ordinal()],
        SettlementFigure.FEES.shown(postings[SettlementFigure.FEES.ordinal()]),
        counts[SettlementFigure.ADJUSTMENTS.ordinal()],
        SettlementFigure.ADJUSTMENTS.shown(postings[SettlementFigure.ADJUSTMENTS.ordinal()]),
        net);
  }

  /** These figures and another's, added up (a day's total over its merchants). */
  public SettlementFigures plus(SettlementFigures o) {
    return new SettlementFigures(
        Math.addExact(salesCount, o.salesCount),
        Math.addExact(grossFen, o.grossFen),
        Math.addExact(refundCount, o.refundCount),
        Math.addExact(refundsFen, o.refundsFen),
        Math.addExact(reversalCount, o.reversalCount),
        Math.addExact(reversalsFen, o.reversalsFen),
        Math.addExact(feeCount, o.feeCount),
        Math.addExact(feesFen, o.feesFen),
        Math.addExact(adjustmentCount, o.adjustmentCount),
        Math.addExact(adjustmentsFen, o.adjustmentsFen),
        Math.addExact(netPayableFen, o.netPayableFen));
  }

  /** How many entries stand behind a figure. */
  public long count(SettlementFigure figure) {
    return switch (figure) {
      case SALES -> salesCount;
      case REFUNDS -> refundCount;
      case REVERSALS -> reversalCount;
      case FEES -> feeCount;
      case ADJUSTMENTS -> adjustmentCount;
    };
  }

  /** A figure's amount as shown. */
  public long amount(SettlementFigure figure) {
    return switch (figure) {
      case SALES -> grossFen;
      case REFUNDS -> refundsFen;
      case REVERSALS -> reversalsFen;
      case FEES -> feesFen;
      case ADJUSTMENTS -> adjustmentsFen;
    };
  }
}
