package org.yikatong.ledger.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.yikatong.card.domain.Card;
import org.yikatong.card.domain.CardHolder;
import org.yikatong.card.domain.CardHolderRepository;
import org.yikatong.card.domain.CardRepository;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.Money;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.domain.Account;
import org.yikatong.ledger.domain.AccountRepository;
import org.yikatong.ledger.domain.AccountType;
import org.yikatong.ledger.domain.EntryDraft;
import org.yikatong.ledger.domain.EntryKind;
import org.yikatong.ledger.domain.Journal;
import org.yikatong.ledger.domain.Posting;
import org.yikatong.ledger.domain.RequestHash;
import org.yikatong.security.application.Audited;
import org.yikatong.security.application.UserAccounts;
import org.yikatong.security.application.UserAccounts.IssuedPassword;
import org.yikatong.security.domain.Role;

/**
 * Registers card holders. One call is one JTA transaction: the holder, the card, the purses, any
 * opening balance and the holder's login (by holder number, without a password until the helpdesk
 * issues one) are stored together or not at all.
 */
@Stateless
@RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK})
@Audited
public class CardHolderRegistry {

  @Inject CardHolderRepository holders;
  @Inject CardRepository cards;
  @Inject AccountRepository accounts;
  @Inject Journal journal;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject UserAccounts userAccounts;

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
    holder.setGroup(request.group());
    holders.add(holder);
    userAccounts.openCardHolderLogin(holder.getHolderNo(), holder.getFullName());
    Account purse = Account.purseOf(holder, now);
    accounts.add(purse);
    accounts.add(Account.subsidyOf(holder, now));
    Card card = null;
    if (request.cardSerialNo() != null) {
      if (request.cardExpiresOn() == null) {
        throw RequestRefusedException.invalid("A card needs its expiry date");
      }
      card = new Card(request.cardSerialNo(), holder, now, request.cardExpiresOn());
      cards.add(card);
    }
    if (request.openingBalanceFen() > 0) {
      // A balance carried over from the previous card system, posted like any other movement.
      Money opening = Money.ofFen(request.openingBalanceFen());
      journal.post(
          EntryDraft.builder(
                  EntryKind.OPENING_BALANCE,
                  "OPENING:" + purse.getAccountNo(),
                  RequestHash.of("OPENING", purse.getAccountNo(), opening.fen()))
              .amount(opening)
              .description("期初余额")
              .postedBy(caller.name())
              .card(card)
              .line(accounts.system(AccountType.OPENING_BALANCE), opening.negate())
              .line(purse, opening)
              .build());
    }
    return holder;
  }

  /**
   * Issues the holder's first or a new login password, to be changed at the first login; the
   * helpdesk hands it over in person.
   */
  public IssuedPassword issueLoginPassword(@NotBlank String holderNo) {
    CardHolder holder =
        holders
            .findByHolderNo(holderNo)
            .orElseThrow(() -> RequestRefusedException.notFound("No card holder " + holderNo));
    return userAccounts.issueCardHolderPassword(holder.getHolderNo(), holder.getFullName());
  }

  /** A holder with balances and cards, as the helpdesk sees them. */
  public record HolderDetails(
      CardHolder holder,
      Money purse,
      Money subsidy,
      List<Card> cards,
      String purseAccountNo,
      String subsidyAccountNo) {}

  /** The latest postings of one of a holder's purses, newest first, at most {@code max}. */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK, Role.FINANCE, Role.AUDITOR})
  public List<Posting> listPurseHistory(@NotBlank String holderNo, boolean subsidy, int max) {
    CardHolder holder =
        holders
            .findByHolderNo(holderNo)
            .orElseThrow(() -> RequestRefusedException.notFound("No card holder " + holderNo));
    return accounts
        .findOf(holder, subsidy ? AccountType.CARDHOLDER_SUBSIDY : AccountType.CARDHOLDER_PURSE)
        .map(a -> journal.postingsOf(a, 0, Math.min(Math.max(1, max), 100)))
        .orElse(List.of());
  }

  /**
   * Holders found by what the counter is told: a card number or serial (the card's holder), the
   * start of a holder number, or part of a name; at most {@code max}, by holder number.
   */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK, Role.FINANCE, Role.AUDITOR})
  public List<CardHolder> search(String text, int max) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      return List.of();
    }
    int limit = Math.min(Math.max(1, max), 200);
    java.util.LinkedHashMap<String, CardHolder> found = new java.util.LinkedHashMap<>();
    cards
        .findByNumber(t)
        .or(() -> cards.findBySerial(t))
        .ifPresent(c -> found.put(c.getHolder().getHolderNo(), c.getHolder()));
    for (CardHolder h : holders.search(t, limit)) {
      found.putIfAbsent(h.getHolderNo(), h);
    }
    return found.values().stream().limit(limit).toList();
  }

  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK, Role.FINANCE, Role.AUDITOR})
  public HolderDetails details(@NotBlank String holderNo) {
    CardHolder holder =
        holders
            .findByHolderNo(holderNo)
            .orElseThrow(() -> RequestRefusedException.notFound("No card holder " + holderNo));
    return new HolderDetails(
        holder,
        accounts
            .findOf(holder, AccountType.CARDHOLDER_PURSE)
            .map(Account::getBalance)
            .orElse(Money.ZERO),
        accounts
            .findOf(holder, AccountType.CARDHOLDER_SUBSIDY)
            .map(Account::getBalance)
            .orElse(Money.ZERO),
        cards.findByHolder(holder),
        accounts
            .findOf(holder, AccountType.CARDHOLDER_PURSE)
            .map(Account::getAccountNo)
            .orElse(null),
        accounts
            .findOf(holder, AccountType.CARDHOLDER_SUBSIDY)
            .map(Account::getAccountNo)
            .orElse(null));
  }
}
