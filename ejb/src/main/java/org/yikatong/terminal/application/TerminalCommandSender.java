package org.yikatong.terminal.application;

import java.util.List;
import java.util.function.Consumer;
import org.yikatong.terminal.domain.TerminalCommand;

/** Where commands leave the platform for the terminals. Joins the caller's transaction. */
public interface TerminalCommandSender {

  /**
   * Sends commands in the order given over one connection, stopping at the first that cannot go
   * (its terminal is not connected).
   *
   * @param written told of each command as soon as it has been written, before the next is sent
   * @return how many commands were written
   */
  int sendInOrder(List<TerminalCommand> commands, Consumer<TerminalCommand> written);
}
