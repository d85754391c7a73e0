package org.yikatong.cardadapter.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CardNumberTest {

  @Test
  @DisplayName("card numbers carry the prefix, the id and a Luhn digit, and read back")
  void roundTrip() {
    assertEquals("6288000000000000013", CardNumber.of(1));
    assertEquals(Optional.of(1L), CardNumber.idOf("6288000000000000013"));
    assertEquals(Optional.of(123_456L), CardNumber.idOf(CardNumber.of(123_456)));
  }

  @Test
  @DisplayName("a wrong check digit, prefix or length is no card number")
  void malformed() {
    assertEquals(Optional.empty(), CardNumber.idOf("6288000000000000014"));
    assertEquals(Optional.empty(), CardNumber.idOf("6299000000000000017"));
    assertEquals(Optional.empty(), CardNumber.idOf("628800000000000017"));
    assertEquals(Optional.empty(), CardNumber.idOf("6288000000000000000"));
    assertEquals(Optional.empty(), CardNumber.idOf(null));
  }

  @Test
  @DisplayName("the check digit is the standard Luhn digit")
  void luhn() {
    assertEquals('3', CardNumber.checkDigit("7992739871")); // the textbook example
  }
}
