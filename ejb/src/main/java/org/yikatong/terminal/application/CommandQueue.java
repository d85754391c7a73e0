package org.yikatong.terminal.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.List;
import org.yikatong.card.domain.CardListChange;
import org.yikatong.card.domain.CardListChanged;
import org.yikatong.kernel.application.Caller;
import org.yikatong.terminal.domain.Terminal;
import org.yikatong.terminal.domain.TerminalCommand;
import org.yikatong.terminal.domain.TerminalCommandRepository;
import org.yikatong.terminal.domain.TerminalRepository;
import org.yikatong.terminal.domain.TerminalType;

/**
 * Queues commands for terminals in the caller's transaction, and asks for their delivery once that
 * transaction has committed: a command is sent only after it is stored, never for a transaction
 * that rolled back. Used by {@link TerminalCommands}; every change of the card blacklist ({@link
 * CardListChanged}) is queued for the terminals that keep one.
 */
@ApplicationScoped
public class CommandQueue {

  /** Terminals that keep a card blacklist. */
  private static final List<TerminalType> BLACKLIST_TERMINALS =
      List.of(
          TerminalType.POS,
          TerminalType.KIOSK,
          TerminalType.GATE,
          TerminalType.DOOR,
          TerminalType.LIBRARY);

  @Inject TerminalCommandRepository commands;
  @Inject TerminalRepository terminals;
  @Inject CommandDispatcher dispatcher;
  @Inject Caller caller;
  @Inject Clock clock;
  @Resource TransactionSynchronizationRegistry transactions;

  /** Stores a command and has it sent after commit if the terminal is connected. */
  public TerminalCommand queue(String terminalCode, String command, String payload) {
    TerminalCommand queued =
        new TerminalCommand(terminalCode, command, payload, clock.instant(), caller.name());
    commands.add(queued); // the sequence assigns the id here; the insert comes at flush
    queued.numbered();
    deliverAfterCommit(terminalCode);
    return queued;
  }

  /** Tells every terminal that keeps a blacklist about a change of it. */
  public void blacklist(@Observes CardListChanged changed) {
    CardListChange change = changed.change();
    String payload = change.getAction() + " " + changed.cardNo() + " " + change.getReason();
    for (Terminal terminal : terminals.findAll()) {
      if (terminal.isEnabled() && BLACKLIST_TERMINALS.contains(terminal.getType())) {
        queue(terminal.getCode(), "BLACKLIST", payload);
      }
    }
  }

  /** Has the terminal's pending commands sent once the current transaction has committed. */
  public void deliverAfterCommit(String terminalCode) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              dispatcher.deliverPending(terminalCode);
            }
          }
        });
  }
}
