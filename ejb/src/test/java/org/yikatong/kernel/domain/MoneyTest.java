package org.yikatong.kernel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  @DisplayName("yuan strings parse to exact fen")
  void parsesYuan() {
    assertEquals(1230, Money.parseYuan("12.30").fen());
    assertEquals(1203, Money.parseYuan("12.03").fen());
    assertEquals(1230, Money.parseYuan("12.3").fen());
    assertEquals(-500, Money.parseYuan("-5").fen());
    assertEquals(1, Money.parseYuan("0.01").fen());
  }

  @Test
  @DisplayName("amounts with more than two decimals or no digits are refused")
  void refusesBadYuan() {
    assertThrows(IllegalArgumentException.class, () -> Money.parseYuan("1.005"));
    assertThrows(IllegalArgumentException.class, () -> Money.parseYuan("abc"));
    assertThrows(IllegalArgumentException.class, () -> Money.parseYuan("1e3"));
    assertThrows(IllegalArgumentException.class, () -> Money.parseYuan(""));
  }

  @Test
  @DisplayName("formatting shows two decimals and the sign")
  void formats() {
    assertEquals("0.05", Money.ofFen(5).toYuanString());
    assertEquals("-0.05", Money.ofFen(-5).toYuanString());
    assertEquals("1234.50", Money.ofFen(123450).toYuanString());
    assertEquals("CNY 1.00", Money.ofFen(100).toString());
  }

  @Test
  @DisplayName("arithmetic is exact and overflow throws instead of wrapping")
  void arithmetic() {
    assertEquals(Money.ofFen(30), Money.ofFen(10).plus(Money.ofFen(20)));
    assertEquals(Money.ofFen(-10), Money.ofFen(10).minus(Money.ofFen(20)));
    assertTrue(Money.ofFen(-1).isNegative());
    assertThrows(ArithmeticException.class, () -> Money.ofFen(Long.MAX_VALUE).plus(Money.ofFen(1)));
    assertThrows(ArithmeticException.class, () -> Money.ofFen(Long.MIN_VALUE).negate());
  }
}
