package org.yikatong.servicedesk.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.yikatong.kernel.domain.Money;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.Role;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceDeadline;
import org.yikatong.servicedesk.domain.penalty.Penalty;
import org.yikatong.servicedesk.domain.penalty.PenaltyRepository;
import org.yikatong.servicedesk.domain.penalty.PenaltyRule;
import org.yikatong.servicedesk.domain.penalty.PenaltyRuleRepository;
import org.yikatong.servicedesk.domain.penalty.WarrantyDeposit;
import org.yikatong.servicedesk.domain.penalty.WarrantyDepositRepository;
import org.yikatong.servicedesk.domain.ticket.SlaEvent;
import org.yikatong.servicedesk.domain.ticket.TicketLevel;

/**
 * The penalty register both sides read (the university's finance and auditors, the vendor's
 * helpdesk), the warranty deposit, and the penalty rules.
 */
@Stateless
@RolesAllowed({
  Role.ADMINISTRATOR,
  Role.FINANCE,
  Role.FINANCE_APPROVER,
  Role.AUDITOR,
  Role.HELPDESK
})
public class PenaltyRegister {

  @Inject PenaltyRepository penalties;
  @Inject PenaltyRuleRepository penaltyRules;
  @Inject WarrantyDepositRepository deposits;

  /** Every penalty, newest first. */
  public List<Penalty> register() {
    return penalties.newestFirst(1000);
  }

  public Optional<WarrantyDeposit> deposit() {
    return deposits.find();
  }

  /** Registers the contract's warranty deposit, once. */
  @RolesAllowed({Role.ADMINISTRATOR, Role.FINANCE})
  @Audited
  public WarrantyDeposit registerDeposit(long initialFen) {
    if (deposit().isPresent()) {
      throw RequestRefusedException.conflict("The warranty deposit is registered already");
    }
    if (initialFen <= 0) {
      throw RequestRefusedException.invalid("A deposit is more than zero");
    }
    WarrantyDeposit deposit = new WarrantyDeposit(Money.ofFen(initialFen));
    deposits.add(deposit);
    return deposit;
  }

  public List<PenaltyRule> rules() {
    return penaltyRules.findAll();
  }

  /**
   * Sets what missing a deadline of custom change requests costs, adding the rule if there is none
   * (seeded: {@link MaintenanceDeadline#ANSWER}, 300 CNY (after-sales plan)).
   */
  @RolesAllowed(Role.ADMINISTRATOR)
  @Audited
  public PenaltyRule setRequestRule(
      @NotNull MaintenanceDeadline deadline, long amountFen, @NotBlank String description) {
    if (amountFen <= 0) {
      throw RequestRefusedException.invalid("A penalty is more than zero");
    }
    Optional<PenaltyRule> existing =
        rules().stream().filter(r -> r.getRequestTarget() == deadline).findFirst();
    if (existing.isPresent()) {
      existing.get().change(Money.ofFen(amountFen), description);
      return existing.get();
    }
    PenaltyRule rule = new PenaltyRule(deadline, Money.ofFen(amountFen), description);
    penaltyRules.add(rule);
    return rule;
  }

  /** Sets what a breach of a target at a level costs, adding the rule if there is none. */
  @RolesAllowed(Role.ADMINISTRATOR)
  @Audited
  public PenaltyRule setRule(
      @NotNull TicketLevel level,
      @NotNull SlaEvent.Target target,
      long amountFen,
      @NotBlank String description) {
    if (amountFen <= 0) {
      throw RequestRefusedException.invalid("A penalty is more than zero");
    }
    Optional<PenaltyRule> existing =
        rules().stream()
            .filter(r -> !r.isForRequests() && r.getLevel() == level && r.getTarget() == target)
            .findFirst();
    if (existing.isPresent()) {
      existing.get().change(Money.ofFen(amountFen), description);
      return existing.get();
    }
    PenaltyRule rule = new PenaltyRule(level, target, Money.ofFen(amountFen), description);
    penaltyRules.add(rule);
    return rule;
  }
}
