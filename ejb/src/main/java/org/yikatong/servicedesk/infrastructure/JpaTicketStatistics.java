package org.yikatong.servicedesk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yikatong.servicedesk.domain.statistics.StatisticsPeriod;
import org.yikatong.servicedesk.domain.ticket.SlaEvent;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;
import org.yikatong.servicedesk.domain.ticket.TicketChannel;
import org.yikatong.servicedesk.domain.ticket.TicketLevel;
import org.yikatong.servicedesk.domain.ticket.TicketStatistics;

/** {@link TicketStatistics} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaTicketStatistics implements TicketStatistics {

  @PersistenceContext private EntityManager em;

  @Override
  public long faultyTerminals(StatisticsPeriod period, Collection<TicketCategory> faults) {
    return em.createQuery(
            "select count(distinct t.terminalCode) from Ticket t where t.terminalCode is not null"
                + " and t.category in :faults and "
                + "t.createdAt >= :start and t.createdAt < :end",
            Long.class)
        .setParameter("start", period.start())
        .setParameter("end", period.end())
        .setParameter("faults", faults)
        .getSingleResult();
  }

  @Override
  public Map<TicketLevel, Long> countByLevel(StatisticsPeriod period) {
    return countBy("t.level", TicketLevel.class, period);
  }

  @Override
  public Map<TicketChannel, Long> countByChannel(StatisticsPeriod period) {
    return countBy("t.channel", TicketChannel.class, period);
  }

  @Override
  public Map<TicketCategory, Long> countByCategory(StatisticsPeriod period) {
    return countBy("t.category", TicketCategory.class, period);
  }

  private <E extends Enum<E>> Map<E, Long> countBy(
      String attribute, Class<E> type, StatisticsPeriod period) {
    Map<E, Long> counts = new HashMap<>();
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
      counts.put(type.cast(row[0]), ((Number) row[1]).longValue());
    }
    return counts;
  }

  @Override
  public TimeSum timeToRespond(StatisticsPeriod period) {
    return timeSum("respondedAt", period);
  }

  @Override
  public TimeSum timeToResolve(StatisticsPeriod period) {
    return timeSum("resolvedAt", period);
  }

  /** The count and sum of (attribute − createdAt) over the tickets of the period that have it. */
  private TimeSum timeSum(String attribute, StatisticsPeriod period) {
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
    return new TimeSum(
        ((Number) row[0]).longValue(), row[1] == null ? null : new BigDecimal(row[1].toString()));
  }

  @Override
  public List<Breaches> breaches(StatisticsPeriod period) {
    return em
        .createQuery(
            "select t.level, e.target, count(distinct t.id) from SlaEvent e join e.ticket t"
                + " where e.kind = :breach and t.createdAt >= :start and t.createdAt < :end"
                + " group by t.level, e.target",
            Object[].class)
        .setParameter("breach", SlaEvent.Kind.BREACH)
        .setParameter("start", period.start())
        .setParameter("end", period.end())
        .getResultList()
        .stream()
        .map(
            row ->
                new Breaches(
                    (TicketLevel) row[0], (SlaEvent.Target) row[1], ((Number) row[2]).longValue()))
        .toList();
  }
}
