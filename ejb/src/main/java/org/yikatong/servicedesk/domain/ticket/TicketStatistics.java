package org.yikatong.servicedesk.domain.ticket;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.yikatong.servicedesk.domain.statistics.StatisticsPeriod;

/** Aggregate figures over the tickets opened in a period, each one query. */
public interface TicketStatistics {

  /** How many distinct terminals had a ticket in one of these categories. */
  long faultyTerminals(StatisticsPeriod period, Collection<TicketCategory> faults);

  /** Tickets per level; a level without tickets is left out. */
  Map<TicketLevel, Long> countByLevel(StatisticsPeriod period);

  /** Tickets per channel; a channel without tickets is left out. */
  Map<TicketChannel, Long> countByChannel(StatisticsPeriod period);

  /** Tickets per category; a category without tickets is left out. */
  Map<TicketCategory, Long> countByCategory(StatisticsPeriod period);

  /** The time from opening to the first response, over the tickets responded to. */
  TimeSum timeToRespond(StatisticsPeriod period);

  /** The time from opening to resolution, over the tickets resolved. */
  TimeSum timeToResolve(StatisticsPeriod period);

  /** How many tickets breached each target, per level; pairs without breaches are left out. */
  List<Breaches> breaches(StatisticsPeriod period);

  /**
   * A time summed over tickets.
   *
   * @param seconds the sum, null when there are no tickets
   */
  record TimeSum(long tickets, BigDecimal seconds) {}

  /** The tickets of a level that breached a target. */
  record Breaches(TicketLevel level, SlaEvent.Target target, long tickets) {}
}
