package org.yikatong.servicedesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.yikatong.kernel.domain.Money;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceDeadline;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceRequest;
import org.yikatong.servicedesk.domain.penalty.Penalty;
import org.yikatong.servicedesk.domain.penalty.PenaltyRepository;
import org.yikatong.servicedesk.domain.penalty.PenaltyRule;
import org.yikatong.servicedesk.domain.penalty.PenaltyRuleRepository;
import org.yikatong.servicedesk.domain.penalty.WarrantyDeposit;
import org.yikatong.servicedesk.domain.penalty.WarrantyDepositRepository;
import org.yikatong.servicedesk.domain.ticket.ResponsibleParty;
import org.yikatong.servicedesk.domain.ticket.SlaEvent;
import org.yikatong.servicedesk.domain.ticket.Ticket;

/**
 * Charges the penalty a breach calls for, in the caller's transaction: once per ticket (or
 * maintenance request) and rule, out of the warranty deposit (locked), as much as it still holds.
 * Without a registered deposit the claim is still recorded, with nothing deducted.
 *
 * <p>Only a vendor's fault is charged: a ticket the university's own IT (or a card holder) answers
 * for has its breach recorded as not charged. When the helpdesk puts a ticket on the university
 * after its breach was charged, the charge is reversed with the helpdesk's reason and its deduction
 * goes back into the deposit, in the transaction of the change.
 */
@ApplicationScoped
public class PenaltyCharges {

  @Inject PenaltyRuleRepository rules;
  @Inject PenaltyRepository penalties;
  @Inject WarrantyDepositRepository deposits;
  @Inject Clock clock;

  /**
   * @return the penalty recorded, if the breach calls for one not recorded yet
   */
  public Optional<Penalty> breached(Ticket ticket, SlaEvent.Target target) {
    Optional<PenaltyRule> rule = rules.findForTicket(ticket.getLevel(), target);
    ResponsibleParty party = ticket.getResponsibleParty();
    if (party != null && !party.isVendor()) {
      if (rule.isEmpty() || penalties.isCharged(ticket, rule.get())) {
        return Optional.empty();
      }
      Penalty recorded =
          Penalty.notCharged(
              ticket,
              rule.get(),
              party,
              "not charged: "
                  + party
                  + " answers for the fault ("
                  + ticket.getResponsibilityNote()
                  + ")",
              clock.instant());
      penalties.add(recorded);
      return Optional.of(recorded);
    }
    Optional<Penalty> charged =
        charge(
            rule,
            r -> penalties.isCharged(ticket, r),
            (r, claimed, deducted, after, at) ->
                new Penalty(ticket, r, claimed, deducted, after, at));
    charged.ifPresent(p -> p.heldOn(party));
    return charged;
  }

  /**
   * A ticket was put on another party: when that party is not a vendor, the charged penalties of
   * the ticket are reversed with the reason, and what they deducted goes back into the deposit.
   */
  void responsibilityChanged(@Observes TicketResponsibilityChanged change) {
    if (change.after() == null || change.after().isVendor()) {
      return;
    }
    List<Penalty> charged = penalties.chargedForTicket(change.ticketNo());
    if (charged.isEmpty()) {
      return;
    }
    Optional<WarrantyDeposit> deposit = deposits.lock();
    String reason = "put on " + change.after() + ": " + change.reason();
    for (Penalty p : charged) {
      Money back = p.reverse(reason, change.at(), change.by());
      deposit.ifPresent(d -> d.refund(back));
    }
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
    return charge(
        rules.findForRequest(deadline),
        r -> penalties.isCharged(request, r),
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
   * @param charged whether the rule's penalty is recorded for the ticket or request already
   */
  private Optional<Penalty> charge(
      Optional<PenaltyRule> rule, Predicate<PenaltyRule> charged, PenaltyFor penaltyFor) {
    if (rule.isEmpty() || charged.test(rule.get())) {
      return Optional.empty();
    }
    WarrantyDeposit deposit = deposits.lock().orElse(null);
    Money claimed = rule.get().getAmount();
    Money deducted = deposit == null ? Money.ZERO : deposit.deduct(claimed);
    Penalty penalty =
        penaltyFor.of(
            rule.get(),
            claimed,
            deducted,
            deposit == null ? null : deposit.getBalance(),
            clock.instant());
    penalties.add(penalty);
    return Optional.of(penalty);
  }
}
