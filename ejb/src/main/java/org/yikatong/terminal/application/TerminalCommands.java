package org.yikatong.terminal.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.Role;
import org.yikatong.terminal.domain.TerminalCommand;
import org.yikatong.terminal.domain.TerminalCommandRepository;
import org.yikatong.terminal.domain.TerminalRepository;

/**
 * Commands to terminals for operators (a notice on the screen, a mode switch) and the terminals'
 * acknowledgements. Blacklist commands come from the card lifecycle through {@link CommandQueue}.
 */
@Stateless
public class TerminalCommands {

  /** Longest notice shown on a terminal screen, in characters. */
  public static final int MAX_NOTICE = 300;

  @Inject CommandQueue queue;
  @Inject TerminalRepository terminals;
  @Inject TerminalCommandRepository commands;
  @Inject TerminalSecrets secrets;

  /**
   * Sends a NOTICE (text for the screen; an empty text clears the screen) or a MODE switch (NORMAL,
   * EMERGENCY, OFFLINE, OUT_OF_SERVICE).
   *
   * @throws RequestRefusedException an unknown terminal (404) or command, or a bad payload (400)
   */
  @RolesAllowed({Role.ADMINISTRATOR, Role.TECHNICIAN, Role.HELPDESK})
  @Audited
  public TerminalCommand send(
      @NotBlank String terminalCode, @NotBlank String command, @NotNull String payload) {
    if (terminals.findByCode(terminalCode).isEmpty()) {
      throw RequestRefusedException.notFound("No terminal " + terminalCode);
    }
    switch (command) {
      case "NOTICE" -> {
        if ((payload.isBlank() && !payload.isEmpty()) || payload.length() > MAX_NOTICE) {
          throw RequestRefusedException.invalid(
              "A notice has 1 to " + MAX_NOTICE + " characters, or none to clear the screen");
        }
      }
      case "MODE" -> {
        if (!TerminalCommand.MODES.contains(payload)) {
          throw RequestRefusedException.invalid(
              "A mode is one of " + TerminalCommand.MODES + ": " + payload);
        }
      }
      default ->
          throw RequestRefusedException.invalid(
              "Operators send NOTICE or MODE; blacklists and keys go by themselves: " + command);
    }
    return queue.queue(terminalCode, command, payload);
  }

  /** A terminal's commands, newest first. */
  @RolesAllowed({Role.ADMINISTRATOR, Role.TECHNICIAN, Role.HELPDESK, Role.AUDITOR})
  public List<TerminalCommand> of(@NotBlank String terminalCode) {
    return commands.latestOf(terminalCode, 200);
  }

  /** The commands with these ids, by id (those that do not exist are left out). */
  @RolesAllowed({Role.ADMINISTRATOR, Role.TECHNICIAN, Role.HELPDESK, Role.AUDITOR})
  public List<TerminalCommand> byIds(@NotNull java.util.Collection<Long> ids) {
    return ids.isEmpty() ? List.of() : commands.findByIds(ids);
  }

  /** A terminal answered a command (0630). */
  @RolesAllowed(Role.GATEWAY)
  public void acknowledged(String terminalCode, String stan, String responseCode, Instant at) {
    commands
        .pendingWithStan(terminalCode, stan)
        .forEach(
            c -> {
              c.answered(responseCode, at);
              if ("KEY".equals(c.getCommand())
                  && c.getStatus() == TerminalCommand.Status.ACKNOWLEDGED) {
                terminals
                    .findByCode(terminalCode)
                    .ifPresent(t -> t.keyRotationAcknowledged(c.getPayload()));
                secrets.forget(terminalCode);
              }
            });
  }
}
