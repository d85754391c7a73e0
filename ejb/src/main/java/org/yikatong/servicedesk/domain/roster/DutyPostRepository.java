package org.yikatong.servicedesk.domain.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Duty posts and their A/B roster entries. */
public interface DutyPostRepository {

  /** Every post, by code. */
  List<DutyPost> findAll();

  Optional<DutyPost> findById(Long id);

  /** The post's entries for this day and its standing entry (no day), in no particular order. */
  List<DutyRosterEntry> entriesFor(DutyPost post, LocalDate day);
}
