package org.yikatong.cardadapter.api;

import java.util.Optional;

/**
 * The card number terminals read (ISO 8583 field 2): 19 digits, the issuer prefix {@value #PREFIX},
 * the card's id in 14 digits and a Luhn check digit, such as {@code 6288000000000000013} for card
 * 1. It is derived from the card's id, so it needs no storage and never changes; the serial number
 * is the chip's own and is what people and the API use.
 */
public final class CardNumber {

  /** Issuer prefix of Yikatong card numbers. */
  public static final String PREFIX = "6288";

  private CardNumber() {}

  /** The card number of the card with this id. */
  public static String of(long cardId) {
    if (cardId <= 0 || cardId > 99_999_999_999_999L) {
      throw new IllegalArgumentException("No card number for id " + cardId);
    }
    String body = PREFIX + String.format("%014d", cardId);
    return body + checkDigit(body);
  }

  /** The id of the card with this number, if it is a well-formed Yikatong card number. */
  public static Optional<Long> idOf(String cardNumber) {
    if (cardNumber == null
        || !cardNumber.matches("[0-9]{19}")
        || !cardNumber.startsWith(PREFIX)
        || checkDigit(cardNumber.substring(0, 18)) != cardNumber.charAt(18)) {
      return Optional.empty();
    }
    long id = Long.parseLong(cardNumber.substring(4, 18));
    return id > 0 ? Optional.of(id) : Optional.empty();
  }

  /** The Luhn (mod 10) check digit for the digits given. */
  static char checkDigit(String digits) {
    int sum = 0;
    boolean twice = true; // the rightmost digit of the body is doubled
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return (char) ('0' + (10 - sum % 10) % 10);
  }
}
