package org.yikatong.terminal.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.Role;
import org.yikatong.terminal.domain.Terminal;
import org.yikatong.terminal.domain.TerminalRepository;

/**
 * Manual service points: a desk POS switched on takes cash top-ups (0200, 210000) like a kiosk, and
 * shows its opening hours to card holders, until it is switched off.
 */
@Stateless
@RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
public class ServicePoints {

  @Inject TerminalRepository terminals;

  /**
   * Switches a POS on as a service point.
   *
   * @throws RequestRefusedException unknown terminal (404), not a POS (400), disabled or already a
   *     service point (409)
   */
  @Audited
  public TerminalSummary switchOn(
      @NotBlank String terminalCode, @NotBlank @Size(max = 100) String openingHours) {
    Terminal terminal = locked(terminalCode);
    try {
      terminal.openServicePoint(openingHours);
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    } catch (IllegalStateException e) {
      throw RequestRefusedException.conflict(e.getMessage());
    }
    return TerminalSummary.of(terminal);
  }

  /** Switches a service point off; a terminal that is none stays as it is. */
  @Audited
  public TerminalSummary switchOff(@NotBlank String terminalCode) {
    Terminal terminal = locked(terminalCode);
    terminal.closeServicePoint();
    return TerminalSummary.of(terminal);
  }

  private Terminal locked(String terminalCode) {
    return terminals
        .lockByCode(terminalCode)
        .orElseThrow(() -> RequestRefusedException.notFound("No terminal " + terminalCode));
  }
}
