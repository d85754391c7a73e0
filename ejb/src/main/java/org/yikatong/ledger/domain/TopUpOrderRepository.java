package org.yikatong.ledger.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Online top-up orders. */
public interface TopUpOrderRepository {

  void add(TopUpOrder order);

  Optional<TopUpOrder> findByNumber(String orderNo);

  /**
   * The order with this number at this channel, locked for update until the transaction ends; a
   * concurrent caller waits for the lock and then sees the order as this transaction left it.
   */
  Optional<TopUpOrder> lockByNumber(String orderNo, PaymentChannel channel);

  /** Orders still unpaid whose time ran out by {@code now}, locked for update. */
  List<TopUpOrder> lockOverdue(Instant now);

  /** Orders of the channel still waiting for payment that were created before the instant. */
  long countWaiting(PaymentChannel channel, Instant createdBefore);
}
