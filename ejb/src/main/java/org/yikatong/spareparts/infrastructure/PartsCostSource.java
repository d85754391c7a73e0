package org.yikatong.spareparts.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.yikatong.servicedesk.application.ServiceCostSource;
import org.yikatong.servicedesk.domain.statistics.StatisticsPeriod;
import org.yikatong.spareparts.domain.StockMovement;

/**
 * The hardware cost of repairs for the service statistics: the parts withdrawn in the period, at
 * the unit cost recorded on each withdrawal, per year.
 */
@ApplicationScoped
public class PartsCostSource implements ServiceCostSource {

  @PersistenceContext EntityManager em;

  @Override
  public List<Cost> costs(StatisticsPeriod period) {
    List<Object[]> withdrawals =
        em.createQuery(
                "select m.movedAt, m.unitCostFen * m.quantity from StockMovement m"
                    + " where m.kind = :kind and m.movedAt >= :from and m.movedAt < :to",
                Object[].class)
            .setParameter("kind", StockMovement.Kind.WITHDRAW)
            .setParameter("from", period.start())
            .setParameter("to", period.end())
            .getResultList();
    return ServiceCostSource.perYear(withdrawals, CostKind.HARDWARE);
  }
}
