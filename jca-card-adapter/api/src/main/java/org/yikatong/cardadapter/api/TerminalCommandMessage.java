package org.yikatong.cardadapter.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * A command for a terminal, sent as an 0620 administrative advice: field 41 the terminal, 11 the
 * STAN, 60 the command, 61 its payload in UTF-8. The STAN identifies the command: every send of one
 * command carries the same STAN, so a terminal that gets it twice applies it once.
 *
 * @param command NOTICE, MODE, BLACKLIST or KEY
 */
public record TerminalCommandMessage(String terminalId, String stan, String command, String payload)
    implements Serializable {

  /** The commands of the contract. */
  public static final Set<String> COMMANDS = Set.of("NOTICE", "MODE", "BLACKLIST", "KEY");

  public TerminalCommandMessage {
    Objects.requireNonNull(terminalId, "terminalId");
    if (stan == null || !stan.matches("[0-9]{6}")) {
      throw new IllegalArgumentException("A STAN has 6 digits: " + stan);
    }
    if (!COMMANDS.contains(command)) {
      throw new IllegalArgumentException("Not a command of the contract: " + command);
    }
    Objects.requireNonNull(payload, "payload");
  }
}
