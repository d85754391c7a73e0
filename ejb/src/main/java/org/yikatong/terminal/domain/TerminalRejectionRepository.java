package org.yikatong.terminal.domain;

import java.util.List;

/** The audit trail of refused terminal messages. */
public interface TerminalRejectionRepository {

  void add(TerminalRejection rejection);

  /** The most recent first. */
  List<TerminalRejection> findRecent(int limit);
}
