package org.yikatong.servicedesk.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yikatong.security.domain.Role;
import org.yikatong.servicedesk.application.ServiceCostSource.CostKind;
import org.yikatong.servicedesk.application.ServiceStatisticsReport.FaultRate;
import org.yikatong.servicedesk.application.ServiceStatisticsReport.LevelCompliance;
import org.yikatong.servicedesk.application.ServiceStatisticsReport.MonthCount;
import org.yikatong.servicedesk.application.ServiceStatisticsReport.PenaltySummary;
import org.yikatong.servicedesk.application.ServiceStatisticsReport.TimeFigure;
import org.yikatong.servicedesk.application.ServiceStatisticsReport.YearCost;
import org.yikatong.servicedesk.domain.penalty.PenaltyRepository;
import org.yikatong.servicedesk.domain.statistics.StatisticsPeriod;
import org.yikatong.servicedesk.domain.ticket.SlaEvent;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;
import org.yikatong.servicedesk.domain.ticket.TicketChannel;
import org.yikatong.servicedesk.domain.ticket.TicketLevel;
import org.yikatong.servicedesk.domain.ticket.TicketRepository;
import org.yikatong.servicedesk.domain.ticket.TicketStatistics;
import org.yikatong.servicedesk.domain.ticket.TicketStatus;
import org.yikatong.terminal.domain.TerminalRepository;

/**
 * The service desk's figures over a period, for dashboards and reports (O&M plan): fault rate
 * against its 2% target, tickets by level, channel and category, mean times to respond and resolve,
 * SLA compliance per level, penalties; complaints and costs from the areas that keep them ({@link
 * ComplaintSource}, {@link ServiceCostSource}). Ticket figures count the tickets opened in the
 * period; penalties those recorded in it. Every figure is one aggregate query.
 */
@Stateless
@RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK, Role.AUDITOR, Role.FINANCE})
public class ServiceStatistics {

  /**
   * The yearly maintenance budget by cost kind, in fen (O&M plan): spare hardware about 5,000 yuan,
   * four training sessions of 2,000 yuan, staff about 30,000 yuan.
   */
  public static final Map<String, Long> YEARLY_BUDGET_FEN =
      Map.of("HARDWARE", 500_000L, "TRAINING", 800_000L, "STAFF", 3_000_000L);

  /** The reduction of complaints the service aims at against the year before (O&M plan), in %. */
  public static final int COMPLAINT_REDUCTION_TARGET_PERCENT = 30;

  /** The fault rate the service aims to stay under (O&M plan). */
  public static final BigDecimal FAULT_RATE_TARGET_PERCENT = new BigDecimal("2.00");

  /** The categories that count as a terminal fault. */
  static final List<TicketCategory> FAULTS =
      List.of(
          TicketCategory.HARDWARE,
          TicketCategory.SOFTWARE,
          TicketCategory.NETWORK,
          TicketCategory.POWER);

  @Inject TicketStatistics ticketStatistics;
  @Inject TicketRepository tickets;
  @Inject PenaltyRepository penalties;
  @Inject TerminalRepository terminals;
  @Inject @Any Instance<ComplaintSource> complaintSources;
  @Inject @Any Instance<ServiceCostSource> costSources;

  /**
   * The tickets open now (neither resolved nor closed): how many per level, every level named, and
   * how many of them have passed a deadline (a breach the SLA watch recorded). Two count queries.
   */
  public OpenTickets openNow() {
    List<TicketStatus> done = List.of(TicketStatus.RESOLVED, TicketStatus.CLOSED);
    return new OpenTickets(
        counts(TicketLevel.values(), tickets.countByLevelStatusNotIn(done)),
        tickets.countBreachedStatusNotIn(done));
  }

  /**
   * The tickets open now.
   *
   * @param byLevel per level name (LEVEL_1, LEVEL_2, LEVEL_3), in that order
   * @param pastDeadline those with a breached deadline
   */
  public record OpenTickets(Map<String, Long> byLevel, long pastDeadline) {}

  public ServiceStatisticsReport report(@NotNull StatisticsPeriod period) {
    Map<String, Long> byLevel = counts(TicketLevel.values(), ticketStatistics.countByLevel(period));
    long tickets = byLevel.values().stream().mapToLong(Long::longValue).sum();
    return new ServiceStatisticsReport(
        period.from(),
        period.to(),
        StatisticsPeriod.ZONE.getId(),
        faultRate(period),
        tickets,
        byLevel,
        counts(TicketChannel.values(), ticketStatistics.countByChannel(period)),
        counts(TicketCategory.values(), ticketStatistics.countByCategory(period)),
        meanMinutes(ticketStatistics.timeToRespond(period)),
        meanMinutes(ticketStatistics.timeToResolve(period)),
        compliance(byLevel, period),
        penalties(period),
        complaintSources.iterator().hasNext(),
        complaints(period),
        costSources.iterator().hasNext(),
        costs(period));
  }

  private FaultRate faultRate(StatisticsPeriod period) {
    long faulty = ticketStatistics.faultyTerminals(period, FAULTS);
    long all = terminals.count();
    BigDecimal percent = percent(faulty, all);
    return new FaultRate(
        faulty,
        all,
        percent,
        FAULT_RATE_TARGET_PERCENT,
        percent != null && percent.compareTo(FAULT_RATE_TARGET_PERCENT) < 0);
  }

  /** Every value's count by name, in the values' order, zero when not counted. */
  private static <E extends Enum<E>> Map<String, Long> counts(E[] values, Map<E, Long> counted) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (E v : values) {
      counts.put(v.name(), counted.getOrDefault(v, 0L));
    }
    return counts;
  }

  /** The mean of a time summed over tickets, in minutes. */
  private static TimeFigure meanMinutes(TicketStatistics.TimeSum sum) {
    long n = sum.tickets();
    if (n == 0 || sum.seconds() == null) {
      return new TimeFigure(n, null);
    }
    return new TimeFigure(
        n, sum.seconds().divide(BigDecimal.valueOf(n * 60), 1, RoundingMode.HALF_UP));
  }

  private List<LevelCompliance> compliance(Map<String, Long> byLevel, StatisticsPeriod period) {
    Map<TicketLevel, long[]> breaches = new EnumMap<>(TicketLevel.class);
    for (TicketLevel level : TicketLevel.values()) {
      breaches.put(level, new long[2]);
    }
    for (TicketStatistics.Breaches row : ticketStatistics.breaches(period)) {
      int i = row.target() == SlaEvent.Target.RESPONSE ? 0 : 1;
      breaches.get(row.level())[i] = row.tickets();
    }
    List<LevelCompliance> list = new ArrayList<>();
    for (TicketLevel level : TicketLevel.values()) {
      long n = byLevel.get(level.name());
      long[] b = breaches.get(level);
      list.add(
          new LevelCompliance(
              level.name(), n, b[0], b[1], percent(n - b[0], n), percent(n - b[1], n)));
    }
    return list;
  }

  private PenaltySummary penalties(StatisticsPeriod period) {
    PenaltyRepository.Totals totals = penalties.totalsRecordedBetween(period.start(), period.end());
    return new PenaltySummary(totals.penalties(), totals.claimedFen(), totals.deductedFen());
  }

  private List<MonthCount> complaints(StatisticsPeriod period) {
    Map<YearMonth, Long> perMonth = new TreeMap<>();
    for (YearMonth m = YearMonth.from(period.from());
        !m.isAfter(YearMonth.from(period.to()));
        m = m.plusMonths(1)) {
      perMonth.put(m, 0L);
    }
    for (ComplaintSource source : complaintSources) {
      source
          .complaintsPerMonth(period)
          .forEach(
              (month, count) -> {
                if (perMonth.containsKey(month)) {
                  perMonth.merge(month, count, Long::sum);
                }
              });
    }
    return perMonth.entrySet().stream()
        .map(e -> new MonthCount(e.getKey().toString(), e.getValue()))
        .toList();
  }

  private List<YearCost> costs(StatisticsPeriod period) {
    Map<Integer, Map<String, Long>> perYear = new TreeMap<>();
    for (int y = period.from().getYear(); y <= period.to().getYear(); y++) {
      Map<String, Long> kinds = new LinkedHashMap<>();
      for (CostKind k : CostKind.values()) {
        kinds.put(k.name(), 0L);
      }
      perYear.put(y, kinds);
    }
    for (ServiceCostSource source : costSources) {
      for (ServiceCostSource.Cost cost : source.costs(period)) {
        Map<String, Long> kinds = perYear.get(cost.year());
        if (kinds != null && cost.kind() != null) {
          kinds.merge(cost.kind().name(), cost.fen(), Long::sum);
        }
      }
    }
    return perYear.entrySet().stream()
        .map(
            e ->
                new YearCost(
                    e.getKey(),
                    e.getValue(),
                    e.getValue().values().stream().mapToLong(Long::longValue).sum()))
        .toList();
  }

  /** part of whole in percent with two decimals; null when whole is zero. */
  static BigDecimal percent(long part, long whole) {
    if (whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(part)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
  }
}
