package org.yikatong.terminal.application;

import java.time.Instant;
import org.yikatong.terminal.domain.TerminalRejection;

/**
 * Refused terminal messages with the same repeat key, as auditors see them: when the first and the
 * latest came, how many there were, and the details of the latest.
 *
 * @param occurredAt when the first refusal of the row happened
 * @param lastSeenAt when the latest happened
 * @param repeatCount how many refusals the row stands for
 * @param sourceAddress the address they came from; null on rows from before repeats were counted
 */
public record TerminalRejectionSummary(
    Instant occurredAt,
    Instant lastSeenAt,
    long repeatCount,
    String sourceAddress,
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
        r.getLastSeenAt(),
        r.getRepeatCount(),
        r.getSourceAddress(),
        r.getNodeName(),
        r.getConnectionId(),
        r.getReason(),
        r.getTerminalCode(),
        r.getMti(),
        r.getStan(),
        r.getDetail());
  }
}
