package org.yikatong.terminal.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.yikatong.security.domain.Role;
import org.yikatong.terminal.domain.TerminalRepository;

/** Read access to terminals and their health for the console and the API. */
@Stateless
@RolesAllowed({Role.ADMINISTRATOR, Role.TECHNICIAN, Role.HELPDESK, Role.AUDITOR})
public class TerminalDirectory {

  @Inject TerminalRepository terminals;

  /** Every terminal, by terminal id. */
  public List<TerminalSummary> all() {
    return terminals.findAll().stream().map(TerminalSummary::of).toList();
  }

  public Optional<TerminalSummary> byId(String terminalId) {
    return terminals.findByCode(terminalId).map(TerminalSummary::of);
  }
}
