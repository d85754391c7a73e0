package org.yikatong.terminal.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.yikatong.security.application.SecretCipher;
import org.yikatong.security.domain.Role;
import org.yikatong.terminal.domain.Terminal;
import org.yikatong.terminal.domain.TerminalRepository;

/**
 * The platform's side of the link with each terminal: its key for the card adapter, and its network
 * management (sign-on, sign-off, echo) that keeps terminal health current. Called by the adapter's
 * message endpoint, one JTA transaction per call.
 */
@Stateless
@RolesAllowed(Role.GATEWAY)
public class TerminalLink {

  @Inject TerminalRepository terminals;
  @Inject SecretCipher cipher;

  /**
   * The decrypted 32-byte secret of an enabled terminal; empty when the terminal is unknown,
   * disabled, or has no secret yet.
   */
  public Optional<byte[]> secretOf(String terminalCode) {
    return terminals
        .findByCode(terminalCode)
        .filter(Terminal::isEnabled)
        .map(Terminal::getSecretCipher)
        .map(cipher::decrypt);
  }

  /** What a network management message (0800) asks, by its field 70. */
  public enum NetworkFunction {
    SIGN_ON,
    SIGN_OFF,
    ECHO
  }

  /**
   * Records a network management message of an authenticated terminal.
   *
   * @throws IllegalArgumentException when the terminal is unknown
   */
  public void networkManagement(String terminalCode, NetworkFunction function, Instant at) {
    Terminal terminal =
        terminals
            .findByCode(terminalCode)
            .orElseThrow(() -> new IllegalArgumentException("Unknown terminal " + terminalCode));
    switch (function) {
      case SIGN_ON -> terminal.signOn(at);
      case SIGN_OFF -> terminal.signOff(at);
      case ECHO -> terminal.heartbeat(at);
    }
  }
}
