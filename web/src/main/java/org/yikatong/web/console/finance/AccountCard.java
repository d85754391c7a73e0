package org.yikatong.web.console.finance;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.application.LedgerReports;
import org.yikatong.ledger.domain.Account;
import org.yikatong.ledger.domain.AccountType;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.ConsoleTransactions;

/**
 * A ledger account as the finance pages show it: number, type, whose it is (a card holder's name
 * and number, a merchant's name and code, none for a system account), status and balance in fen
 * (owed-positive, as the ledger keeps it). Read through {@link LedgerReports} in a transaction, as
 * an account's holder and merchant load lazily; also the accounts a few typed characters may mean.
 */
public record AccountCard(
    String accountNo, String type, String owner, String ownerNo, String status, long balanceFen)
    implements Serializable {

  /** The balance in yuan, two decimals. */
  public String getBalanceYuan() {
    return ConsolePage.yuan(balanceFen);
  }

  /** The card of an account read inside the caller's transaction. */
  static AccountCard of(Account a) {
    String owner = null;
    String ownerNo = null;
    if (a.getHolder() != null) {
      owner = a.getHolder().getFullName();
      ownerNo = a.getHolder().getHolderNo();
    } else if (a.getMerchant() != null) {
      owner = a.getMerchant().getName();
      ownerNo = a.getMerchant().getCode();
    }
    return new AccountCard(
        a.getAccountNo(),
        a.getType().name(),
        owner,
        ownerNo,
        a.getStatus().name(),
        a.getBalance().fen());
  }

  /** The account of this number with its owner, read in a transaction of its own. */
  static AccountCard read(
      LedgerReports reports, ConsoleTransactions transactions, String accountNo) {
    return transactions.call(() -> of(reports.account(accountNo)));
  }

  /**
   * Accounts that {@code text} may mean, at most {@code max}: the account of that number, the
   * system accounts whose number holds it, a card holder's accounts by holder number and a
   * merchant's by code. Each read runs in a transaction of its own, since one that finds nothing is
   * refused and rolls its transaction back.
   */
  static List<AccountCard> suggest(
      LedgerReports reports, ConsoleTransactions transactions, String text, int max) {
    String typed = text == null ? "" : text.strip();
    if (typed.isEmpty()) {
      return List.of();
    }
    Map<String, AccountCard> found = new LinkedHashMap<>();
    List<String> numbers = new ArrayList<>();
    numbers.add(typed);
    String upper = typed.toUpperCase(Locale.ROOT);
    for (AccountType type : AccountType.values()) {
      if (type.isSystem() && type.systemAccountNo().contains(upper)) {
        numbers.add(type.systemAccountNo());
      }
    }
    for (String number : numbers) {
      attempt(() -> List.of(read(reports, transactions, number)), found);
    }
    attempt(() -> transactions.call(() -> cards(reports.accountsOfHolder(typed))), found);
    attempt(() -> transactions.call(() -> cards(reports.accountsOfMerchant(typed))), found);
    List<AccountCard> cards = new ArrayList<>(found.values());
    return cards.size() > max ? List.copyOf(cards.subList(0, max)) : cards;
  }

  private static List<AccountCard> cards(List<Account> accounts) {
    return accounts.stream().map(AccountCard::of).toList();
  }

  /** Adds what a read finds; a read refused (nothing of that kind is named so) adds nothing. */
  private static void attempt(Supplier<List<AccountCard>> read, Map<String, AccountCard> found) {
    try {
      read.get().forEach(c -> found.putIfAbsent(c.accountNo(), c));
    } catch (RequestRefusedException notFound) {
      // Nothing of that kind is named so.
    }
  }

  /** How an account reads in one line: number, type, owner. */
  static String label(AccountCard card) {
    String type = ConsolePage.text("accounts.type." + card.type(), card.type());
    return card.accountNo() + " · " + type + (card.owner() == null ? "" : " · " + card.owner());
  }
}
