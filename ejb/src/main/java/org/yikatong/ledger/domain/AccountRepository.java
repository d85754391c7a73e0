package org.yikatong.ledger.domain;

/** Ledger accounts. */
public interface AccountRepository {

  void add(Account account);

  /** Sum of all card holder purses. */
  Money totalPurseBalance();
}
