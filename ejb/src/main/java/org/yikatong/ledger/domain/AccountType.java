package org.yikatong.ledger.domain;

/**
 * The chart of accounts. Every balance is kept "owed-positive": a positive balance is what the
 * platform owes (a purse, a merchant's takings, deposits held, fees earned); clearing accounts,
 * which stand for money the platform has received, run negative. So every journal entry's postings
 * sum to zero, and the export turns the sign round for standard ledger tools.
 */
public enum AccountType {
  /** A card holder's main purse. Never below zero, except after an offline payment. */
  CARDHOLDER_PURSE("liabilities:purse", false),
  /** A card holder's subsidy purse; payments draw on it first. */
  CARDHOLDER_SUBSIDY("liabilities:subsidy", false),
  /** One stripe of a merchant's takings of the day (striped so a canteen does not serialize). */
  MERCHANT_TAKINGS("liabilities:merchant-takings", false),
  /** A merchant's settled takings: what day close moved there and the bank pays out. */
  MERCHANT_SETTLED("liabilities:merchant-settled", false),
  /** Cash received at kiosks and desks. */
  CLEARING_CASH("assets:clearing:cash", true),
  CLEARING_WECHAT("assets:clearing:wechat", true),
  CLEARING_ALIPAY("assets:clearing:alipay", true),
  CLEARING_BANK("assets:clearing:bank", true),
  /** The university's subsidy funds: subsidies come from here and expired rests go back. */
  SUBSIDY_FUNDING("equity:subsidy-funding", true),
  /** Card deposits held. */
  DEPOSITS("liabilities:deposits", true),
  /** Card and replacement fees earned. */
  FEES("income:fees", true),
  /** What cannot be posted where it belongs (offline debits of cancelled cards, late payments). */
  SUSPENSE("liabilities:suspense", true),
  /** Balances carried over from the system before the ledger. */
  OPENING_BALANCE("equity:opening", true);

  private final String ledgerName;
  private final boolean system;

  AccountType(String ledgerName, boolean system) {
    this.ledgerName = ledgerName;
    this.system = system;
  }

  /** The account's name prefix in an hledger journal. */
  public String ledgerName() {
    return ledgerName;
  }

  /** Whether there is exactly one account of this type, numbered {@link #systemAccountNo()}. */
  public boolean isSystem() {
    return system;
  }

  /** The number of the one account of a system type, such as {@code SYS-CLEARING_CASH}. */
  public String systemAccountNo() {
    if (!system) {
      throw new IllegalStateException(this + " is not a system account type");
    }
    return this == OPENING_BALANCE ? "SYS-OPENING" : "SYS-" + name();
  }
}
