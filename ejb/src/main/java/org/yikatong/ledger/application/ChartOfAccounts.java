package org.yikatong.ledger.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.yikatong.ledger.domain.Account;
import org.yikatong.ledger.domain.AccountRepository;
import org.yikatong.ledger.domain.AccountType;
import org.yikatong.security.domain.Role;
import org.yikatong.terminal.domain.Merchant;
import org.yikatong.terminal.domain.MerchantRepository;

/**
 * Opens the accounts the ledger needs: one of each system type, and for every merchant its takings
 * stripes and its settled account. Opening is idempotent: what exists stays as it is.
 */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class ChartOfAccounts {

  @Inject AccountRepository accounts;
  @Inject Clock clock;
  @Inject MerchantRepository merchants;

  /**
   * Opens every missing system and merchant account, in a transaction of its own.
   *
   * @return how many accounts were opened
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int openMissing() {
    Instant now = clock.instant();
    int opened = 0;
    for (AccountType type : AccountType.values()) {
      if (type.isSystem() && accounts.findByNo(type.systemAccountNo()).isEmpty()) {
        accounts.add(Account.system(type, now));
        opened++;
      }
    }
    for (Merchant merchant : merchants.findAll()) {
      opened += openFor(merchant);
    }
    return opened;
  }

  /** Opens a merchant's missing accounts in the caller's transaction. */
  public int openFor(Merchant merchant) {
    Instant now = clock.instant();
    int opened = 0;
    for (int stripe = 0; stripe < AccountRepository.TAKINGS_STRIPES; stripe++) {
      Account takings = Account.takingsOf(merchant, stripe, now);
      if (accounts.findByNo(takings.getAccountNo()).isEmpty()) {
        accounts.add(takings);
        opened++;
      }
    }
    Account settled = Account.settledOf(merchant, now);
    if (accounts.findByNo(settled.getAccountNo()).isEmpty()) {
      accounts.add(settled);
      opened++;
    }
    return opened;
  }
}
