package org.yikatong.security.domain;

import java.time.Instant;
import java.util.List;

/**
 * The audit trail, append-only: entries are added and read, never changed or removed (the database
 * refuses it too, see docs/security.md).
 */
public interface AuditEntryRepository {

  /** Stores the entry in the caller's transaction. */
  void add(AuditEntry entry);

  /** The entries the query finds, newest first, from {@code first} on, at most {@code max}. */
  List<AuditEntry> search(AuditQuery query, int first, int max);

  /** How many entries the query finds. */
  long count(AuditQuery query);

  /**
   * The entries the query finds in the order they occurred, after the given entry (none: from the
   * start), at most {@code max}: successive calls walk the whole result without an offset.
   *
   * @param afterAt the time of the last entry already read, or null
   * @param afterId the id of the last entry already read, or null
   */
  List<AuditEntry> after(AuditQuery query, Instant afterAt, Long afterId, int max);
}
