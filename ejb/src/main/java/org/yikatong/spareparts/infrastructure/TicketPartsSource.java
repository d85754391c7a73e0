package org.yikatong.spareparts.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.yikatong.servicedesk.application.RepairPartsSource;
import org.yikatong.spareparts.domain.StockMovement;

/**
 * The parts a repair used, for the service desk's repair charges: the withdrawals for the ticket,
 * each at the unit cost recorded when it was taken.
 */
@ApplicationScoped
public class TicketPartsSource implements RepairPartsSource {

  @PersistenceContext EntityManager em;

  @Override
  public List<UsedPart> usedFor(long ticketId) {
    return em
        .createQuery(
            "select m from StockMovement m join fetch m.part"
                + " where m.kind = :kind and m.ticketId = :ticket order by m.id",
            StockMovement.class)
        .setParameter("kind", StockMovement.Kind.WITHDRAW)
        .setParameter("ticket", ticketId)
        .getResultList()
        .stream()
        .map(
            m ->
                new UsedPart(
                    m.getPart().getCode(),
                    m.getPart().getName(),
                    m.getQuantity(),
                    m.getUnitCostFen()))
        .toList();
  }
}
