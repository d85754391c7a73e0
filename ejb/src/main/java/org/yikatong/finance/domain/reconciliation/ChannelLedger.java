package org.yikatong.finance.domain.reconciliation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.yikatong.ledger.domain.PaymentChannel;

/** What the ledger recorded of a channel's money, as reconciliation reads it. */
public interface ChannelLedger {

  /**
   * The channel's movements: top-ups paid (on time or late) from {@code from} until {@code to}, and
   * refunds of the channel's top-ups posted in that time; and besides, the paid top-ups whose order
   * number or channel transaction number is among those given, whenever they were paid.
   *
   * <p>Left out: movements a statement line of another run was matched with, those of a closed run,
   * and the postings of adjustments that reconciliation proposed (they are its corrections, not the
   * channel's movements).
   */
  List<LedgerMovement> movements(
      PaymentChannel channel,
      Instant from,
      Instant to,
      Collection<String> orderNos,
      Collection<String> channelTxnNos);

  /** The main purse of the holder of the channel's top-up order with this number, paid or not. */
  Optional<String> purseOfOrder(PaymentChannel channel, String orderNo);
}
