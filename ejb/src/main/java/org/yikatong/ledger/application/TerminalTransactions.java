package org.yikatong.ledger.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.yikatong.card.domain.Card;
import org.yikatong.card.domain.CardRepository;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.BusinessDay;
import org.yikatong.kernel.domain.DeclineReason;
import org.yikatong.kernel.domain.Money;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.domain.Account;
import org.yikatong.ledger.domain.AccountRepository;
import org.yikatong.ledger.domain.AccountStatus;
import org.yikatong.ledger.domain.AccountType;
import org.yikatong.ledger.domain.DoubleTap;
import org.yikatong.ledger.domain.DoubleTapRepository;
import org.yikatong.ledger.domain.EntryDraft;
import org.yikatong.ledger.domain.EntryKind;
import org.yikatong.ledger.domain.FollowUp;
import org.yikatong.ledger.domain.Journal;
import org.yikatong.ledger.domain.JournalEntry;
import org.yikatong.ledger.domain.PaymentDecline;
import org.yikatong.ledger.domain.PaymentRules;
import org.yikatong.ledger.domain.PaymentRules.PinEntry;
import org.yikatong.ledger.domain.Posting;
import org.yikatong.ledger.domain.RequestHash;
import org.yikatong.security.application.PasswordHasher;
import org.yikatong.security.domain.Role;
import org.yikatong.terminal.domain.Merchant;
import org.yikatong.terminal.domain.Terminal;
import org.yikatong.terminal.domain.TerminalRepository;
import org.yikatong.terminal.domain.TerminalStatus;
import org.yikatong.terminal.domain.TerminalType;

/**
 * Money requests from terminals: online and offline payments, cash top-ups at kiosks (and at desk
 * POS switched on as manual service points), reversals. Each call is one JTA transaction that
 * answers approved or declined; a decline is an answer, not an error, and is remembered under the
 * request's key so that a retry gets it again.
 *
 * <p>Exactly once: a request's card is locked first, so that requests of one card (and so every
 * repeat of one request) run one after another; the second finds the first's entry or decline under
 * the key and answers as the first did. The same key with other content is declined with {@link
 * DeclineReason#DUPLICATE_WITH_OTHER_CONTENT}.
 */
@Stateless
@RolesAllowed({Role.GATEWAY, Role.ADMINISTRATOR})
public class TerminalTransactions {

  /** How far back a refund at a terminal looks for the payment it refunds. */
  public static final java.time.Duration REFUND_WINDOW = java.time.Duration.ofDays(30);

  private static final List<AccountType> PURSES =
      List.of(AccountType.CARDHOLDER_PURSE, AccountType.CARDHOLDER_SUBSIDY);

  @Inject CardRepository cards;
  @Inject AccountRepository accounts;
  @Inject TerminalRepository terminals;
  @Inject Journal journal;
  @Inject DoubleTapRepository doubleTaps;
  @Inject PasswordHasher hasher;
  @Inject RefundPosting refunds;
  @Inject Caller caller;
  @Inject Clock clock;

  /** Handles one request; never throws for a business reason, only for a system failure. */
  public PaymentOutcome handle(@NotNull @Valid PaymentRequest request) {
    PaymentRequest r = request;
    String key =
        (r.kind() == PaymentRequest.Kind.REVERSAL ? "REV:" : "")
            + PaymentRequest.keyOf(r.terminalCode(), r.rrn());
    String hash =
        RequestHash.of(r.kind(), r.cardSerial(), r.amountFen(), r.terminalCode(), r.occurredAt());
    // The card first: every request of one card, so every repeat of one request, waits here.
    Optional<Card> card = cards.lockBySerial(r.cardSerial());
    Optional<PaymentOutcome> repeat = repeatOf(key, hash, card);
    if (repeat.isPresent()) {
      return repeat.get();
    }
    Money amount = Money.ofFen(r.amountFen());
    return switch (r.kind()) {
      case PAYMENT -> pay(r, key, hash, card, amount);
      case OFFLINE_PAYMENT -> payOffline(r, key, hash, card, amount);
      case CASH_TOP_UP -> topUp(r, key, hash, card, amount);
      case REVERSAL -> reverse(r, key, hash, card, amount);
      case REFUND -> refund(r, key, hash, card, amount);
    };
  }

  /**
   * A balance inquiry: the card's purses, or why the card cannot be used. Posts nothing and needs
   * no key.
   */
  public PaymentOutcome inquire(
      @NotNull @jakarta.validation.constraints.NotBlank String terminalCode,
      @NotNull @jakarta.validation.constraints.NotBlank String cardSerial) {
    Optional<Card> card = cards.findBySerial(cardSerial);
    if (usableTerminal(terminalCode).isEmpty()) {
      return balancesNow(DeclineReason.NOT_PERMITTED_AT_TERMINAL, card);
    }
    if (card.isEmpty()) {
      return balancesNow(DeclineReason.UNKNOWN_CARD, card);
    }
    return balancesNow(card.get().refusalOn(BusinessDay.of(clock.instant())).orElse(null), card);
  }

  private PaymentOutcome pay(
      PaymentRequest r, String key, String hash, Optional<Card> card, Money amount) {
    Optional<Merchant> merchant = merchantOf(r.terminalCode(), TerminalType.POS);
    if (merchant.isEmpty()) {
      return decline(key, hash, DeclineReason.NOT_PERMITTED_AT_TERMINAL, card, amount);
    }
    if (card.isEmpty()) {
      return decline(key, hash, DeclineReason.UNKNOWN_CARD, card, amount);
    }
    Card c = card.get();
    Purses purses = lockPurses(c);
    Instant now = clock.instant();
    PinEntry pin =
        r.pin() == null
            ? PinEntry.NONE
            : c.getPinHash() != null && hasher.matches(r.pin().toCharArray(), c.getPinHash())
                ? PinEntry.MATCH
                : PinEntry.MISMATCH;
    boolean needsPin = PaymentRules.needsPin(amount, c.getNoPinLimit());
    Optional<DeclineReason> reason =
        PaymentRules.decide(
            new PaymentRules.Context(
                amount,
                c.refusalOn(BusinessDay.of(now)),
                purses.open(),
                c.getNoPinLimit(),
                pin,
                c.isPinLocked(),
                journal.spentOn(c, BusinessDay.of(now)),
                c.getDailyLimit(),
                purses.available()));
    if (reason.isPresent() && reason.get() == DeclineReason.WRONG_PIN) {
      reason = c.pinTried(false);
    } else if (needsPin && pin == PinEntry.MATCH && !c.isPinLocked()) {
      c.pinTried(true);
    }
    if (reason.isPresent()) {
      return decline(key, hash, reason.get(), card, amount);
    }
    Money[] split = PaymentRules.split(amount, purses.subsidyBalance());
    Optional<JournalEntry> earlier =
        journal.lastPayment(c, r.terminalCode(), now.minus(DoubleTap.WINDOW));
    JournalEntry entry =
        journal.post(
            EntryDraft.builder(EntryKind.PAYMENT, key, hash)
                .amount(amount)
                .description("消费 " + merchant.get().getName())
                .postedBy(caller.name())
                .card(c)
                .terminal(r.terminalCode(), merchant.get())
                .line(purses.subsidy(), split[0].negate())
                .line(purses.main(), split[1].negate())
                .line(accounts.takings(merchant.get(), stripeOf(key)), amount)
                .build());
    boolean doubleTap =
        earlier
            .filter(e -> e.getAmount().equals(amount))
            .filter(e -> DoubleTap.suspect(e.getPostedAt(), entry.getPostedAt()))
            .filter(e -> journal.correctionsOf(e, EntryKind.REVERSAL).isEmpty())
            .isPresent();
    if (doubleTap) {
      doubleTaps.add(new DoubleTap(entry, earlier.get(), c, now));
    }
    return approved(entry, purses, doubleTap);
  }

  private PaymentOutcome payOffline(
      PaymentRequest r, String key, String hash, Optional<Card> card, Money amount) {
    Optional<Merchant> merchant = merchantOf(r.terminalCode(), TerminalType.POS);
    if (merchant.isEmpty()) {
      return decline(key, hash, DeclineReason.NOT_PERMITTED_AT_TERMINAL, card, amount);
    }
    if (!PaymentRules.validAmount(amount, PaymentRules.MAX_PAYMENT) || r.occurredAt() == null) {
      return decline(key, hash, DeclineReason.INVALID_AMOUNT, card, amount);
    }
    EntryDraft.Builder draft =
        EntryDraft.builder(EntryKind.OFFLINE_PAYMENT, key, hash)
            .amount(amount)
            .description("脱机消费 " + merchant.get().getName())
            .postedBy(caller.name())
            .occurredAt(r.occurredAt())
            .card(card.orElse(null))
            .terminal(r.terminalCode(), merchant.get())
            .line(accounts.takings(merchant.get(), stripeOf(key)), amount);
    Purses purses = card.map(this::lockPurses).orElse(null);
    if (card.isEmpty()) {
      draft.line(accounts.system(AccountType.SUSPENSE), amount.negate());
      draft.followUp(FollowUp.UNKNOWN_CARD_OFFLINE);
    } else if (!card.get().wasValidAt(r.occurredAt()) || purses.closed()) {
      draft.line(accounts.system(AccountType.SUSPENSE), amount.negate());
      draft.followUp(FollowUp.INVALID_CARD_OFFLINE);
    } else {
      Money[] split = PaymentRules.split(amount, purses.subsidyBalance());
      draft.line(purses.subsidy(), split[0].negate()).line(purses.main(), split[1].negate());
      if (purses.mainBalance().minus(split[1]).isNegative()) {
        draft.followUp(FollowUp.OVERDRAWN);
      }
    }
    return approved(journal.post(draft.build()), purses, false);
  }

  private PaymentOutcome topUp(
      PaymentRequest r, String key, String hash, Optional<Card> card, Money amount) {
    Optional<Terminal> terminal = usableTerminal(r.terminalCode());
    // Cash is taken at kiosks, and at a desk POS only while it is switched on as a service point.
    if (terminal.isEmpty() || !terminal.get().takesCashTopUp()) {
      return decline(key, hash, DeclineReason.NOT_PERMITTED_AT_TERMINAL, card, amount);
    }
    if (card.isEmpty()) {
      return decline(key, hash, DeclineReason.UNKNOWN_CARD, card, amount);
    }
    if (!PaymentRules.validAmount(amount, PaymentRules.MAX_TOP_UP)) {
      return decline(key, hash, DeclineReason.INVALID_AMOUNT, card, amount);
    }
    Optional<DeclineReason> refusal = card.get().refusalOn(BusinessDay.of(clock.instant()));
    if (refusal.isPresent()) {
      return decline(key, hash, refusal.get(), card, amount);
    }
    Purses purses = lockPurses(card.get());
    if (!purses.open()) {
      return decline(key, hash, DeclineReason.ACCOUNT_FROZEN, card, amount);
    }
    JournalEntry entry =
        journal.post(
            EntryDraft.builder(EntryKind.CASH_TOP_UP, key, hash)
                .amount(amount)
                .description("现金充值 " + terminal.get().getLocation())
                .postedBy(caller.name())
                .card(card.get())
                .terminal(r.terminalCode(), terminal.get().getMerchant())
                .line(accounts.system(AccountType.CLEARING_CASH), amount.negate())
                .line(purses.main(), amount)
                .build());
    return approved(entry, purses, false);
  }

  private PaymentOutcome reverse(
      PaymentRequest r, String key, String hash, Optional<Card> card, Money amount) {
    String originalKey = PaymentRequest.keyOf(r.terminalCode(), r.rrn());
    Optional<JournalEntry> original = journal.findByKey(originalKey);
    if (original.isEmpty()) {
      // Nothing to reverse. If the original never came, remember the reversal so that the
      // original is declined when it does; either way the terminal hears "approved".
      if (journal.findDecline(originalKey).isEmpty()) {
        journal.add(
            new PaymentDecline(
                originalKey,
                PaymentDecline.ANY_CONTENT,
                DeclineReason.INVALID_TRANSACTION,
                card.orElse(null),
                amount,
                clock.instant()));
      }
      return new PaymentOutcome(null, null, null, null, false, false);
    }
    JournalEntry o = original.get();
    boolean reversible =
        o.getKind() == EntryKind.PAYMENT
            || o.getKind() == EntryKind.OFFLINE_PAYMENT
            || o.getKind() == EntryKind.CASH_TOP_UP;
    if (!reversible
        || o.getCard() == null
        || card.isEmpty()
        || !o.getCard().getId().equals(card.get().getId())
        || !journal.correctionsOf(o, EntryKind.REFUND).isEmpty()) {
      return decline(key, hash, DeclineReason.INVALID_TRANSACTION, card, amount);
    }
    if (!o.getAmount().equals(amount)) {
      return decline(key, hash, DeclineReason.INVALID_AMOUNT, card, amount);
    }
    Purses purses = lockPurses(card.get());
    EntryDraft.Builder draft =
        EntryDraft.builder(EntryKind.REVERSAL, key, hash)
            .amount(amount)
            .description("冲正 " + o.getDescription())
            .postedBy(caller.name())
            .card(card.get())
            .terminal(o.getTerminalCode(), o.getMerchant())
            .corrects(o);
    for (Posting p : o.getPostings()) {
      draft.line(p.getAccount(), p.getAmount().negate());
    }
    if (o.getKind() == EntryKind.CASH_TOP_UP
        && purses.mainBalance().minus(o.getAmount()).isNegative()) {
      return decline(key, hash, DeclineReason.INSUFFICIENT_FUNDS, card, amount);
    }
    return approved(journal.post(draft.build()), purses, false);
  }

  /**
   * A refund at a merchant's terminal: the request names no original, so it goes against the card's
   * latest payment at this merchant within {@link #REFUND_WINDOW} that still has the amount left to
   * refund.
   */
  private PaymentOutcome refund(
      PaymentRequest r, String key, String hash, Optional<Card> card, Money amount) {
    Optional<Merchant> merchant = merchantOf(r.terminalCode(), TerminalType.POS);
    if (merchant.isEmpty()) {
      return decline(key, hash, DeclineReason.NOT_PERMITTED_AT_TERMINAL, card, amount);
    }
    if (card.isEmpty()) {
      return decline(key, hash, DeclineReason.UNKNOWN_CARD, card, amount);
    }
    if (!PaymentRules.validAmount(amount, PaymentRules.MAX_PAYMENT)) {
      return decline(key, hash, DeclineReason.INVALID_AMOUNT, card, amount);
    }
    Instant since = clock.instant().minus(REFUND_WINDOW);
    for (JournalEntry payment : journal.paymentsAt(card.get(), merchant.get(), since)) {
      if (refunds.refundable(payment).compareTo(amount) >= 0) {
        Purses purses = lockPurses(card.get());
        try {
          JournalEntry entry = refunds.post(key, hash, payment, amount, "终端退款 " + r.terminalCode());
          return approved(entry, purses, false);
        } catch (RequestRefusedException e) {
          return decline(key, hash, DeclineReason.INVALID_TRANSACTION, card, amount);
        }
      }
    }
    return decline(key, hash, DeclineReason.INVALID_AMOUNT, card, amount);
  }

  /** The first answer to a request under this key, or a refusal if the content differs. */
  private Optional<PaymentOutcome> repeatOf(String key, String hash, Optional<Card> card) {
    if (!journal.answered(key)) {
      return Optional.empty();
    }
    Optional<JournalEntry> entry = journal.findByKey(key);
    if (entry.isPresent()) {
      if (!entry.get().getRequestHash().equals(hash)) {
        return Optional.of(balancesNow(DeclineReason.DUPLICATE_WITH_OTHER_CONTENT, card));
      }
      JournalEntry e = entry.get();
      Long purse = null;
      Long subsidy = null;
      for (Posting p : e.getPostings()) {
        if (p.getBalanceAfter() != null) {
          if (p.getAccount().getType() == AccountType.CARDHOLDER_PURSE) {
            purse = p.getBalanceAfter().fen();
          } else if (p.getAccount().getType() == AccountType.CARDHOLDER_SUBSIDY) {
            subsidy = p.getBalanceAfter().fen();
          }
        }
      }
      boolean doubleTap = doubleTaps.findByEntry(e).isPresent();
      PaymentOutcome first = new PaymentOutcome(null, e.getId(), purse, subsidy, doubleTap, true);
      return Optional.of(fillBalances(first, card));
    }
    Optional<PaymentDecline> decline = journal.findDecline(key);
    if (decline.isPresent()) {
      DeclineReason reason =
          decline.get().answers(hash)
              ? decline.get().getReason()
              : DeclineReason.DUPLICATE_WITH_OTHER_CONTENT;
      return Optional.of(balancesNow(reason, card).asRepeat());
    }
    return Optional.empty();
  }

  /** Adds today's balances where the first answer did not post on a purse. */
  private PaymentOutcome fillBalances(PaymentOutcome outcome, Optional<Card> card) {
    if (outcome.purseFen() != null || card.isEmpty()) {
      return outcome;
    }
    PaymentOutcome now = balancesNow(null, card);
    return new PaymentOutcome(
        null,
        outcome.entryId(),
        now.purseFen(),
        outcome.subsidyFen() != null ? outcome.subsidyFen() : now.subsidyFen(),
        outcome.doubleTapSuspected(),
        true);
  }

  private PaymentOutcome decline(
      String key, String hash, DeclineReason reason, Optional<Card> card, Money amount) {
    journal.add(new PaymentDecline(key, hash, reason, card.orElse(null), amount, clock.instant()));
    return balancesNow(reason, card);
  }

  private PaymentOutcome balancesNow(DeclineReason reason, Optional<Card> card) {
    if (card.isEmpty()) {
      return new PaymentOutcome(reason, null, null, null, false, false);
    }
    Optional<Account> main = accounts.findOf(card.get().getHolder(), AccountType.CARDHOLDER_PURSE);
    Optional<Account> subsidy =
        accounts.findOf(card.get().getHolder(), AccountType.CARDHOLDER_SUBSIDY);
    return new PaymentOutcome(
        reason,
        null,
        main.map(a -> accounts.currentBalance(a).fen()).orElse(null),
        subsidy.map(a -> accounts.currentBalance(a).fen()).orElse(0L),
        false,
        false);
  }

  private PaymentOutcome approved(JournalEntry entry, Purses purses, boolean doubleTap) {
    Long purse = null;
    Long subsidy = null;
    if (purses != null) {
      purse =
          entry
              .postingOn(purses.main())
              .map(p -> p.getBalanceAfter().fen())
              .orElse(purses.mainBalance().fen());
      subsidy =
          purses.subsidy() == null
              ? 0L
              : entry
                  .postingOn(purses.subsidy())
                  .map(p -> p.getBalanceAfter().fen())
                  .orElse(purses.subsidyBalance().fen());
    }
    return new PaymentOutcome(null, entry.getId(), purse, subsidy, doubleTap, false);
  }

  private Optional<Terminal> usableTerminal(String code) {
    return terminals.findByCode(code).filter(t -> t.getStatus() == TerminalStatus.ENABLED);
  }

  private Optional<Merchant> merchantOf(String terminalCode, TerminalType type) {
    return usableTerminal(terminalCode).filter(t -> t.getType() == type).map(Terminal::getMerchant);
  }

  /** Spreads a merchant's payments over its takings stripes, the same way for the same key. */
  static int stripeOf(String businessKey) {
    return Math.floorMod(businessKey.hashCode(), AccountRepository.TAKINGS_STRIPES);
  }

  /** Locks the card holder's purses, in id order, and reads their balances as locked. */
  private Purses lockPurses(Card card) {
    Account main = null;
    Account subsidy = null;
    for (Account account : accounts.lockOf(card.getHolder(), PURSES)) {
      if (account.getType() == AccountType.CARDHOLDER_PURSE) {
        main = account;
      } else {
        subsidy = account;
      }
    }
    if (main == null) {
      throw new IllegalStateException("No purse for card " + card.getSerialNo());
    }
    return new Purses(main, subsidy);
  }

  /** A holder's purses, locked; balances as read under the lock. */
  private record Purses(Account main, Account subsidy) {

    Money mainBalance() {
      return main.getBalance();
    }

    Money subsidyBalance() {
      return subsidy == null ? Money.ZERO : subsidy.getBalance();
    }

    Money available() {
      return mainBalance().plus(subsidyBalance().isNegative() ? Money.ZERO : subsidyBalance());
    }

    boolean open() {
      return main.getStatus() == AccountStatus.OPEN
          && (subsidy == null || subsidy.getStatus() == AccountStatus.OPEN);
    }

    boolean closed() {
      return main.getStatus() == AccountStatus.CLOSED;
    }
  }
}
