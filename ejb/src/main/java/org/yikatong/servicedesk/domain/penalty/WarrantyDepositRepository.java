package org.yikatong.servicedesk.domain.penalty;

import java.util.Optional;

/** The contract's one warranty deposit. */
public interface WarrantyDepositRepository {

  void add(WarrantyDeposit deposit);

  /** The deposit, once registered. */
  Optional<WarrantyDeposit> find();

  /** The deposit, once registered, locked for update until the transaction ends. */
  Optional<WarrantyDeposit> lock();
}
