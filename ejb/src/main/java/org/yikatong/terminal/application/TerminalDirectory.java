package org.yikatong.terminal.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.yikatong.security.domain.Role;
import org.yikatong.terminal.domain.RrnGap;
import org.yikatong.terminal.domain.RrnGapRepository;
import org.yikatong.terminal.domain.TerminalCommand;
import org.yikatong.terminal.domain.TerminalCommandRepository;
import org.yikatong.terminal.domain.TerminalRejectionRepository;
import org.yikatong.terminal.domain.TerminalRepository;

/** Read access to terminals and their health for the console and the API. */
@Stateless
@RolesAllowed({Role.ADMINISTRATOR, Role.TECHNICIAN, Role.HELPDESK, Role.AUDITOR})
public class TerminalDirectory {

  @Inject TerminalRepository terminals;
  @Inject TerminalRejectionRepository rejections;
  @Inject RrnGapRepository gaps;
  @Inject TerminalCommandRepository commands;

  /** Every terminal, by terminal id. */
  public List<TerminalSummary> all() {
    return terminals.findAll().stream().map(TerminalSummary::of).toList();
  }

  /**
   * A terminal's mode: the last MODE it applied (NORMAL when none), and the one sent to it and not
   * yet applied, if any.
   */
  public record TerminalMode(String current, String pending) {}

  /** The mode of every terminal that was ever sent a MODE command, by terminal id. */
  public java.util.Map<String, TerminalMode> modes() {
    java.util.Map<String, TerminalMode> modes = new java.util.HashMap<>();
    for (TerminalCommand c : commands.modeCommands()) {
      TerminalMode was = modes.getOrDefault(c.getTerminalCode(), new TerminalMode("NORMAL", null));
      modes.put(
          c.getTerminalCode(),
          c.getStatus() == TerminalCommand.Status.ACKNOWLEDGED
              ? new TerminalMode(c.getPayload(), null)
              : new TerminalMode(was.current(), c.getPayload()));
    }
    return modes;
  }

  public Optional<TerminalSummary> byId(String terminalId) {
    return terminals.findByCode(terminalId).map(TerminalSummary::of);
  }

  /** The most recent messages the card adapter refused, newest first (at most 500). */
  @RolesAllowed({Role.ADMINISTRATOR, Role.TECHNICIAN, Role.AUDITOR})
  public List<TerminalRejectionSummary> recentRejections(int limit) {
    return rejections.findRecent(Math.max(1, Math.min(limit, 500))).stream()
        .map(TerminalRejectionSummary::of)
        .toList();
  }

  /** Gaps detected in terminals' RRN sequences, newest first (at most 500). */
  @RolesAllowed({Role.ADMINISTRATOR, Role.TECHNICIAN, Role.AUDITOR, Role.FINANCE})
  public List<RrnGap> rrnGaps(int limit) {
    return gaps.latest(Math.max(1, Math.min(limit, 500)));
  }
}
