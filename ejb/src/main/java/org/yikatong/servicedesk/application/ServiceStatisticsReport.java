package org.yikatong.servicedesk.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The service statistics of a period (see {@link ServiceStatistics} for how each figure is
 * counted). Maps are keyed by enum name and list every value, zero included; percentages have two
 * decimals and are null when there is nothing to divide by.
 */
public record ServiceStatisticsReport(
    LocalDate from,
    LocalDate to,
    String zone,
    FaultRate faultRate,
    long tickets,
    Map<String, Long> ticketsByLevel,
    Map<String, Long> ticketsByChannel,
    Map<String, Long> ticketsByCategory,
    TimeFigure timeToRespond,
    TimeFigure timeToResolve,
    List<LevelCompliance> slaCompliance,
    PenaltySummary penalties,
    boolean complaintsReported,
    List<MonthCount> complaintsByMonth,
    boolean costsReported,
    List<YearCost> costsByYear) {

  /**
   * Terminals with at least one hardware, software, network or power ticket opened in the period,
   * of all registered terminals.
   */
  public record FaultRate(
      long faultyTerminals,
      long terminals,
      BigDecimal percent,
      BigDecimal targetPercent,
      boolean targetMet) {}

  /**
   * A mean over the tickets opened in the period that reached the point (responded, resolved).
   *
   * @param tickets how many tickets the mean is over
   * @param meanMinutes null when there are none
   */
  public record TimeFigure(long tickets, BigDecimal meanMinutes) {}

  /**
   * SLA compliance of the tickets opened in the period at one level: the share without a recorded
   * breach of the response, and of the resolution deadline.
   */
  public record LevelCompliance(
      String level,
      long tickets,
      long responseBreaches,
      long resolutionBreaches,
      BigDecimal responseCompliancePercent,
      BigDecimal resolutionCompliancePercent) {}

  /** Penalties recorded in the period. */
  public record PenaltySummary(long count, long claimedFen, long deductedFen) {}

  /** Complaints received in a month ({@code YYYY-MM}). */
  public record MonthCount(String month, long count) {}

  /** Costs of one year by kind (every kind listed), and their total. */
  public record YearCost(int year, Map<String, Long> fenByKind, long totalFen) {}
}
