package org.yikatong.servicedesk.domain.ticket;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Fault tickets. The one place a ticket is found by its number; other areas never use this
 * repository, they go through the service desk's application services.
 */
public interface TicketRepository {

  /** Stores a new ticket; its id is assigned here. */
  void add(Ticket ticket);

  /**
   * The card holder number of the ticket's reporter, an empty string when no card holder reported
   * it; empty when there is no ticket with this number.
   */
  Optional<String> findReporterHolderNo(String ticketNo);

  /**
   * The tickets of a contract in none of these statuses, locked for update until the transaction
   * ends.
   */
  List<Ticket> lockByContractAndStatusNotIn(long contractId, Collection<TicketStatus> statuses);

  /** The ticket with this number, as the transaction sees it. */
  Optional<Ticket> findByNumber(String ticketNo);

  /**
   * The ticket with this number, locked for update until the transaction ends, and loaded as it is
   * once locked. Every step that changes a ticket locks it first, so one ticket's steps are
   * serialized across the cluster.
   */
  Optional<Ticket> lockByNumber(String ticketNo);
}
