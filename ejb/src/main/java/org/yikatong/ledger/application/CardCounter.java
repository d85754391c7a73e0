package org.yikatong.ledger.application;

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
import org.yikatong.card.application.CardListChanges;
import org.yikatong.card.domain.Card;
import org.yikatong.card.domain.CardHolder;
import org.yikatong.card.domain.CardHolderRepository;
import org.yikatong.card.domain.CardRepository;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.Money;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.domain.Account;
import org.yikatong.ledger.domain.AccountRepository;
import org.yikatong.ledger.domain.AccountStatus;
import org.yikatong.ledger.domain.AccountType;
import org.yikatong.ledger.domain.EntryDraft;
import org.yikatong.ledger.domain.EntryKind;
import org.yikatong.ledger.domain.Journal;
import org.yikatong.ledger.domain.JournalEntry;
import org.yikatong.ledger.domain.RequestHash;
import org.yikatong.security.application.Audited;
import org.yikatong.security.application.PasswordHasher;
import org.yikatong.security.domain.Role;

/**
 * The card service counter's steps that move money: issue a card with its deposit, replace it with
 * a fee, cancel it with the refund. Each step is one JTA transaction that locks the card first; the
 * money posts in the same transaction, and every change of a card's validity records a blacklist
 * change for the terminals ({@link CardListChanges}). A step the card's state does not allow is
 * refused (409) and changes nothing.
 */
@Stateless
@RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
@Audited
public class CardCounter {

  /** A card to issue to a known holder. */
  public record IssueCard(
      @NotBlank String holderNo,
      @NotBlank @Pattern(regexp = "[A-Za-z0-9]{4,32}") String cardSerialNo,
      @NotNull java.time.LocalDate expiresOn,
      @PositiveOrZero long depositFen,
      @Pattern(regexp = "\\d{6}") String pin) {

    /** Never shows the PIN (a refused request is logged with its arguments). */
    @Override
    public String toString() {
      return "IssueCard[holderNo="
          + holderNo
          + ", cardSerialNo="
          + cardSerialNo
          + ", expiresOn="
          + expiresOn
          + ", depositFen="
          + depositFen
          + ", pin="
          + (pin == null ? "none" : "******")
          + "]";
    }
  }

  @Inject CardRepository cards;
  @Inject CardHolderRepository holders;
  @Inject AccountRepository accounts;
  @Inject Journal journal;
  @Inject PasswordHasher hasher;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject CardListChanges listChanges;

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
      if (other.isInUse()) {
        throw RequestRefusedException.conflict(
            "Holder " + holder.getHolderNo() + " already has card " + other.getSerialNo());
      }
    }
    Instant now = clock.instant();
    if (!request.expiresOn().isAfter(org.yikatong.kernel.domain.BusinessDay.of(now))) {
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
    listChanges.record(old, now);
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
    listChanges.record(card, now);
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
        cards.findByHolder(holder).stream().anyMatch(c -> c != card && c.isInUse());
    if (!otherCardInUse) {
      purse.close(Money.ZERO);
      if (subsidy != null) {
        subsidy.close(Money.ZERO);
      }
    }
    return entry;
  }

  private Account purse(CardHolder holder) {
    Account purse =
        accounts
            .findOf(holder, AccountType.CARDHOLDER_PURSE)
            .orElseThrow(() -> new IllegalStateException("No purse for " + holder.getHolderNo()));
    if (purse.getStatus() == AccountStatus.CLOSED) {
      throw RequestRefusedException.conflict(
          "The account of " + holder.getHolderNo() + " is closed");
    }
    return purse;
  }

  private Card lock(String serialNo) {
    return cards
        .lockBySerial(serialNo)
        .orElseThrow(() -> RequestRefusedException.notFound("No card " + serialNo));
  }
}
