package org.yikatong.servicedesk.domain.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Complaints. */
public interface ComplaintRepository {

  void add(Complaint complaint);

  Optional<Complaint> findById(long id);

  /** The complaint, locked for update until the transaction ends. */
  Optional<Complaint> lockById(long id);

  /**
   * Complaints received in [from, to), newest first, at most {@code max}.
   *
   * @param from null for no lower bound
   * @param to null for no upper bound
   * @param status only complaints in this status; null for every status
   * @param complainantHolderNo only this card holder's complaints; null for everyone's
   */
  List<Complaint> listNewestFirst(
      Instant from, Instant to, ComplaintStatus status, String complainantHolderNo, int max);

  /** When each complaint received in [from, to) was received. */
  List<Instant> receivedTimesBetween(Instant from, Instant to);
}
