package org.yikatong.servicedesk.domain.penalty;

import java.time.Instant;
import java.util.List;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceRequest;
import org.yikatong.servicedesk.domain.ticket.Ticket;

/** The penalty register. */
public interface PenaltyRepository {

  void add(Penalty penalty);

  /** Whether the rule's penalty is recorded for the ticket already. */
  boolean isCharged(Ticket ticket, PenaltyRule rule);

  /** Whether the rule's penalty is recorded for the maintenance request already. */
  boolean isCharged(MaintenanceRequest request, PenaltyRule rule);

  /** The charged penalties of a ticket (by its number), to reverse. */
  List<Penalty> chargedForTicket(String ticketNo);

  /** The latest penalties, newest first, at most {@code max}. */
  List<Penalty> newestFirst(int max);

  /**
   * How many penalties charged in [start, end) stand (neither recorded without a charge nor
   * reversed), and what they claimed and deducted.
   */
  Totals totalsRecordedBetween(Instant start, Instant end);

  /** A count of penalties with the amounts they claimed and deducted together, in fen. */
  record Totals(long penalties, long claimedFen, long deductedFen) {}
}
