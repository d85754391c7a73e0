package org.yikatong.terminal.domain;

import java.util.List;
import java.util.Optional;

/** Merchants. */
public interface MerchantRepository {

  void add(Merchant merchant);

  /** The merchant with this code (ISO 8583 field 42). */
  Optional<Merchant> findByCode(String code);

  /** Every merchant, by code. */
  List<Merchant> findAll();

  long count();
}
