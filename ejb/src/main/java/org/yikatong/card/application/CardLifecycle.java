package org.yikatong.card.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.yikatong.card.domain.Card;
import org.yikatong.card.domain.CardHolder;
import org.yikatong.card.domain.CardHolderRepository;
import org.yikatong.card.domain.CardListChange;
import org.yikatong.card.domain.CardRepository;
import org.yikatong.card.domain.CardStatus;
import org.yikatong.ledger.domain.Account;
import org.yikatong.ledger.domain.AccountRepository;
import org.yikatong.ledger.domain.AccountType;
import org.yikatong.ledger.domain.EntryDraft;
import org.yikatong.ledger.domain.EntryKind;
import org.yikatong.ledger.domain.Journal;
import org.yikatong.ledger.domain.JournalEntry;
import org.yikatong.ledger.domain.Money;
import org.yikatong.ledger.domain.RequestHash;
import org.yikatong.platform.application.Caller;
import org.yikatong.platform.domain.RequestRefusedException;
import org.yikatong.security.application.PasswordHasher;
import org.yikatong.security.domain.Role;
import org.yikatong.terminal.application.CommandQueue;

/**
 * The card lifecycle: issue with deposit, report loss, found, freeze, unfreeze, replace, cancel.
 * Each step is one JTA transaction that locks the card first; its money (deposit, fee, refund)
 * posts in the same transaction, and every change of a card's validity records a blacklist change
 * for the terminals. A step the card's state does not allow is refused (409) and changes nothing.
 */
@Stateless
@RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
public class CardLifecycle {

  /** A card to issue to a known holder. */
  public record IssueCard(
      @NotBlank String holderNo,
      @NotBlank @Pattern(regexp = "[A-Za-z0-9]{4,32}") String cardSerialNo,
      @NotNull java.time.LocalDate expiresOn,
      @PositiveOrZero long depositFen,
      @Pattern(regexp = "\\d{6}") String pin) {}

  @Inject CardRepository cards;
  @Inject CardHolderRepository holders;
  @Inject AccountRepository accounts;
  @Inject Journal journal;
  @Inject PasswordHasher hasher;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject CommandQueue terminalCommands;

  /** Issues a card with its deposit; the holder may have no other card in use. */
  public Card issue(@NotNull @Valid IssueCard request) {
    CardHolder holder =
        holders
            .findByHolderNo(request.holderNo())
            .orElseThrow(
                () -> RequestRefusedException.notFound("No card holder " + request.holderNo()));
    if (cards.findBySerial(request.cardSerialNo()).isPresent()) {
      throw RequestRefusedException.conflict("Card " + request.cardSerialNo() + " exists");
    }
    for (Card other : cards.findByHolder(holder)) {
      if (inUse(other)) {
        throw RequestRefusedException.conflict(
            "Holder " + holder.getHolderNo() + " already has card " + other.getSerialNo());
      }
    }
    Instant now = clock.instant();
    if (!request.expiresOn().isAfter(org.yikatong.ledger.domain.BusinessDay.of(now))) {
      throw RequestRefusedException.invalid("Expiry must be in the future: " + request.expiresOn());
    }
    Card card = new Card(request.cardSerialNo(), holder, now, request.expiresOn());
    if (request.pin() != null) {
      card.setPinHash(hasher.hash(request.pin().toCharArray()));
    }
    Money deposit = Money.ofFen(request.depositFen());
    card.depositPaid(deposit);
    cards.add(card);
    purse(holder); // refuses a closed account
    if (deposit.fen() > 0) {
      journal.post(
          EntryDraft.builder(
                  EntryKind.DEPOSIT,
                  "DEPOSIT:" + card.getSerialNo(),
                  RequestHash.of("DEPOSIT", card.getSerialNo(), deposit.fen()))
              .amount(deposit)
              .description("押金 " + card.getSerialNo())
              .postedBy(caller.name())
              .card(card)
              .line(accounts.system(AccountType.CLEARING_CASH), deposit.negate())
              .line(accounts.system(AccountType.DEPOSITS), deposit)
              .build());
    }
    return card;
  }

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
  public Card setPin(@NotBlank String serialNo, @NotNull @Pattern(regexp = "\\d{6}") String pin) {
    Card card = lock(serialNo);
    card.setPinHash(hasher.hash(pin.toCharArray()));
    return card;
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.CARDHOLDER})
  public Card setLimits(
      @NotBlank String serialNo, @PositiveOrZero long noPinLimitFen, long dailyLimitFen) {
    Card card = lock(serialNo);
    try {
      card.setLimits(Money.ofFen(noPinLimitFen), Money.ofFen(dailyLimitFen));
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
    return card;
  }

  /**
   * Replaces a card by a new one: same holder, same purses and balance, the deposit carried over,
   * the old card refused from now on; a replacement fee comes out of the main purse.
   */
  public Card replace(
      @NotBlank String oldSerialNo,
      @NotBlank @Pattern(regexp = "[A-Za-z0-9]{4,32}") String newSerialNo,
      @NotNull java.time.LocalDate expiresOn,
      @PositiveOrZero long feeFen) {
    Card old = lock(oldSerialNo);
    if (cards.findBySerial(newSerialNo).isPresent()) {
      throw RequestRefusedException.conflict("Card " + newSerialNo + " exists");
    }
    Instant now = clock.instant();
    Card successor = new Card(newSerialNo, old.getHolder(), now, expiresOn);
    successor.setLimits(old.getNoPinLimit(), old.getDailyLimit());
    if (old.getPinHash() != null) {
      successor.setPinHash(old.getPinHash());
    }
    cards.add(successor);
    try {
      old.replaceBy(successor, now);
    } catch (IllegalStateException e) {
      throw RequestRefusedException.conflict(e.getMessage());
    }
    listChanged(new CardListChange(old, now, caller.name()), old);
    Money fee = Money.ofFen(feeFen);
    if (fee.fen() > 0) {
      Account purse = purse(old.getHolder());
      accounts.lock(List.of(purse));
      if (purse.getBalance().compareTo(fee) < 0) {
        throw RequestRefusedException.conflict(
            "The purse holds " + purse.getBalance() + ", less than the fee " + fee);
      }
      journal.post(
          EntryDraft.builder(
                  EntryKind.FEE,
                  "REPLACE:" + old.getSerialNo(),
                  RequestHash.of("REPLACE", old.getSerialNo(), newSerialNo, fee.fen()))
              .amount(fee)
              .description("补卡工本费 " + newSerialNo)
              .postedBy(caller.name())
              .card(successor)
              .line(purse, fee.negate())
              .line(accounts.system(AccountType.FEES), fee)
              .build());
    }
    return successor;
  }

  /**
   * Cancels a card for good and closes the holder's accounts: the subsidy rest returns to the
   * funding account, the main purse minus the fee and the deposit are paid out in cash. A purse
   * below zero (an offline overdraft) must be settled first.
   *
   * @return the cancel entry, or null when there was no money to move
   */
  public JournalEntry cancel(@NotBlank String serialNo, @PositiveOrZero long feeFen) {
    Card card = lock(serialNo);
    Instant now = clock.instant();
    try {
      card.cancel(now);
    } catch (IllegalStateException e) {
      throw RequestRefusedException.conflict(e.getMessage());
    }
    listChanged(new CardListChange(card, now, caller.name()), card);
    CardHolder holder = card.getHolder();
    Account purse = purse(holder);
    Account subsidy = accounts.findOf(holder, AccountType.CARDHOLDER_SUBSIDY).orElse(null);
    accounts.lock(subsidy == null ? List.of(purse) : List.of(purse, subsidy));
    Money main = purse.getBalance();
    if (main.isNegative()) {
      throw RequestRefusedException.conflict(
          "The purse is overdrawn by " + main.negate() + "; settle it before cancelling");
    }
    Money rest = subsidy == null ? Money.ZERO : subsidy.getBalance();
    Money fee = Money.ofFen(Math.min(feeFen, main.fen()));
    Money deposit = card.getDeposit();
    Money paidOut = main.minus(fee).plus(deposit);
    EntryDraft.Builder draft =
        EntryDraft.builder(
                EntryKind.CANCEL_REFUND,
                "CANCEL:" + card.getSerialNo(),
                RequestHash.of("CANCEL", card.getSerialNo(), feeFen))
            .amount(paidOut)
            .description("销户退款 " + card.getSerialNo())
            .postedBy(caller.name())
            .card(card)
            .line(purse, main.negate())
            .line(accounts.system(AccountType.FEES), fee)
            .line(accounts.system(AccountType.DEPOSITS), deposit.negate())
            .line(accounts.system(AccountType.CLEARING_CASH), paidOut);
    if (subsidy != null) {
      draft.line(subsidy, rest.negate()).line(accounts.system(AccountType.SUBSIDY_FUNDING), rest);
    }
    boolean moneyToMove = main.fen() != 0 || deposit.fen() != 0 || rest.fen() != 0;
    JournalEntry entry = moneyToMove ? journal.post(draft.build()) : null;
    boolean otherCardInUse =
        cards.findByHolder(holder).stream().anyMatch(c -> c != card && inUse(c));
    if (!otherCardInUse) {
      purse.close(Money.ZERO);
      if (subsidy != null) {
        subsidy.close(Money.ZERO);
      }
    }
    return entry;
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.FINANCE, Role.AUDITOR})
  public Card find(@NotBlank String serialNo) {
    return cards
        .findBySerial(serialNo)
        .orElseThrow(() -> RequestRefusedException.notFound("No card " + serialNo));
  }

  /** Blacklist changes after {@code afterId}, oldest first: what terminals apply in order. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.GATEWAY, Role.TECHNICIAN})
  public List<CardListChange> listChangesAfter(long afterId, int max) {
    return cards.listChangesAfter(afterId, Math.min(Math.max(1, max), 1000));
  }

  private Card change(String serialNo, java.util.function.BiConsumer<Card, Instant> step) {
    Card card = lock(serialNo);
    Instant now = clock.instant();
    try {
      step.accept(card, now);
    } catch (IllegalStateException e) {
      throw RequestRefusedException.conflict(e.getMessage());
    }
    listChanged(new CardListChange(card, now, caller.name()), card);
    return card;
  }

  /** Records a blacklist change and has it pushed to the terminals. */
  private void listChanged(CardListChange change, Card card) {
    cards.add(change);
    terminalCommands.blacklist(change, card.getCardNo());
  }

  private Card lock(String serialNo) {
    return cards
        .lockBySerial(serialNo)
        .orElseThrow(() -> RequestRefusedException.notFound("No card " + serialNo));
  }

  private Account purse(CardHolder holder) {
    Account purse =
        accounts
            .findOf(holder, AccountType.CARDHOLDER_PURSE)
            .orElseThrow(() -> new IllegalStateException("No purse for " + holder.getHolderNo()));
    if (purse.getStatus() == org.yikatong.ledger.domain.AccountStatus.CLOSED) {
      throw RequestRefusedException.conflict(
          "The account of " + holder.getHolderNo() + " is closed");
    }
    return purse;
  }

  private static boolean inUse(Card card) {
    return card.getStatus() == CardStatus.ACTIVE
        || card.getStatus() == CardStatus.LOST
        || card.getStatus() == CardStatus.FROZEN;
  }
}
