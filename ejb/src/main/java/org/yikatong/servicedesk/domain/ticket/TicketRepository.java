package org.yikatong.servicedesk.domain.ticket;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fault tickets and their SLA events. The one place a ticket is found by its number; other areas
 * never use this repository, they go through the service desk's application services.
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

  /** The id of the ticket with this number. */
  Optional<Long> findIdByNumber(String ticketNo);

  /**
   * Locks a ticket read unlocked, for update until the transaction ends, and reads it again as it
   * is once locked.
   */
  void lock(Ticket ticket);

  /** The numbers of the tickets with these ids, by id; an unknown id is left out. */
  Map<Long, String> numbersOf(Collection<Long> ids);

  /**
   * Tickets newest first, at most {@code max}.
   *
   * @param status only tickets in this status; null for every status
   * @param reporterHolderNo only tickets this card holder reported; null for everyone's
   */
  List<Ticket> listNewestFirst(TicketStatus status, String reporterHolderNo, int max);

  /** The tickets in none of these statuses. */
  List<Ticket> findByStatusNotIn(Collection<TicketStatus> statuses);

  /** How many tickets assigned to this user are in one of these statuses. */
  long countAssignedTo(String username, Collection<TicketStatus> statuses);

  /**
   * How many tickets in none of these statuses there are per level; a level without is left out.
   */
  Map<TicketLevel, Long> countByLevelStatusNotIn(Collection<TicketStatus> statuses);

  /** How many tickets in none of these statuses have a deadline breach recorded. */
  long countBreachedStatusNotIn(Collection<TicketStatus> statuses);

  /** Records a warning or breach of a ticket's deadline. */
  void add(SlaEvent event);

  /** The SLA events of a ticket, oldest first. */
  List<SlaEvent> slaEventsOf(Ticket ticket);

  /** What is recorded on a ticket: its SLA events' targets and kinds. */
  List<SlaEventKey> slaEventKeysOf(Ticket ticket);

  /** The SLA events' targets and kinds of the tickets in none of these statuses. */
  List<SlaEventKey> slaEventKeysOfTicketsNotIn(Collection<TicketStatus> statuses);

  /** The rated tickets closed in [from, to), the one closed last first, at most {@code max}. */
  List<Ticket> listRatedClosedBetween(Instant from, Instant to, int max);

  /**
   * How many of the tickets closed in [from, to) got each rating; a rating no ticket got is left
   * out.
   */
  Map<Integer, Long> countRatingsClosedBetween(Instant from, Instant to);

  /**
   * The tickets resolved in [from, to) (and not reopened since) that this party answered for, the
   * one resolved first first.
   */
  List<Ticket> listResolvedBetween(Instant from, Instant to, ResponsibleParty party);

  /** An SLA event recorded on a ticket, without the event itself. */
  record SlaEventKey(Long ticketId, SlaEvent.Target target, SlaEvent.Kind kind) {}
}
