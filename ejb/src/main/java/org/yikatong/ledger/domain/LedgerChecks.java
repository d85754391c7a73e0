package org.yikatong.ledger.domain;

import java.util.List;

/**
 * Read-only checks and totals over the whole ledger. Each method is one SQL statement, so it sees
 * one consistent state even while payments go on.
 */
public interface LedgerChecks {

  /** How many entries, postings and accounts there are, and the sum of all postings. */
  Totals totals();

  /** Entries whose postings do not sum to zero, by id, at most {@code max}. */
  List<UnbalancedEntry> unbalancedEntries(int max);

  /**
   * Accounts whose stored balance differs from the sum of their postings, by account number, at
   * most {@code max}.
   */
  List<BalanceMismatch> balanceMismatches(int max);

  /** The number of accounts of each type and the sum of their balances, by type. */
  List<TypeBalance> balancesByType();

  /** Counts over the ledger, and the sum of all postings (zero in a sound ledger). */
  record Totals(long entries, long postings, long accounts, long postingsTotalFen) {}

  /** An entry whose postings sum to {@code sumFen}, not zero. */
  record UnbalancedEntry(long entryId, String businessKey, long sumFen) {}

  /** An account whose stored balance is not the sum of its postings. */
  record BalanceMismatch(String accountNo, long storedFen, long postingsFen) {}

  /** The accounts of one type: how many, and their balances summed. */
  record TypeBalance(AccountType type, long accounts, long balanceFen) {}
}
