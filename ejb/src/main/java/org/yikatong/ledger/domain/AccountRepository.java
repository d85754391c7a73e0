package org.yikatong.ledger.domain;

import java.util.Optional;
import org.yikatong.card.domain.CardHolder;

/** Ledger accounts. */
public interface AccountRepository {

  void add(Account account);

  Optional<Account> findPurseOf(CardHolder holder);

  /** Sum of all card holder purses. */
  Money totalPurseBalance();
}
