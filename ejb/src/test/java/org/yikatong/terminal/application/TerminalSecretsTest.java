package org.yikatong.terminal.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.cardadapter.api.KeyCheckValue;
import org.yikatong.security.application.SecretCipher;
import org.yikatong.terminal.domain.Terminal;
import org.yikatong.terminal.domain.TerminalRepository;
import org.yikatong.terminal.domain.TerminalType;

/**
 * The node's copies of terminal secrets against a terminal table that another node changes behind
 * them: the copies answer the adapter, but the row decides.
 */
class TerminalSecretsTest {

  private static final byte[] OLD = filled(1);
  private static final byte[] NEW = filled(2);

  private final SecretCipher cipher = new SecretCipher("11".repeat(32));
  private final Rows rows = new Rows();
  private final TerminalSecrets secrets = new TerminalSecrets();
  private Terminal row;

  @BeforeEach
  void setUp() {
    secrets.terminals = rows;
    secrets.cipher = cipher;
    row =
        new Terminal("T0000099", TerminalType.GATE, null, "东门", cipher.encrypt(OLD), Instant.EPOCH);
    rows.byCode.put(row.getCode(), row);
  }

  @Test
  @DisplayName("a secret is read once and then answered from the copy")
  void copied() {
    assertArrayEquals(OLD, secrets.secretOf("T0000099").orElseThrow());
    assertArrayEquals(OLD, secrets.secretOf("T0000099").orElseThrow());
    assertEquals(1, rows.reads);
  }

  @Test
  @DisplayName(
      "a secret replaced elsewhere: the old one is not current, the new one is and is kept")
  void replacedElsewhere() {
    secrets.secretOf("T0000099");
    row.replaceSecret(cipher.encrypt(NEW)); // another node
    assertArrayEquals(OLD, secrets.secretOf("T0000099").orElseThrow(), "the copy, still");

    assertFalse(secrets.isCurrent(row, KeyCheckValue.of(OLD)));
    assertTrue(secrets.isCurrent(row, KeyCheckValue.of(NEW)));
    assertArrayEquals(NEW, secrets.secretOf("T0000099").orElseThrow(), "the copy follows the row");
  }

  @Test
  @DisplayName("the current secret is read past the copy")
  void currentPastTheCopy() {
    secrets.secretOf("T0000099");
    row.replaceSecret(cipher.encrypt(NEW));
    assertArrayEquals(NEW, secrets.currentSecretOf("T0000099").orElseThrow());
    assertArrayEquals(NEW, secrets.secretOf("T0000099").orElseThrow());
  }

  @Test
  @DisplayName("a terminal disabled elsewhere is not current; disabled terminals are not kept")
  void disabledElsewhere() {
    secrets.secretOf("T0000099");
    row.disable();
    assertFalse(secrets.isCurrent(row, KeyCheckValue.of(OLD)));
    assertEquals(Optional.empty(), secrets.secretOf("T0000099"));
    row.enable();
    assertArrayEquals(OLD, secrets.secretOf("T0000099").orElseThrow());
  }

  @Test
  @DisplayName("no key check value, or another terminal's, is never current")
  void unknownCheck() {
    assertFalse(secrets.isCurrent(row, null));
    assertFalse(secrets.isCurrent(row, KeyCheckValue.of(NEW)));
    assertTrue(secrets.isCurrent(row, KeyCheckValue.of(OLD)));
  }

  @Test
  @DisplayName("a copy handed out cannot be changed by its receiver")
  void copiesAreNotShared() {
    byte[] handed = secrets.secretOf("T0000099").orElseThrow();
    handed[0] = 42;
    assertArrayEquals(OLD, secrets.secretOf("T0000099").orElseThrow());
  }

  private static byte[] filled(int value) {
    byte[] secret = new byte[32];
    java.util.Arrays.fill(secret, (byte) value);
    return secret;
  }

  /** The terminal table as the node reads it; the tests change its rows as another node would. */
  private static final class Rows implements TerminalRepository {
    final Map<String, Terminal> byCode = new HashMap<>();
    int reads;

    @Override
    public void add(Terminal terminal) {
      byCode.put(terminal.getCode(), terminal);
    }

    @Override
    public Optional<Terminal> findByCode(String code) {
      reads++;
      return Optional.ofNullable(byCode.get(code));
    }

    @Override
    public Optional<Terminal> lockByCode(String code) {
      return findByCode(code);
    }

    @Override
    public List<Terminal> findAll() {
      return List.copyOf(byCode.values());
    }

    @Override
    public long count() {
      return byCode.size();
    }

    @Override
    public long countEnabled() {
      throw new UnsupportedOperationException();
    }

    @Override
    public long countEnabledSeenSince(java.time.Instant since) {
      throw new UnsupportedOperationException();
    }
  }
}
