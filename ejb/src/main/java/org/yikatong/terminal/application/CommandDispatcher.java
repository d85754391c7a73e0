package org.yikatong.terminal.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.yikatong.cardadapter.api.TerminalCommandConnection;
import org.yikatong.cardadapter.api.TerminalCommandConnectionFactory;
import org.yikatong.cardadapter.api.TerminalCommandMessage;
import org.yikatong.security.application.SecretCipher;
import org.yikatong.terminal.domain.TerminalCommand;

/**
 * Sends a terminal's pending commands through the card adapter's outbound connection factory, in
 * the order they were made, stopping at the first that cannot go (the terminal is not connected).
 * Runs on its own after the transaction that queued the commands, or that saw the terminal sign on
 * or send a heartbeat, has committed. The pending rows are locked while sending, so two deliveries
 * for one terminal do not interleave.
 */
@Stateless
@PermitAll
public class CommandDispatcher {

  private static final Logger LOG = Logger.getLogger(CommandDispatcher.class.getName());

  @Resource(lookup = "java:/yikatong/TerminalCommands")
  TerminalCommandConnectionFactory connections;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject SecretCipher cipher;

  /**
   * What goes on the wire: a KEY command's payload is stored encrypted under the master key and
   * handed to the adapter as the new secret in hex, which the adapter wraps under the terminal's
   * current PIN key before it leaves the server.
   */
  private String payloadOf(TerminalCommand command) {
    return "KEY".equals(command.getCommand())
        ? java.util.HexFormat.of().formatHex(cipher.decrypt(command.getPayload()))
        : command.getPayload();
  }

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void deliverPending(String terminalCode) {
    List<TerminalCommand> pending =
        em.createQuery(
                "select c from TerminalCommand c where c.terminalCode = :t and c.status = :s"
                    + " order by c.id",
                TerminalCommand.class)
            .setParameter("t", terminalCode)
            .setParameter("s", TerminalCommand.Status.PENDING)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (pending.isEmpty()) {
      return;
    }
    int sent = 0;
    try (TerminalCommandConnection connection = connections.getConnection()) {
      for (TerminalCommand command : pending) {
        boolean written =
            connection.send(
                new TerminalCommandMessage(
                    command.getTerminalCode(),
                    command.getStan(),
                    command.getCommand(),
                    payloadOf(command)));
        if (!written) {
          break;
        }
        command.sent(clock.instant());
        sent++;
      }
    }
    int sentNow = sent;
    LOG.fine(() -> "Sent " + sentNow + " of " + pending.size() + " commands to " + terminalCode);
  }
}
