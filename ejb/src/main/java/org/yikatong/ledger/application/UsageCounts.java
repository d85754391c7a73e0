package org.yikatong.ledger.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
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

  /**
   * How many distinct cards were used at any of these terminals (payments, top-ups, refunds) since
   * an instant: the card holders an outage of those terminals reaches.
   */
  public long cardsUsedAt(@NotNull Collection<String> terminalCodes, @NotNull Instant since) {
    return terminalCodes.isEmpty() ? 0 : journal.cardsAt(terminalCodes, since).size();
  }

  /**
   * How many distinct cards were topped up online through a channel since an instant: the card
   * holders an outage of the channel reaches.
   */
  public long cardsToppedUpThrough(@NotNull PaymentChannel channel, @NotNull Instant since) {
    return journal.cardsToppedUpOnline(channel, since).size();
  }

  /** Top-up orders of the channel still waiting for payment, created before the instant. */
  public long topUpsWaiting(@NotNull PaymentChannel channel, @NotNull Instant createdBefore) {
    return orders.countWaiting(channel, createdBefore);
  }
}
