package org.yikatong.servicedesk.domain.roster;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Technicians' absences. */
public interface DutyAbsenceRepository {

  /** An absence of this user that covers the instant (from inclusive, to exclusive), if any. */
  Optional<DutyAbsence> findCovering(String username, Instant at);

  void add(DutyAbsence absence);

  /** The absences ending after the instant, by start. */
  List<DutyAbsence> findEndingAfter(Instant at);
}
