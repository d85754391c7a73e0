package org.yikatong.finance.domain.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A statement file as read, its own totals already checked against its lines.
 *
 * @param format the file's format
 * @param account the merchant number at the channel, or the bank account (IBAN or number)
 * @param day the business day the statement covers
 * @param lines its transaction lines, in file order
 * @param totals what the file declares of itself
 */
public record Statement(
    StatementFormat format,
    String account,
    LocalDate day,
    List<StatementLine> lines,
    DeclaredTotals totals) {

  public Statement {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(day, "day");
    lines = List.copyOf(lines);
  }
}
