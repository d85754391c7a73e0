package org.yikatong.servicedesk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.yikatong.servicedesk.application.ComplaintSource;
import org.yikatong.servicedesk.application.ServiceCostSource;
import org.yikatong.servicedesk.domain.complaint.ComplaintRepository;
import org.yikatong.servicedesk.domain.statistics.StatisticsPeriod;

/**
 * Complaints and training costs for the service statistics, read in the statistics request's
 * transaction (whose caller the statistics service has already checked).
 */
@ApplicationScoped
public class FeedbackStatisticsSources implements ComplaintSource, ServiceCostSource {

  @PersistenceContext EntityManager em;
  @Inject ComplaintRepository complaints;

  @Override
  public Map<YearMonth, Long> complaintsPerMonth(StatisticsPeriod period) {
    return complaints.receivedTimesBetween(period.start(), period.end()).stream()
        .collect(
            Collectors.groupingBy(
                at -> YearMonth.from(at.atZone(StatisticsPeriod.ZONE)),
                TreeMap::new,
                Collectors.counting()));
  }

  /** What the training sessions starting in the period cost, per year. */
  @Override
  public List<Cost> costs(StatisticsPeriod period) {
    List<Object[]> sessions =
        em.createQuery(
                "select s.startsAt, s.costFen from TrainingSession s"
                    + " where s.startsAt >= :from and s.startsAt < :to",
                Object[].class)
            .setParameter("from", period.start())
            .setParameter("to", period.end())
            .getResultList();
    return ServiceCostSource.perYear(sessions, CostKind.TRAINING);
  }
}
