package org.yikatong.finance.infrastructure;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.yikatong.finance.domain.statement.StatementRejected;

/**
 * Amounts as statement files write them, read exactly into fen: yuan with a decimal point (the
 * channels' bills, ISO 20022) or a decimal comma (SWIFT MT940). Never through {@code double}.
 */
final class Yuan {

  /** Yuan with an optional minus sign, digits, and an optional decimal point and fraction. */
  private static final Pattern POINT = Pattern.compile("-?\\d{1,15}(\\.\\d*)?");

  /** SWIFT: digits, a mandatory decimal comma, and an optional fraction ({@code 15,} is 15.00). */
  private static final Pattern COMMA = Pattern.compile("\\d{1,14},\\d*");

  private Yuan() {}

  /**
   * Reads an amount in yuan written with a decimal point, such as {@code 12.30}, {@code -0.60} or
   * {@code 100}.
   *
   * @param what the column or element the amount stands in, named in the refusal
   * @return the amount in fen, negative when the file writes it so
   * @throws StatementRejected when the text is not such an amount, or has fractions of a fen (more
   *     than two decimals that are not zeros)
   */
  static long fen(String text, int lineNo, String what) {
    String value = text == null ? "" : text.strip();
    if (!POINT.matcher(value).matches()) {
      throw new StatementRejected(
          lineNo, what + " '" + value + "' is not an amount in yuan such as 12.30");
    }
    return exactFen(new BigDecimal(value), value, lineNo, what);
  }

  /**
   * Reads a SWIFT amount: digits with a decimal comma, such as {@code 2000,50} or {@code 15,}.
   *
   * @throws StatementRejected when the text is not such an amount or has fractions of a fen
   */
  static long swiftFen(String text, int lineNo, String what) {
    String value = text == null ? "" : text.strip();
    if (!COMMA.matcher(value).matches()) {
      throw new StatementRejected(
          lineNo,
          what
              + " '"
              + value
              + "' is not a SWIFT amount (digits with a decimal comma, as 2000,50)");
    }
    String plain = value.endsWith(",") ? value.substring(0, value.length() - 1) : value;
    return exactFen(new BigDecimal(plain.replace(',', '.')), value, lineNo, what);
  }

  private static long exactFen(BigDecimal yuan, String value, int lineNo, String what) {
    BigDecimal fen = yuan.movePointRight(2);
    if (fen.signum() != 0 && fen.stripTrailingZeros().scale() > 0) {
      throw new StatementRejected(
          lineNo,
          what + " '" + value + "' has more than two decimals: it is not a whole number of fen");
    }
    try {
      return fen.longValueExact();
    } catch (ArithmeticException e) {
      throw new StatementRejected(lineNo, what + " '" + value + "' is out of range");
    }
  }

  /** Fen as yuan with two decimals, for messages: {@code -1234} is {@code -12.34}. */
  static String format(long fen) {
    return BigDecimal.valueOf(fen, 2).toPlainString();
  }
}
