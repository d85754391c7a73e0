package org.yikatong.finance.domain.reconciliation;

import java.util.List;
import java.util.Objects;

/**
 * One outcome of the matching engine: statement lines and/or a ledger movement, what they came to,
 * and the difference between them. Amounts count as money into the channel's clearing (payments
 * positive, refunds and charges negative).
 *
 * @param outcome what was found
 * @param matchedBy how the lines found their ledger side, or null when they found none
 * @param lines the statement lines (none for a movement the statement lacks)
 * @param movement the ledger movement, or null
 * @param statementFen what the lines come to
 * @param ledgerFen what the ledger side comes to: the movement, or for a batched bank entry the sum
 *     of its detail lines
 * @param differenceFen the statement's side less the ledger's
 * @param suggestions for a line without a match, the movements it may be (best first), among which
 *     a person chooses; empty otherwise
 */
public record Match(
    Outcome outcome,
    MatchedBy matchedBy,
    List<ChannelLine> lines,
    LedgerMovement movement,
    long statementFen,
    long ledgerFen,
    long differenceFen,
    List<LedgerMovement> suggestions) {

  public Match {
    Objects.requireNonNull(outcome, "outcome");
    lines = List.copyOf(lines);
    suggestions = List.copyOf(suggestions);
  }
}
