package org.yikatong.security.application;

import jakarta.ejb.EJBContext;
import java.util.List;
import org.yikatong.security.domain.Role;

/** What a caller acts as, from the roles the container gives them. */
public final class CallerRoles {

  private static final List<String> STAFF =
      List.of(
          Role.ADMINISTRATOR,
          Role.FINANCE,
          Role.FINANCE_APPROVER,
          Role.HELPDESK,
          Role.TECHNICIAN,
          Role.AUDITOR);

  private CallerRoles() {}

  /**
   * Whether the caller acts only as a card holder (the card-holder role and no staff role): such a
   * caller reaches only their own cards, tickets, requests, complaints and answers, and another
   * holder's do not exist for them.
   */
  public static boolean isCardHolderOnly(EJBContext context) {
    return context.isCallerInRole(Role.CARDHOLDER)
        && STAFF.stream().noneMatch(context::isCallerInRole);
  }
}
