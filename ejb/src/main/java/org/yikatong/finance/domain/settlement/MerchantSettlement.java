package org.yikatong.finance.domain.settlement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yikatong.ledger.domain.EntryKind;

/**
 * A merchant's settlement of one business day: the figures and every journal entry behind them.
 *
 * <p>Invariants: each figure is the sum of the postings of its entries on the merchant's takings,
 * and the net payable is gross sales less refunds, reversals and fees, plus adjustments ({@link
 * SettlementFigures}). A {@link SettlementStatus#CLOSED closed} day's settlement names the day
 * close and its settlement entry, and says whether the close recorded the same payments and net
 * ({@code agreesWithDayClose}); a provisional one names neither.
 *
 * @param entries the entries behind the figures, oldest first
 */
public record MerchantSettlement(
    LocalDate businessDate,
    String merchantCode,
    String merchantName,
    SettlementStatus status,
    Instant closedAt,
    String closedBy,
    Long settlementEntryId,
    Boolean agreesWithDayClose,
    SettlementFigures figures,
    List<SettlementItem> entries)
    implements java.io.Serializable {

  public MerchantSettlement {
    Objects.requireNonNull(businessDate, "businessDate");
    Objects.requireNonNull(merchantCode, "merchantCode");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(figures, "figures");
    entries = List.copyOf(entries);
  }

  /**
   * The settlement of the entries a merchant's takings got on a day.
   *
   * @param closed what the day close recorded of the merchant, or null while the day is open
   */
  public static MerchantSettlement of(
      LocalDate day,
      String merchantCode,
      String merchantName,
      ClosedTotals closed,
      List<SettlementItem> items) {
    List<SettlementItem> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparingLong(SettlementItem::entryId));
    SettlementFigures figures = SettlementFigures.of(totals(sorted));
    return new MerchantSettlement(
        day,
        merchantCode,
        merchantName,
        closed == null ? SettlementStatus.PROVISIONAL : SettlementStatus.CLOSED,
        closed == null ? null : closed.closedAt(),
        closed == null ? null : closed.closedBy(),
        closed == null ? null : closed.settlementEntryId(),
        closed == null ? null : closed.agreesWith(figures),
        figures,
        sorted);
  }

  /** The items per entry kind: how many entries, and the sum of their postings. */
  static List<KindTotal> totals(List<SettlementItem> items) {
    Map<EntryKind, long[]> byKind = new LinkedHashMap<>();
    Map<EntryKind, java.util.Set<Long>> entriesByKind = new LinkedHashMap<>();
    for (SettlementItem item : items) {
      long[] sum = byKind.computeIfAbsent(item.kind(), k -> new long[1]);
      sum[0] = Math.addExact(sum[0], item.amountFen());
      entriesByKind
          .computeIfAbsent(item.kind(), k -> new java.util.HashSet<>())
          .add(item.entryId());
    }
    List<KindTotal> totals = new ArrayList<>();
    byKind.forEach(
        (kind, sum) -> totals.add(new KindTotal(kind, entriesByKind.get(kind).size(), sum[0])));
    return totals;
  }

  /** The entries behind one figure, oldest first. */
  public List<SettlementItem> entriesOf(SettlementFigure figure) {
    return entries.stream().filter(i -> i.figure() == figure).toList();
  }
}
