package org.yikatong.ledger.application;

import java.time.Instant;
import java.util.List;
import org.yikatong.ledger.domain.LedgerChecks;

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
    List<LedgerChecks.UnbalancedEntry> unbalancedEntries,
    List<LedgerChecks.BalanceMismatch> balanceMismatches) {

  /** Whether the ledger is sound: nothing found. */
  public boolean sound() {
    return postingsTotalFen == 0 && unbalancedEntries.isEmpty() && balanceMismatches.isEmpty();
  }
}
