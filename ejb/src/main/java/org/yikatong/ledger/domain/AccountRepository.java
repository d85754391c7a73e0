package org.yikatong.ledger.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.yikatong.card.domain.CardHolder;
import org.yikatong.kernel.domain.Money;
import org.yikatong.terminal.domain.Merchant;

/** Ledger accounts. */
public interface AccountRepository {

  /** Stripes of every merchant's takings; payments spread over them by business key. */
  int TAKINGS_STRIPES = 8;

  void add(Account account);

  Optional<Account> find(long id);

  Optional<Account> findByNo(String accountNo);

  /** The account of a holder of a type (main or subsidy purse). */
  Optional<Account> findOf(CardHolder holder, AccountType type);

  /** The one account of a system type; the platform opens them all at start. */
  Account system(AccountType type);

  /** A merchant's takings stripe; opened with the merchant. */
  Account takings(Merchant merchant, int stripe);

  /** A merchant's settled takings account; opened with the merchant. */
  Account settled(Merchant merchant);

  /** Every account of a type, by number. */
  List<Account> findByType(AccountType type);

  /**
   * Locks the accounts for update in ascending id order (the one order every transaction uses, so
   * that two never wait for each other) and returns them with their balances as locked.
   */
  List<Account> lock(List<Account> accounts);

  /**
   * A holder's accounts of the given types, locked for update in ascending id order with their
   * balances as locked, read and locked in one statement.
   */
  List<Account> lockOf(CardHolder holder, Collection<AccountType> types);

  /**
   * Has the account's version incremented at commit (an optimistic force-increment lock), so that a
   * concurrent change made from an older read of the account fails.
   */
  void forceVersionIncrement(Account account);

  /** The account's balance as stored now, read past the persistence context. */
  Money currentBalance(Account account);

  /** Sum of all card holder purses (main and subsidy). */
  Money totalPurseBalance();
}
