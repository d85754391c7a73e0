package org.yikatong.terminal.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.security.application.AuditTrail;
import org.yikatong.security.application.Audited;
import org.yikatong.security.application.SecretCipher;
import org.yikatong.security.domain.Role;
import org.yikatong.terminal.domain.Merchant;
import org.yikatong.terminal.domain.MerchantRepository;
import org.yikatong.terminal.domain.Terminal;
import org.yikatong.terminal.domain.TerminalCommand;
import org.yikatong.terminal.domain.TerminalRepository;
import org.yikatong.terminal.domain.TerminalStatus;
import org.yikatong.terminal.domain.TerminalType;

/**
 * Registers terminals and manages their secrets and status. Each call is one JTA transaction; a
 * refused request stores nothing.
 *
 * <p>A secret is 32 random bytes, returned once and stored only encrypted under the master key; a
 * new secret replaces the old one at once, so the terminal must be loaded with it: {@link
 * #pushNewKey} sends it over the wire in a KEY command instead.
 */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
@Audited
public class TerminalAdministration {

  private static final HexFormat HEX = HexFormat.of();

  @Inject TerminalRepository terminals;
  @Inject MerchantRepository merchants;
  @Inject SecretCipher cipher;
  @Inject Clock clock;
  @Inject CommandQueue commands;
  @Inject AuditTrail audit;
  @Inject TerminalSecrets secrets;

  private final SecureRandom random = new SecureRandom();

  /**
   * Registers a terminal, enabled, with a fresh secret.
   *
   * @throws RequestRefusedException CONFLICT when the terminal id is taken, NOT_FOUND when the
   *     merchant is unknown, INVALID when a POS has no merchant
   */
  public IssuedSecret register(@NotNull @Valid NewTerminal request) {
    if (terminals.findByCode(request.terminalId()).isPresent()) {
      throw RequestRefusedException.conflict("Terminal " + request.terminalId() + " exists");
    }
    Merchant merchant = null;
    if (request.merchantCode() != null && !request.merchantCode().isBlank()) {
      merchant =
          merchants
              .findByCode(request.merchantCode())
              .orElseThrow(
                  () -> RequestRefusedException.notFound("No merchant " + request.merchantCode()));
    } else if (request.type() == TerminalType.POS) {
      throw RequestRefusedException.invalid("A POS terminal needs a merchant");
    }
    byte[] secret = newSecret();
    terminals.add(
        new Terminal(
            request.terminalId(),
            request.type(),
            merchant,
            request.location(),
            cipher.encrypt(secret),
            clock.instant()));
    return new IssuedSecret(request.terminalId(), HEX.formatHex(secret));
  }

  /** Replaces the terminal's secret; messages MACed with the old one are refused from now on. */
  public IssuedSecret rotateSecret(String terminalId) {
    byte[] secret = newSecret();
    find(terminalId).replaceSecret(cipher.encrypt(secret));
    secrets.forget(terminalId);
    return new IssuedSecret(terminalId, HEX.formatHex(secret));
  }

  /**
   * Rotates the terminal's secret over the wire: the new secret goes to the terminal in a KEY
   * command (wrapped under its current PIN key by the adapter) and becomes the terminal's secret
   * when the terminal acknowledges it; until then the current one stays valid. The new secret is
   * never shown and never stored in clear: the command keeps it encrypted under the master key.
   */
  public TerminalCommand pushNewKey(String terminalId) {
    Terminal terminal = find(terminalId);
    if (!terminal.isEnabled()) {
      throw RequestRefusedException.conflict("Terminal " + terminalId + " is disabled");
    }
    String encrypted = cipher.encrypt(newSecret());
    terminal.keyRotationStarted(encrypted);
    return commands.queue(terminalId, "KEY", encrypted);
  }

  /** The platform refuses the terminal's messages (58) until it is enabled again. */
  public TerminalSummary disable(String terminalId) {
    Terminal terminal = find(terminalId);
    TerminalStatus before = terminal.getStatus();
    terminal.disable();
    secrets.forget(terminalId);
    audit.describe(before, terminal.getStatus());
    return TerminalSummary.of(terminal);
  }

  public TerminalSummary enable(String terminalId) {
    Terminal terminal = find(terminalId);
    TerminalStatus before = terminal.getStatus();
    terminal.enable();
    audit.describe(before, terminal.getStatus());
    return TerminalSummary.of(terminal);
  }

  private Terminal find(String terminalId) {
    return terminals
        .findByCode(terminalId)
        .orElseThrow(() -> RequestRefusedException.notFound("No terminal " + terminalId));
  }

  private byte[] newSecret() {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    return secret;
  }
}
