package org.yikatong.finance.domain.reconciliation;

import java.util.Objects;
import org.yikatong.finance.domain.statement.LineKind;
import org.yikatong.finance.domain.statement.StatementLine;

/**
 * A statement line as the matching engine sees it: the line and where it is stored.
 *
 * @param id the stored line's id
 * @param fileId the stored file's id
 * @param line the line
 */
public record ChannelLine(long id, long fileId, StatementLine line) {

  public ChannelLine {
    Objects.requireNonNull(line, "line");
  }

  /** The amount as money into the channel's clearing: refunds and fee lines count negative. */
  public long signedFen() {
    return line.kind() == LineKind.PAYMENT ? line.amountFen() : -line.amountFen();
  }

  /** Which way the money went; null for a fee line. */
  public Flow flow() {
    return switch (line.kind()) {
      case PAYMENT -> Flow.PAYMENT;
      case REFUND -> Flow.REFUND;
      case FEE -> null;
    };
  }
}
