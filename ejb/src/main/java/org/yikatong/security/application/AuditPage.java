package org.yikatong.security.application;

import java.util.List;
import org.yikatong.security.domain.AuditEntry;

/**
 * One page of an audit trail search.
 *
 * @param total how many entries the search finds in all
 * @param entries the entries of the page, newest first
 */
public record AuditPage(long total, List<AuditEntry> entries) {

  public AuditPage {
    entries = List.copyOf(entries);
  }
}
