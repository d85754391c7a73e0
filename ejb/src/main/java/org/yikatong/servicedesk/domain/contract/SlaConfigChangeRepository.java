package org.yikatong.servicedesk.domain.contract;

import java.util.List;

/** The log of changes to SLA targets, calendars and the duty roster. */
public interface SlaConfigChangeRepository {

  void add(SlaConfigChange change);

  /** The latest changes, newest first, at most {@code max}. */
  List<SlaConfigChange> newestFirst(int max);
}
