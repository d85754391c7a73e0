package org.yikatong.finance.domain.report;

import java.time.Instant;
import java.time.LocalDate;
import org.yikatong.ledger.domain.EntryKind;

/**
 * One posting on a purse in a statement.
 *
 * @param amountFen what it raised (positive) or lowered (negative) the purse by
 * @param balanceAfterFen the purse's balance after it: the statement's opening balance plus every
 *     movement up to this one
 */
public record PurseMovement(
    long entryId,
    EntryKind kind,
    LocalDate businessDate,
    Instant postedAt,
    String description,
    String terminalId,
    String merchantName,
    long amountFen,
    long balanceAfterFen)
    implements java.io.Serializable {

  /** The movement with the balance after it. */
  public PurseMovement withBalanceAfter(long balance) {
    return new PurseMovement(
        entryId,
        kind,
        businessDate,
        postedAt,
        description,
        terminalId,
        merchantName,
        amountFen,
        balance);
  }
}
