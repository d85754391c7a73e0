package org.yikatong.terminal.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.yikatong.terminal.domain.TerminalCommand;
import org.yikatong.terminal.domain.TerminalCommandRepository;

/**
 * Sends a terminal's pending commands through the {@link TerminalCommandSender}, in the order they
 * were made, stopping at the first that cannot go (the terminal is not connected). Runs on its own
 * after the transaction that queued the commands, or that saw the terminal sign on or send a
 * heartbeat, has committed. The pending rows are locked while sending, so two deliveries for one
 * terminal do not interleave.
 */
@Stateless
@PermitAll
public class CommandDispatcher {

  private static final Logger LOG = Logger.getLogger(CommandDispatcher.class.getName());

  @Inject TerminalCommandSender sender;
  @Inject TerminalCommandRepository commands;
  @Inject Clock clock;

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void deliverPending(String terminalCode) {
    List<TerminalCommand> pending = commands.lockPending(terminalCode);
    if (pending.isEmpty()) {
      return;
    }
    int sent = sender.sendInOrder(pending, command -> command.sent(clock.instant()));
    LOG.fine(() -> "Sent " + sent + " of " + pending.size() + " commands to " + terminalCode);
  }
}
