package org.yikatong.card.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.yikatong.card.domain.Card;
import org.yikatong.card.domain.CardListChange;
import org.yikatong.card.domain.CardRepository;
import org.yikatong.card.domain.CardStatus;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.Money;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.security.application.AuditTrail;
import org.yikatong.security.application.Audited;
import org.yikatong.security.application.CallerRoles;
import org.yikatong.security.application.PasswordHasher;
import org.yikatong.security.domain.Role;

/**
 * The card lifecycle without money: report loss, found, freeze, unfreeze, PIN and limits. Each step
 * is one JTA transaction that locks the card first, and every change of a card's validity records a
 * blacklist change for the terminals. A step the card's state does not allow is refused (409) and
 * changes nothing. A card holder reaches only their own cards (another's answers 404 and stays as
 * it was). The steps that move money (issue with deposit, replace with a fee, cancel with a refund)
 * are the ledger's {@code CardCounter}.
 */
@Stateless
@RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
@Audited
public class CardLifecycle {

  @Inject CardRepository cards;
  @Inject PasswordHasher hasher;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject CardListChanges listChanges;
  @Inject AuditTrail audit;
  @Resource SessionContext session;

  /** Reports a card lost: it is refused everywhere from this moment. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.CARDHOLDER})
  public Card reportLoss(@NotBlank String serialNo) {
    return change(serialNo, Card::reportLost);
  }

  public Card found(@NotBlank String serialNo) {
    return change(serialNo, Card::found);
  }

  public Card freeze(@NotBlank String serialNo) {
    return change(serialNo, Card::freeze);
  }

  public Card unfreeze(@NotBlank String serialNo) {
    return change(serialNo, Card::unfreeze);
  }

  /** Sets a new PIN, which also unlocks a card locked by wrong PINs. */
  public Card setPin(@NotBlank String serialNo, String pin) {
    // Checked here rather than by a constraint: a refused constraint is logged with its arguments.
    if (pin == null || !pin.matches("\\d{6}")) {
      throw RequestRefusedException.invalid("A PIN is six digits");
    }
    Card card = lock(serialNo);
    card.setPinHash(hasher.hash(pin.toCharArray()));
    return card;
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.CARDHOLDER})
  public Card setLimits(
      @NotBlank String serialNo, @PositiveOrZero long noPinLimitFen, long dailyLimitFen) {
    Card card = lock(serialNo);
    String before = limits(card);
    try {
      card.setLimits(Money.ofFen(noPinLimitFen), Money.ofFen(dailyLimitFen));
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
    audit.describe(before, limits(card));
    return card;
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.FINANCE, Role.AUDITOR})
  public Card find(@NotBlank String serialNo) {
    return cards
        .findBySerial(serialNo)
        .orElseThrow(() -> RequestRefusedException.notFound("No card " + serialNo));
  }

  /** Blacklist changes after {@code afterId}, oldest first: what terminals apply in order. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.GATEWAY, Role.TECHNICIAN, Role.AUDITOR})
  public List<CardListChange> listChangesAfter(long afterId, int max) {
    return cards.listChangesAfter(afterId, Math.min(Math.max(1, max), 1000));
  }

  private static String limits(Card card) {
    return "noPin " + card.getNoPinLimit() + ", daily " + card.getDailyLimit();
  }

  private Card change(String serialNo, java.util.function.BiConsumer<Card, Instant> step) {
    Card card = lock(serialNo);
    Instant now = clock.instant();
    CardStatus before = card.getStatus();
    try {
      step.accept(card, now);
    } catch (IllegalStateException e) {
      throw RequestRefusedException.conflict(e.getMessage());
    }
    audit.describe(before, card.getStatus());
    listChanges.record(card, now);
    return card;
  }

  private Card lock(String serialNo) {
    return cards
        .lockBySerial(serialNo)
        .filter(this::reachable)
        .orElseThrow(() -> RequestRefusedException.notFound("No card " + serialNo));
  }

  /**
   * A card holder acting for themselves (self-service: report loss, limits) reaches only their own
   * cards; to them, another holder's card does not exist. Staff reach every card.
   */
  private boolean reachable(Card card) {
    return !CallerRoles.isCardHolderOnly(session)
        || card.getHolder().getHolderNo().equals(caller.name());
  }
}
