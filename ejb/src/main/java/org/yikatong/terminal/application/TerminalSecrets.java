package org.yikatong.terminal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.yikatong.cardadapter.api.KeyCheckValue;
import org.yikatong.security.application.SecretCipher;
import org.yikatong.terminal.domain.Terminal;
import org.yikatong.terminal.domain.TerminalRepository;

/**
 * The decrypted secrets of enabled terminals, kept in this node's memory so that the card adapter's
 * check of a request's MAC costs no database transaction.
 *
 * <p>A copy is never trusted on its own. Every request is admitted in its own transaction against
 * the terminal's row as read and locked there ({@link #isCurrent}): the terminal must be enabled
 * and the secret the adapter verified with must be the row's. So a secret rotated, replaced or a
 * terminal disabled on any node stops a request signed with the old secret at once, whatever this
 * node still holds; a copy found out of date is replaced from the row. Unknown and disabled
 * terminals are not kept: enabling one takes effect with its next request.
 */
@ApplicationScoped
public class TerminalSecrets {

  /** More terminals than a campus has; past it the copies are dropped and read again. */
  static final int MAX_HELD = 20_000;

  private final ConcurrentHashMap<String, Held> held = new ConcurrentHashMap<>();

  @Inject TerminalRepository terminals;
  @Inject SecretCipher cipher;

  /** A secret as stored (encrypted), decrypted, and its key check value. */
  private record Held(String cipherText, byte[] secret, String keyCheck) {}

  /** The secret of an enabled terminal, from memory when held. */
  public Optional<byte[]> secretOf(String terminalCode) {
    Held copy = held.get(terminalCode);
    if (copy != null) {
      return Optional.of(copy.secret().clone());
    }
    return load(terminalCode);
  }

  /** The secret as the database has it now; the copy held is replaced. */
  public Optional<byte[]> currentSecretOf(String terminalCode) {
    held.remove(terminalCode);
    return load(terminalCode);
  }

  /**
   * Whether the terminal, as read in the caller's transaction, is enabled and has the secret with
   * this key check value. The copy held is brought in line with the row either way.
   */
  public boolean isCurrent(Terminal terminal, String keyCheck) {
    if (!terminal.isEnabled() || terminal.getSecretCipher() == null) {
      held.remove(terminal.getCode());
      return false;
    }
    Held copy = held.get(terminal.getCode());
    if (copy == null || !copy.cipherText().equals(terminal.getSecretCipher())) {
      copy = hold(terminal);
    }
    return copy.keyCheck().equals(keyCheck);
  }

  /** Drops the copy of a terminal whose secret or status changed. */
  public void forget(String terminalCode) {
    held.remove(terminalCode);
  }

  private Optional<byte[]> load(String terminalCode) {
    return terminals
        .findByCode(terminalCode)
        .filter(Terminal::isEnabled)
        .filter(t -> t.getSecretCipher() != null)
        .map(t -> hold(t).secret().clone());
  }

  private Held hold(Terminal terminal) {
    byte[] secret = cipher.decrypt(terminal.getSecretCipher());
    Held copy = new Held(terminal.getSecretCipher(), secret, KeyCheckValue.of(secret));
    if (held.size() >= MAX_HELD) {
      held.clear();
    }
    held.put(terminal.getCode(), copy);
    return copy;
  }
}
