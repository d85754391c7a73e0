package org.yikatong.finance.domain.report;

import java.time.Instant;
import java.time.LocalDate;
import org.yikatong.ledger.domain.EntryKind;
import org.yikatong.ledger.domain.FollowUp;

/**
 * An entry that parked money in suspense or was flagged for finance to follow up, and that no later
 * entry has corrected.
 *
 * @param amountFen the entry's amount
 * @param suspenseFen its posting on the suspense account (0 when it has none)
 * @param followUp why it was flagged, if it was
 * @param purseBalanceFen for an overdrawn offline payment, the purse's balance now
 */
public record SuspenseItem(
    long entryId,
    EntryKind kind,
    FollowUp followUp,
    LocalDate businessDate,
    Instant postedAt,
    long amountFen,
    long suspenseFen,
    String cardNo,
    String holderNo,
    String terminalId,
    String merchantCode,
    String description,
    Long purseBalanceFen)
    implements java.io.Serializable {

  /**
   * Whether the item is still open: money in suspense stays open until an entry corrects it; an
   * overdrawn purse is open while the purse is below zero.
   */
  public boolean outstanding() {
    if (followUp == FollowUp.OVERDRAWN && suspenseFen == 0) {
      return purseBalanceFen != null && purseBalanceFen < 0;
    }
    return true;
  }
}
