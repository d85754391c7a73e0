package org.yikatong.kernel.domain;

import java.io.Serializable;

/**
 * An amount of CNY in fen (1 yuan = 100 fen), the only way money is represented in Yikatong.
 *
 * <p>Never a floating point number: arithmetic is exact and overflows throw rather than wrap.
 *
 * @param fen the amount in fen; negative for a debit balance or an outflow
 */
public record Money(long fen) implements Serializable, Comparable<Money> {

  public static final Money ZERO = new Money(0);

  public static Money ofFen(long fen) {
    return new Money(fen);
  }

  /** Parses a yuan amount with at most two decimals, such as {@code "12.30"} or {@code "-5"}. */
  public static Money parseYuan(String yuan) {
    String s = yuan.strip();
    if (!s.matches("-?\\d{1,15}(\\.\\d{1,2})?")) {
      throw new IllegalArgumentException("Not a yuan amount with at most two decimals: " + yuan);
    }
    boolean negative = s.startsWith("-");
    String digits = negative ? s.substring(1) : s;
    int dot = digits.indexOf('.');
    String whole = dot < 0 ? digits : digits.substring(0, dot);
    String cents = dot < 0 ? "" : digits.substring(dot + 1);
    long fen = Math.addExact(Math.multiplyExact(Long.parseLong(whole), 100), centsOf(cents));
    return new Money(negative ? -fen : fen);
  }

  private static long centsOf(String cents) {
    return switch (cents.length()) {
      case 0 -> 0;
      case 1 -> Long.parseLong(cents) * 10;
      default -> Long.parseLong(cents);
    };
  }

  public Money plus(Money other) {
    return new Money(Math.addExact(fen, other.fen));
  }

  public Money minus(Money other) {
    return new Money(Math.subtractExact(fen, other.fen));
  }

  public Money negate() {
    return new Money(Math.negateExact(fen));
  }

  public boolean isNegative() {
    return fen < 0;
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(fen, other.fen);
  }

  /** The amount in yuan with exactly two decimals, such as {@code "-0.05"}. */
  public String toYuanString() {
    long abs = Math.abs(fen);
    return (fen < 0 ? "-" : "") + (abs / 100) + "." + String.format("%02d", abs % 100);
  }

  @Override
  public String toString() {
    return "CNY " + toYuanString();
  }
}
