package org.yikatong.ledger.application;

import java.time.Instant;
import java.util.List;

/**
 * What the ledger self-check found.
 *
 * @param postingsTotalFen the sum of all postings; zero in a sound ledger
 * @param unbalancedEntries entries whose postings do not sum to zero
 * @param balanceMismatches accounts whose stored balance differs from the sum of their postings
 */
public record SelfCheckReport(
    Instant checkedAt,
    long entries,
    long postings,
    long accounts,
    long postingsTotalFen,
    List<UnbalancedEntry> unbalancedEntries,
    List<BalanceMismatch> balanceMismatches) {

  /** An entry whose postings sum to {@code sumFen}, not zero. */
  public record UnbalancedEntry(long entryId, String businessKey, long sumFen) {}

  /** An account whose stored balance is not the sum of its postings. */
  public record BalanceMismatch(String accountNo, long storedFen, long postingsFen) {}

  /** Whether the ledger is sound: nothing found. */
  public boolean sound() {
    return postingsTotalFen == 0 && unbalancedEntries.isEmpty() && balanceMismatches.isEmpty();
  }
}
