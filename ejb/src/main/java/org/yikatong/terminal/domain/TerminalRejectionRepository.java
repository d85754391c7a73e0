package org.yikatong.terminal.domain;

import java.util.List;

/** The audit trail of refused terminal messages, one row per repeat key. */
public interface TerminalRejectionRepository {

  /**
   * Counts the refusal on the row of its repeat key, in one atomic statement: one more repeat, the
   * latest time, and the refusal's connection, node, terminal, MTI, STAN and detail.
   *
   * @return false when no row has that repeat key yet
   */
  boolean addRepeat(TerminalRejection refusal);

  /**
   * Stores the refusal as the first of its repeat key, at once (not at commit).
   *
   * @throws RepeatKeyTakenException when another transaction stored a row with that key first
   */
  void add(TerminalRejection refusal);

  /** The most recently seen first. */
  List<TerminalRejection> findRecent(int limit);
}
