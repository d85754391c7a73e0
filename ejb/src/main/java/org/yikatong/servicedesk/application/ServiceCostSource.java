package org.yikatong.servicedesk.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yikatong.servicedesk.domain.statistics.StatisticsPeriod;

/**
 * Where the service statistics get maintenance and training costs from (hardware and parts, staff,
 * training sessions: (O&M plan) reckons about 5,000 CNY hardware, 4 × 2,000 CNY training and 30,000
 * CNY staff a year). Implement it as a CDI bean in the area that books the cost (spare parts,
 * training, …); {@link ServiceStatistics} finds every implementation through {@code
 * Instance<ServiceCostSource>} and adds their amounts up per year and kind. With none deployed the
 * figures are zero and the report says {@code costsReported: false}.
 *
 * <p>Contract: called inside the statistics request's transaction, read-only, with the caller's
 * roles (administrator, helpdesk, auditor or finance); amounts in fen; a cost counts in the year
 * (Asia/Shanghai) it was incurred, and only costs incurred within the period are returned.
 */
public interface ServiceCostSource {

  /** What a cost was for. */
  enum CostKind {
    HARDWARE,
    SOFTWARE,
    TRAINING,
    STAFF,
    OTHER
  }

  /**
   * One amount.
   *
   * @param year the calendar year it was incurred in
   * @param fen the amount, zero or more
   */
  record Cost(int year, CostKind kind, long fen) {}

  /** The costs incurred in the period, in any grouping (they are added up by year and kind). */
  List<Cost> costs(StatisticsPeriod period);

  /**
   * Sums amounts of one kind per year (Asia/Shanghai).
   *
   * @param rows each an {@code Instant} (when incurred) and a {@code Number} (fen)
   */
  static List<Cost> perYear(List<Object[]> rows, CostKind kind) {
    Map<Integer, Long> perYear = new TreeMap<>();
    for (Object[] r : rows) {
      perYear.merge(
          ((Instant) r[0]).atZone(StatisticsPeriod.ZONE).getYear(),
          ((Number) r[1]).longValue(),
          Long::sum);
    }
    return perYear.entrySet().stream().map(e -> new Cost(e.getKey(), kind, e.getValue())).toList();
  }
}
