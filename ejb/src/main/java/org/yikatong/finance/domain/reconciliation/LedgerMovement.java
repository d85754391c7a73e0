package org.yikatong.finance.domain.reconciliation;

import java.time.Instant;
import java.util.Objects;

/**
 * Money the ledger recorded as moving through a channel: an online top-up credited to a card
 * holder, or a refund of one back through the channel.
 *
 * @param entryId the journal entry that posted it
 * @param flow which way the money went
 * @param orderNo the top-up order's number (for a refund, that of the top-up it refunds)
 * @param channelTxnNo the channel's transaction number the ledger kept, or null
 * @param amountFen the amount in fen, never negative
 * @param at when it happened (the channel's payment notice, or the refund's posting)
 * @param purseAccountNo the card holder's main purse, or null
 */
public record LedgerMovement(
    long entryId,
    Flow flow,
    String orderNo,
    String channelTxnNo,
    long amountFen,
    Instant at,
    String purseAccountNo) {

  public LedgerMovement {
    Objects.requireNonNull(flow, "flow");
    Objects.requireNonNull(at, "at");
    if (amountFen < 0) {
      throw new IllegalArgumentException("A movement's amount is never negative: " + amountFen);
    }
  }

  /** The amount as money into the channel's clearing: a refund counts negative. */
  public long signedFen() {
    return flow == Flow.PAYMENT ? amountFen : -amountFen;
  }
}
