package org.yikatong.terminal.domain;

import java.util.List;

/** Commands queued for terminals. */
public interface TerminalCommandRepository {

  /** Stores a command; its id (and so its STAN) is assigned here, the row is written at flush. */
  void add(TerminalCommand command);

  /** A terminal's pending commands, oldest first, locked for update until the transaction ends. */
  List<TerminalCommand> lockPending(String terminalCode);

  /**
   * A terminal's pending commands with this STAN, locked until the transaction ends: an
   * acknowledgement that arrives while the delivery that sent the command is still committing waits
   * for it, instead of failing on the command's version and being lost.
   */
  List<TerminalCommand> pendingWithStan(String terminalCode, String stan);

  /** The commands with these ids, by id. */
  List<TerminalCommand> findByIds(java.util.Collection<Long> ids);

  /** A terminal's latest commands, newest first, at most {@code max}. */
  List<TerminalCommand> latestOf(String terminalCode, int max);

  /** Every MODE command not refused, oldest first. */
  List<TerminalCommand> modeCommands();
}
