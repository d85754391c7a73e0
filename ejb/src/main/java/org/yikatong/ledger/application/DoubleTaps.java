package org.yikatong.ledger.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.util.List;
import org.yikatong.card.domain.CardHolder;
import org.yikatong.card.domain.CardHolderRepository;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.domain.DoubleTap;
import org.yikatong.ledger.domain.DoubleTapRepository;
import org.yikatong.ledger.domain.JournalEntry;
import org.yikatong.security.application.AuditTrail;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.Role;

/**
 * Suspected double taps: the card holder confirms or disputes them; staff uphold a dispute (the
 * later payment is refunded in full through {@link Refunds}) or reject it. A card holder only ever
 * sees and touches their own.
 */
@Stateless
public class DoubleTaps {

  @Inject DoubleTapRepository doubleTaps;
  @Inject CardHolderRepository holders;
  @Inject Refunds refunds;
  @Inject jakarta.enterprise.event.Event<PaymentDisputed> disputes;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject AuditTrail audit;

  @RolesAllowed(Role.CARDHOLDER)
  public List<DoubleTap> mine() {
    return doubleTaps.findByHolder(me());
  }

  @RolesAllowed(Role.CARDHOLDER)
  @Audited
  public DoubleTap confirm(long id) {
    DoubleTap tap = mine(id);
    move(() -> tap.confirm(caller.name(), clock.instant()));
    return tap;
  }

  /**
   * The card holder disputes a suspected double tap: it goes to finance, and {@link
   * PaymentDisputed} tells whoever follows disputes (the service desk opens a ticket the holder can
   * follow) in the same transaction.
   */
  @RolesAllowed(Role.CARDHOLDER)
  @Audited
  public DoubleTap dispute(long id) {
    DoubleTap tap = mine(id);
    move(() -> tap.dispute(caller.name(), clock.instant()));
    CardHolder me = me();
    disputes.fire(
        new PaymentDisputed(
            tap.getEntry().getId(),
            tap.getEarlierEntry().getId(),
            tap.getEntry().getAmount(),
            tap.getEntry().getTerminalCode(),
            me.getHolderNo(),
            me.getFullName()));
    return tap;
  }

  @RolesAllowed({Role.FINANCE, Role.HELPDESK, Role.ADMINISTRATOR, Role.AUDITOR})
  public List<DoubleTap> inStatus(DoubleTap.Status status) {
    return doubleTaps.findByStatus(status, 500);
  }

  /** Upholds a dispute: refunds the later payment in full. */
  @RolesAllowed({Role.FINANCE, Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public DoubleTap uphold(long id) {
    DoubleTap tap = find(id);
    if (tap.getStatus() != DoubleTap.Status.DISPUTED) {
      throw RequestRefusedException.conflict("Double tap " + id + " is " + tap.getStatus());
    }
    JournalEntry payment = tap.getEntry();
    JournalEntry refund =
        refunds.refund(
            "DOUBLE-TAP-" + id, payment.getId(), payment.getAmount().fen(), "重复刷卡 " + id);
    tap.refunded(refund, caller.name(), clock.instant());
    audit.describe(DoubleTap.Status.DISPUTED, tap.getStatus());
    return tap;
  }

  @RolesAllowed({Role.FINANCE, Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public DoubleTap reject(long id) {
    DoubleTap tap = find(id);
    DoubleTap.Status before = tap.getStatus();
    move(() -> tap.reject(caller.name(), clock.instant()));
    audit.describe(before, tap.getStatus());
    return tap;
  }

  private DoubleTap mine(long id) {
    DoubleTap tap = find(id);
    if (!tap.getCard().getHolder().getId().equals(me().getId())) {
      throw RequestRefusedException.notFound("No double tap " + id); // not theirs: not there
    }
    return tap;
  }

  private DoubleTap find(long id) {
    return doubleTaps
        .find(id)
        .orElseThrow(() -> RequestRefusedException.notFound("No double tap " + id));
  }

  private CardHolder me() {
    return holders
        .findByHolderNo(caller.name())
        .orElseThrow(() -> RequestRefusedException.notFound("No card holder " + caller.name()));
  }

  private static void move(Runnable step) {
    try {
      step.run();
    } catch (IllegalStateException e) {
      throw RequestRefusedException.conflict(e.getMessage());
    }
  }

  /** For views: the status of a holder's taps, by holder number, for staff. */
  @RolesAllowed({Role.FINANCE, Role.HELPDESK, Role.ADMINISTRATOR, Role.AUDITOR})
  public List<DoubleTap> ofHolder(@NotBlank String holderNo) {
    return doubleTaps.findByHolder(
        holders
            .findByHolderNo(holderNo)
            .orElseThrow(() -> RequestRefusedException.notFound("No card holder " + holderNo)));
  }
}
