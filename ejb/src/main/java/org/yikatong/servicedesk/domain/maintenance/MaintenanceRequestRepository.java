package org.yikatong.servicedesk.domain.maintenance;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Maintenance requests, with their events. */
public interface MaintenanceRequestRepository {

  /** Stores a new request; its id is assigned here. */
  void add(MaintenanceRequest request);

  /** The request with this number, as the transaction sees it. */
  Optional<MaintenanceRequest> findByNumber(String requestNo);

  /**
   * The request with this number, locked for update until the transaction ends, and loaded as it is
   * once locked. Every step locks its request first.
   */
  Optional<MaintenanceRequest> lockByNumber(String requestNo);

  /** The request with this id, locked for update until the transaction ends. */
  Optional<MaintenanceRequest> lockById(Long id);

  /**
   * Locks a request read unlocked, for update until the transaction ends, and reads it again as it
   * is once locked.
   */
  void lock(MaintenanceRequest request);

  /**
   * Requests newest first, at most {@code max}.
   *
   * @param kind only requests of this kind; null for every kind
   * @param status only requests in this status; null for every status
   * @param requesterHolderNo only the requests of this card holder; null for everyone's
   */
  List<MaintenanceRequest> listNewestFirst(
      MaintenanceKind kind, MaintenanceStatus status, String requesterHolderNo, int max);

  /**
   * Requests of these kinds with a contract deadline near or passed (or met late) at {@code now}
   * whose warning or breach is not recorded yet, by id; a deadline met in time without a warning
   * never gets one. A candidate list: the request decides.
   */
  List<MaintenanceRequest> findWithDeadlineToRecord(Collection<MaintenanceKind> kinds, Instant now);

  /**
   * The ids of the requests of these kinds in these statuses that have deadlines but no warning
   * times yet (stored before warnings existed).
   */
  List<Long> findIdsWithoutWarningTimes(
      Collection<MaintenanceKind> kinds, Collection<MaintenanceStatus> statuses);
}
