package org.yikatong.servicedesk.application;

import java.time.YearMonth;
import java.util.Map;
import org.yikatong.servicedesk.domain.statistics.StatisticsPeriod;

/**
 * Where the service statistics get complaint counts from. Implement it as a CDI bean (e.g. an
 * {@code @ApplicationScoped} class, or a {@code @Stateless} bean with this as its local interface)
 * in the area that tracks complaints; {@link ServiceStatistics} finds every implementation through
 * {@code Instance<ComplaintSource>} and adds their counts up. With none deployed the figures are
 * zero and the report says {@code complaintsReported: false}.
 *
 * <p>Contract: called inside the statistics request's transaction, read-only, with the caller's
 * roles (administrator, helpdesk, auditor or finance); use an aggregate query, not a scan.
 */
public interface ComplaintSource {

  /**
   * Complaints received in the period, per month (months of the period only; a month without
   * complaints may be left out). A complaint counts in the month (Asia/Shanghai) it was received.
   */
  Map<YearMonth, Long> complaintsPerMonth(StatisticsPeriod period);
}
