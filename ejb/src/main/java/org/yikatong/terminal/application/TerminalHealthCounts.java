package org.yikatong.terminal.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import org.yikatong.security.domain.Role;
import org.yikatong.terminal.domain.TerminalRepository;

/** How many terminals are enabled and how many of them are heard from, for monitoring. */
@Stateless
@RolesAllowed({Role.ADMINISTRATOR, Role.TECHNICIAN, Role.HELPDESK, Role.AUDITOR})
public class TerminalHealthCounts {

  @Inject TerminalRepository terminals;
  @Inject Clock clock;

  /**
   * The enabled terminals, and those of them that sent anything (a request, a heartbeat) within
   * {@code offlineAfter} of now.
   */
  public Counts counts(@NotNull Duration offlineAfter) {
    return new Counts(
        terminals.countEnabled(),
        terminals.countEnabledSeenSince(clock.instant().minus(offlineAfter)));
  }

  /**
   * @param enabled the terminals enabled
   * @param online the enabled terminals heard from lately
   */
  public record Counts(long enabled, long online) {}
}
