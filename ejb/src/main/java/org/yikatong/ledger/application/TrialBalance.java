package org.yikatong.ledger.application;

import java.time.Instant;
import java.util.List;

/**
 * The trial balance: the balances of all accounts, totalled by account type. The grand total is
 * zero in a sound ledger (balances are owed-positive, see {@code AccountType}).
 */
public record TrialBalance(Instant at, List<Line> lines, long totalFen) {

  /** The accounts of one type. */
  public record Line(String accountType, String ledgerName, long accounts, long balanceFen) {}

  public boolean balanced() {
    return totalFen == 0;
  }
}
