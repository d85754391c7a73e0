package org.yikatong.servicedesk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceDeadline;
import org.yikatong.servicedesk.domain.penalty.PenaltyRule;
import org.yikatong.servicedesk.domain.penalty.PenaltyRuleRepository;
import org.yikatong.servicedesk.domain.ticket.SlaEvent;
import org.yikatong.servicedesk.domain.ticket.TicketLevel;

/** {@link PenaltyRuleRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaPenaltyRuleRepository implements PenaltyRuleRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(PenaltyRule rule) {
    em.persist(rule);
  }

  @Override
  public Optional<PenaltyRule> findForTicket(TicketLevel level, SlaEvent.Target target) {
    return em.createQuery(
            "select r from PenaltyRule r where r.level = :l and r.target = :t", PenaltyRule.class)
        .setParameter("l", level)
        .setParameter("t", target)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<PenaltyRule> findForRequest(MaintenanceDeadline deadline) {
    return em.createQuery(
            "select r from PenaltyRule r where r.requestTarget = :d", PenaltyRule.class)
        .setParameter("d", deadline)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<PenaltyRule> findAll() {
    return em.createQuery(
            "select r from PenaltyRule r order by r.requestTarget nulls first, r.level, r.target",
            PenaltyRule.class)
        .getResultList();
  }
}
