package org.yikatong.terminal.application;

import java.time.Instant;
import org.yikatong.terminal.domain.TerminalRejection;

/** A refused terminal message as auditors see it. */
public record TerminalRejectionSummary(
    Instant occurredAt,
    String nodeName,
    String connectionId,
    String reason,
    String terminalId,
    String mti,
    String stan,
    String detail) {

  static TerminalRejectionSummary of(TerminalRejection r) {
    return new TerminalRejectionSummary(
        r.getOccurredAt(),
        r.getNodeName(),
        r.getConnectionId(),
        r.getReason(),
        r.getTerminalCode(),
        r.getMti(),
        r.getStan(),
        r.getDetail());
  }
}
