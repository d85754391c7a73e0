package org.yikatong.ledger.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import org.yikatong.ledger.domain.Journal;
import org.yikatong.ledger.domain.PaymentChannel;
import org.yikatong.ledger.domain.TopUpOrderRepository;
import org.yikatong.security.domain.Role;

/**
 * Who uses what, counted from the journal and the top-up orders: how far a fault at some terminals
 * or at a payment channel reaches, and how many top-up orders wait for their channel.
 */
@Stateless
@RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK, Role.TECHNICIAN, Role.AUDITOR})
public class UsageCounts {

  @Inject Journal journal;
  @Inject TopUpOrderRepository orders;

  /** Distinct cards that made entries at any of the terminals on the business days [from, to]. */
  public long cardsUsedAt(
      @NotNull Collection<String> terminalCodes, @NotNull LocalDate from, @NotNull LocalDate to) {
    return journal.countCardsAt(terminalCodes, from, to);
  }

  /** Distinct card holders who ordered a top-up through the channel since the instant. */
  public long holdersOfChannel(@NotNull PaymentChannel channel, @NotNull Instant since) {
    return orders.countHolders(channel, since);
  }

  /** Top-up orders of the channel still waiting for payment, created before the instant. */
  public long topUpsWaiting(@NotNull PaymentChannel channel, @NotNull Instant createdBefore) {
    return orders.countWaiting(channel, createdBefore);
  }
}
