package org.yikatong.terminal.infrastructure;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.yikatong.cardadapter.api.TerminalCommandConnection;
import org.yikatong.cardadapter.api.TerminalCommandConnectionFactory;
import org.yikatong.cardadapter.api.TerminalCommandMessage;
import org.yikatong.security.application.SecretCipher;
import org.yikatong.terminal.application.TerminalCommandSender;
import org.yikatong.terminal.domain.TerminalCommand;

/**
 * {@link TerminalCommandSender} through the card adapter's outbound connection factory. A session
 * bean, so that the server starts it only once the adapter's factory is bound.
 */
@Stateless
@Local(TerminalCommandSender.class)
@PermitAll
public class CardAdapterCommandSender implements TerminalCommandSender {

  @Resource(lookup = "java:/yikatong/TerminalCommands")
  TerminalCommandConnectionFactory connections;

  @Inject SecretCipher cipher;

  @Override
  public int sendInOrder(List<TerminalCommand> commands, Consumer<TerminalCommand> written) {
    int sent = 0;
    try (TerminalCommandConnection connection = connections.getConnection()) {
      for (TerminalCommand command : commands) {
        boolean went =
            connection.send(
                new TerminalCommandMessage(
                    command.getTerminalCode(),
                    command.getStan(),
                    command.getCommand(),
                    payloadOf(command)));
        if (!went) {
          break;
        }
        written.accept(command);
        sent++;
      }
    }
    return sent;
  }

  /**
   * What goes on the wire: a KEY command's payload is stored encrypted under the master key and
   * handed to the adapter as the new secret in hex, which the adapter wraps under the terminal's
   * current PIN key before it leaves the server.
   */
  private String payloadOf(TerminalCommand command) {
    return "KEY".equals(command.getCommand())
        ? HexFormat.of().formatHex(cipher.decrypt(command.getPayload()))
        : command.getPayload();
  }
}
