package org.yikatong.card.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import org.yikatong.card.domain.Card;
import org.yikatong.card.domain.CardHolder;
import org.yikatong.card.domain.CardHolderRepository;
import org.yikatong.card.domain.CardRepository;
import org.yikatong.ledger.domain.Account;
import org.yikatong.ledger.domain.AccountRepository;
import org.yikatong.ledger.domain.Money;
import org.yikatong.security.domain.Role;

/**
 * Registers card holders. One call is one JTA transaction: the holder, the card and the purse are
 * stored together or not at all.
 */
@Stateless
@RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK})
public class CardHolderRegistry {

  @Inject CardHolderRepository holders;
  @Inject CardRepository cards;
  @Inject AccountRepository accounts;
  @Inject Clock clock;

  /**
   * Registers a holder with the first card and a main purse.
   *
   * @return the stored holder
   * @throws jakarta.ejb.EJBException wrapping a persistence error when the holder number or the
   *     card serial is already taken; nothing is stored then
   */
  public CardHolder register(@NotNull @Valid NewCardHolder request) {
    Instant now = clock.instant();
    CardHolder holder =
        new CardHolder(
            request.holderNo(), request.fullName(), request.type(), request.department(), now);
    holders.add(holder);
    accounts.add(
        Account.purseOf(
            holder, "P" + request.holderNo(), Money.ofFen(request.openingBalanceFen()), now));
    cards.add(new Card(request.cardSerialNo(), holder, now, request.cardExpiresOn()));
    return holder;
  }
}
