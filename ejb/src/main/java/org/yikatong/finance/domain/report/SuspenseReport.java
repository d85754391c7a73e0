package org.yikatong.finance.domain.report;

import java.time.Instant;
import java.util.List;

/**
 * The open suspense and follow-up items at a moment, with the suspense account's balance.
 *
 * <p>{@code unattributedFen} is the part of the suspense balance no open item accounts for (such as
 * an adjustment against suspense that names no entry it corrects); it is zero when every fen in
 * suspense is an open item's.
 *
 * @param truncated whether there were more items than the report lists (the newest are listed)
 */
public record SuspenseReport(
    Instant at,
    long suspenseBalanceFen,
    long itemsSuspenseFen,
    long unattributedFen,
    boolean truncated,
    List<SuspenseItem> items)
    implements java.io.Serializable {

  public SuspenseReport {
    items = List.copyOf(items);
  }

  /** The report of the open items among candidates, newest first. */
  public static SuspenseReport of(
      Instant at, long suspenseBalanceFen, List<SuspenseItem> candidates, boolean truncated) {
    List<SuspenseItem> open = candidates.stream().filter(SuspenseItem::outstanding).toList();
    long inSuspense = open.stream().mapToLong(SuspenseItem::suspenseFen).sum();
    return new SuspenseReport(
        at, suspenseBalanceFen, inSuspense, suspenseBalanceFen - inSuspense, truncated, open);
  }
}
