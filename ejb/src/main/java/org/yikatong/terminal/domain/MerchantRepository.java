package org.yikatong.terminal.domain;

/** Merchants. */
public interface MerchantRepository {

  void add(Merchant merchant);

  long count();
}
