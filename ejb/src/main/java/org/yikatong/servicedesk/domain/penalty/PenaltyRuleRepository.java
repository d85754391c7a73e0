package org.yikatong.servicedesk.domain.penalty;

import java.util.List;
import java.util.Optional;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceDeadline;
import org.yikatong.servicedesk.domain.ticket.SlaEvent;
import org.yikatong.servicedesk.domain.ticket.TicketLevel;

/** What missing a deadline costs. */
public interface PenaltyRuleRepository {

  void add(PenaltyRule rule);

  /** The rule for breaching a ticket's target at a level. */
  Optional<PenaltyRule> findForTicket(TicketLevel level, SlaEvent.Target target);

  /** The rule for a custom change request missing a deadline. */
  Optional<PenaltyRule> findForRequest(MaintenanceDeadline deadline);

  /** Every rule: the request rules first, then by level and target. */
  List<PenaltyRule> findAll();
}
