package org.yikatong.overview.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.yikatong.card.domain.CardHolderRepository;
import org.yikatong.card.domain.CardRepository;
import org.yikatong.ledger.domain.AccountRepository;
import org.yikatong.security.domain.Role;
import org.yikatong.terminal.domain.MerchantRepository;
import org.yikatong.terminal.domain.TerminalRepository;

/** Counts what the platform holds. Read-only. */
@Stateless
@RolesAllowed({
  Role.ADMINISTRATOR,
  Role.FINANCE,
  Role.FINANCE_APPROVER,
  Role.HELPDESK,
  Role.TECHNICIAN,
  Role.AUDITOR
})
public class PlatformOverviewService {

  @Inject CardHolderRepository holders;
  @Inject CardRepository cards;
  @Inject MerchantRepository merchants;
  @Inject TerminalRepository terminals;
  @Inject AccountRepository accounts;

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public PlatformOverview overview() {
    return new PlatformOverview(
        holders.count(),
        cards.count(),
        merchants.count(),
        terminals.count(),
        accounts.totalPurseBalance().fen());
  }
}
