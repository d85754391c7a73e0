package org.yikatong.ledger.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.yikatong.card.domain.Card;
import org.yikatong.kernel.domain.Money;
import org.yikatong.terminal.domain.Merchant;

/**
 * The journal: posts entries and answers questions about them. Joins the caller's transaction: an
 * entry and its balance changes commit together or not at all.
 */
public interface Journal {

  /**
   * Posts an entry: writes it with its postings and changes each account's balance by an atomic
   * increment in the same transaction. Accounts whose balance must be checked (purses) are to be
   * locked by the caller before it decides; takings stripes and system accounts are not locked
   * beyond the increment itself.
   *
   * @throws jakarta.persistence.PersistenceException when the business key exists (a concurrent
   *     duplicate): the transaction then rolls back whole
   */
  JournalEntry post(EntryDraft draft);

  Optional<JournalEntry> findByKey(String businessKey);

  /**
   * Whether a request under this key has had an answer: an entry or a remembered decline. One look
   * at both, for the common case of a request seen for the first time.
   */
  boolean answered(String businessKey);

  Optional<JournalEntry> findById(long id);

  /** Entries that correct {@code original}, of a kind. */
  List<JournalEntry> correctionsOf(JournalEntry original, EntryKind kind);

  /** What a card paid online on a business day, net of reversals and refunds of those payments. */
  Money spentOn(Card card, LocalDate businessDate);

  /**
   * The latest approved online payment of the card at the terminal posted at or after {@code
   * since}, if any; the bound keeps the read to the card's entries of the last business days.
   */
  Optional<JournalEntry> lastPayment(Card card, String terminalCode, java.time.Instant since);

  /**
   * Ids of the distinct cards with an entry at any of these terminals posted at or after {@code
   * since}.
   */
  java.util.Set<Long> cardsAt(java.util.Collection<String> terminalCodes, java.time.Instant since);

  /**
   * Ids of the distinct cards with an online top-up through the channel posted since an instant.
   */
  java.util.Set<Long> cardsToppedUpOnline(PaymentChannel channel, java.time.Instant since);

  /** The card's payments (online and offline) at a merchant since an instant, newest first. */
  List<JournalEntry> paymentsAt(Card card, Merchant merchant, java.time.Instant since);

  /** A page of an account's postings, newest first. */
  List<Posting> postingsOf(Account account, int first, int max);

  /** Entries of the business days from..to (inclusive), by id, a page at a time. */
  List<JournalEntry> entriesBetween(LocalDate from, LocalDate to, long afterId, int max);

  /** Entries that need a finance follow-up, newest first. */
  List<JournalEntry> followUps(int max);

  /** A merchant's payments (online and offline) of a business day: how many, and their sum. */
  DayPayments paymentsOf(Merchant merchant, LocalDate businessDate);

  /**
   * What each of a merchant's takings stripes took on a business day, settlements left out, by
   * account id; a stripe without postings that day is not listed.
   */
  List<StripeTakings> takingsOf(Merchant merchant, LocalDate businessDate);

  /** Lets go of every entity read so far in the transaction, to keep a long read small. */
  void detachAll();

  /** How many payments, and their sum. */
  record DayPayments(long count, Money total) {}

  /** The sum of a takings stripe's postings. */
  record StripeTakings(long accountId, Money amount) {}

  /** Remembers a declined payment so that a retry gets the same answer. */
  void add(PaymentDecline decline);

  Optional<PaymentDecline> findDecline(String businessKey);
}
