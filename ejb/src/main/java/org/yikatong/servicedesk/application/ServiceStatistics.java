package org.yikatong.servicedesk.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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
import org.yikatong.servicedesk.domain.statistics.StatisticsPeriod;
import org.yikatong.servicedesk.domain.ticket.SlaEvent;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;
import org.yikatong.servicedesk.domain.ticket.TicketChannel;
import org.yikatong.servicedesk.domain.ticket.TicketLevel;

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

  /** The fault rate the service aims to stay under (O&M plan). */
  public static final BigDecimal FAULT_RATE_TARGET_PERCENT = new BigDecimal("2.00");

  /** The categories that count as a terminal fault. */
  static final List<TicketCategory> FAULTS =
      List.of(
          TicketCategory.HARDWARE,
          TicketCategory.SOFTWARE,
          TicketCategory.NETWORK,
          TicketCategory.POWER);

  @PersistenceContext EntityManager em;
  @Inject @Any Instance<ComplaintSource> complaintSources;
  @Inject @Any Instance<ServiceCostSource> costSources;

  public ServiceStatisticsReport report(@NotNull StatisticsPeriod period) {
    Map<String, Long> byLevel = counts(TicketLevel.values(), "t.level", period);
    long tickets = byLevel.values().stream().mapToLong(Long::longValue).sum();
    return new ServiceStatisticsReport(
        period.from(),
        period.to(),
        StatisticsPeriod.ZONE.getId(),
        faultRate(period),
        tickets,
        byLevel,
        counts(TicketChannel.values(), "t.channel", period),
        counts(TicketCategory.values(), "t.category", period),
        meanMinutes("respondedAt", period),
        meanMinutes("resolvedAt", period),
        compliance(byLevel, period),
        penalties(period),
        complaintSources.iterator().hasNext(),
        complaints(period),
        costSources.iterator().hasNext(),
        costs(period));
  }

  private FaultRate faultRate(StatisticsPeriod period) {
    long faulty =
        inPeriod(
                "select count(distinct t.terminalCode) from Ticket t where t.terminalCode is not null"
                    + " and t.category in :faults and ",
                period)
            .setParameter("faults", FAULTS)
            .getSingleResult();
    long terminals =
        em.createQuery("select count(x) from Terminal x", Long.class).getSingleResult();
    BigDecimal percent = percent(faulty, terminals);
    return new FaultRate(
        faulty,
        terminals,
        percent,
        FAULT_RATE_TARGET_PERCENT,
        percent != null && percent.compareTo(FAULT_RATE_TARGET_PERCENT) < 0);
  }

  private <E extends Enum<E>> Map<String, Long> counts(
      E[] values, String attribute, StatisticsPeriod period) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (E v : values) {
      counts.put(v.name(), 0L);
    }
    for (Object[] row :
        em.createQuery(
                "select "
                    + attribute
                    + ", count(t) from Ticket t where t.createdAt >= :start and t.createdAt < :end"
                    + " group by "
                    + attribute,
                Object[].class)
            .setParameter("start", period.start())
            .setParameter("end", period.end())
            .getResultList()) {
      counts.put(((Enum<?>) row[0]).name(), ((Number) row[1]).longValue());
    }
    return counts;
  }

  /** The mean of (attribute − createdAt) over the tickets of the period that have it. */
  private TimeFigure meanMinutes(String attribute, StatisticsPeriod period) {
    // HQL: the difference of two instants is a duration; "by second" makes it a number.
    Object[] row =
        em.createQuery(
                "select count(t), sum((t."
                    + attribute
                    + " - t.createdAt) by second) from Ticket t where t."
                    + attribute
                    + " is not null and t.createdAt >= :start and t.createdAt < :end",
                Object[].class)
            .setParameter("start", period.start())
            .setParameter("end", period.end())
            .getSingleResult();
    long n = ((Number) row[0]).longValue();
    if (n == 0 || row[1] == null) {
      return new TimeFigure(n, null);
    }
    BigDecimal seconds = new BigDecimal(row[1].toString());
    return new TimeFigure(n, seconds.divide(BigDecimal.valueOf(n * 60), 1, RoundingMode.HALF_UP));
  }

  private List<LevelCompliance> compliance(Map<String, Long> byLevel, StatisticsPeriod period) {
    Map<TicketLevel, long[]> breaches = new EnumMap<>(TicketLevel.class);
    for (TicketLevel level : TicketLevel.values()) {
      breaches.put(level, new long[2]);
    }
    for (Object[] row :
        em.createQuery(
                "select t.level, e.target, count(distinct t.id) from SlaEvent e join e.ticket t"
                    + " where e.kind = :breach and t.createdAt >= :start and t.createdAt < :end"
                    + " group by t.level, e.target",
                Object[].class)
            .setParameter("breach", SlaEvent.Kind.BREACH)
            .setParameter("start", period.start())
            .setParameter("end", period.end())
            .getResultList()) {
      int i = row[1] == SlaEvent.Target.RESPONSE ? 0 : 1;
      breaches.get((TicketLevel) row[0])[i] = ((Number) row[2]).longValue();
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
    Object[] row =
        em.createQuery(
                "select count(p), coalesce(sum(p.claimedFen), 0), coalesce(sum(p.deductedFen), 0)"
                    + " from Penalty p where p.recordedAt >= :start and p.recordedAt < :end",
                Object[].class)
            .setParameter("start", period.start())
            .setParameter("end", period.end())
            .getSingleResult();
    return new PenaltySummary(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        ((Number) row[2]).longValue());
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

  private TypedQuery<Long> inPeriod(String jpqlStart, StatisticsPeriod period) {
    return em.createQuery(jpqlStart + "t.createdAt >= :start and t.createdAt < :end", Long.class)
        .setParameter("start", period.start())
        .setParameter("end", period.end());
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
