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

  void add(DutyPost post);

  Optional<DutyPost> findByCode(String code);

  /** The post with this code, locked for update until the transaction ends. */
  Optional<DutyPost> lockByCode(String code);

  /** Locks a post read unlocked, for update until the transaction ends. */
  void lock(DutyPost post);

  void add(DutyRosterEntry entry);

  /** The post's entry for this day, or its standing entry when {@code day} is null. */
  Optional<DutyRosterEntry> findEntry(DutyPost post, LocalDate day);
}
