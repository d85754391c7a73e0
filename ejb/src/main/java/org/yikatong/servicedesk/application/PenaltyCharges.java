package org.yikatong.servicedesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.yikatong.kernel.domain.Money;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceDeadline;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceRequest;
import org.yikatong.servicedesk.domain.penalty.Penalty;
import org.yikatong.servicedesk.domain.penalty.PenaltyRule;
import org.yikatong.servicedesk.domain.penalty.WarrantyDeposit;
import org.yikatong.servicedesk.domain.ticket.SlaEvent;
import org.yikatong.servicedesk.domain.ticket.Ticket;

/**
 * Charges the penalty a breach calls for, in the caller's transaction: once per ticket (or
 * maintenance request) and rule, out of the warranty deposit (locked), as much as it still holds.
 * Without a registered deposit the claim is still recorded, with nothing deducted.
 */
@ApplicationScoped
public class PenaltyCharges {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * @return the penalty recorded, if the breach calls for one not recorded yet
   */
  public Optional<Penalty> breached(Ticket ticket, SlaEvent.Target target) {
    Optional<PenaltyRule> rule =
        em.createQuery(
                "select r from PenaltyRule r where r.level = :l and r.target = :t",
                PenaltyRule.class)
            .setParameter("l", ticket.getLevel())
            .setParameter("t", target)
            .getResultStream()
            .findFirst();
    return charge(
        rule,
        "p.ticket",
        ticket,
        (r, claimed, deducted, after, at) -> new Penalty(ticket, r, claimed, deducted, after, at));
  }

  /**
   * A custom change request missed a contract deadline (after-sales plan).
   *
   * @return the penalty recorded, if a rule calls for one not recorded yet for this request
   */
  public Optional<Penalty> breached(MaintenanceRequest request, MaintenanceDeadline deadline) {
    if (!request.getKind().isCustomRequest()) {
      return Optional.empty();
    }
    Optional<PenaltyRule> rule =
        em.createQuery("select r from PenaltyRule r where r.requestTarget = :d", PenaltyRule.class)
            .setParameter("d", deadline)
            .getResultStream()
            .findFirst();
    return charge(
        rule,
        "p.request",
        request,
        (r, claimed, deducted, after, at) -> new Penalty(request, r, claimed, deducted, after, at));
  }

  /** How a penalty names what is behind it (a ticket or a request). */
  private interface PenaltyFor {
    Penalty of(
        PenaltyRule rule, Money claimed, Money deducted, Money depositAfter, java.time.Instant at);
  }

  /**
   * Charges the rule's amount once per record and rule: as much as the (locked) deposit holds.
   *
   * @param recordPath the penalty's path to the record, {@code p.ticket} or {@code p.request}
   */
  private Optional<Penalty> charge(
      Optional<PenaltyRule> rule, String recordPath, Object record, PenaltyFor penaltyFor) {
    if (rule.isEmpty()) {
      return Optional.empty();
    }
    boolean charged =
        em.createQuery(
                    "select count(p) from Penalty p where " + recordPath + " = :x and p.rule = :r",
                    Long.class)
                .setParameter("x", record)
                .setParameter("r", rule.get())
                .getSingleResult()
            > 0;
    if (charged) {
      return Optional.empty();
    }
    WarrantyDeposit deposit = lockedDeposit();
    Money claimed = rule.get().getAmount();
    Money deducted = deposit == null ? Money.ZERO : deposit.deduct(claimed);
    Penalty penalty =
        penaltyFor.of(
            rule.get(),
            claimed,
            deducted,
            deposit == null ? null : deposit.getBalance(),
            clock.instant());
    em.persist(penalty);
    return Optional.of(penalty);
  }

  private WarrantyDeposit lockedDeposit() {
    return em.find(
        WarrantyDeposit.class, WarrantyDeposit.THE_DEPOSIT, LockModeType.PESSIMISTIC_WRITE);
  }
}
