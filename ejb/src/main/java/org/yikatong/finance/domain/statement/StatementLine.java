package org.yikatong.finance.domain.statement;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a statement.
 *
 * @param lineNo where the line stands in the file (1-based), named in every message about it
 * @param kind what the line records
 * @param channelRef the channel's or the bank's own reference (微信订单号, 支付宝交易号, the bank's entry
 *     reference); for a refund, the channel's refund number
 * @param merchantRef our reference as the channel carries it back: the top-up order number (商户订单号),
 *     or the end-to-end reference of a bank entry; null when the line carries none
 * @param amountFen the amount in fen, never negative; the kind says which way it went
 * @param feeFen the charge the channel took on this line, in fen (0 when none)
 * @param at when the channel completed the transaction
 * @param batchRef for a detail line of a batched bank entry (camt.054), the reference of the
 *     camt.053 entry it is part of; null otherwise
 * @param description what the file says of the line (商品名称, 备注, remittance information)
 */
public record StatementLine(
    int lineNo,
    LineKind kind,
    String channelRef,
    String merchantRef,
    long amountFen,
    long feeFen,
    Instant at,
    String batchRef,
    String description) {

  public StatementLine {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    if (lineNo < 1) {
      throw new IllegalArgumentException("A line number starts at 1: " + lineNo);
    }
    if (amountFen < 0 || feeFen < 0) {
      throw new IllegalArgumentException("Line " + lineNo + ": amounts are never negative");
    }
  }
}
