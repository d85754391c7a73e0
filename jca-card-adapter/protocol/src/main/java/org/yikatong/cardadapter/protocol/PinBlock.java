package org.yikatong.cardadapter.protocol;

import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * ISO 9564 format-0 PIN blocks, encrypted with the terminal's PIN key (DESede, ECB, no padding).
 *
 * <p>Clear block: {@code 0}, the PIN length, the PIN digits, {@code F} to 16 nibbles; XOR with the
 * PAN block: {@code 0000} and the 12 rightmost digits of the card number without its check digit.
 */
public final class PinBlock {

  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  private PinBlock() {}

  /** Encrypts a PIN of 4 to 12 digits for the card number (what a terminal does). */
  public static byte[] encrypt(String pin, String cardNumber, byte[] pinKey) {
    if (pin == null || !pin.matches("[0-9]{4,12}")) {
      throw new IllegalArgumentException("A PIN has 4 to 12 digits");
    }
    StringBuilder clear =
        new StringBuilder("0").append(Integer.toHexString(pin.length())).append(pin);
    while (clear.length() < 16) {
      clear.append('F');
    }
    byte[] block = xor(HEX.parseHex(clear.toString().toUpperCase()), panBlock(cardNumber));
    return des(Cipher.ENCRYPT_MODE, pinKey, block);
  }

  /**
   * Decrypts a PIN block for the card number.
   *
   * @return the PIN digits
   * @throws MalformedMessageException when the block is not 8 bytes or does not decrypt to a
   *     format-0 block for this card (a wrong key, a wrong card, or garbage)
   */
  public static String decrypt(byte[] encrypted, String cardNumber, byte[] pinKey)
      throws MalformedMessageException {
    if (encrypted == null || encrypted.length != 8) {
      throw new MalformedMessageException("A PIN block has 8 bytes");
    }
    String clear;
    try {
      clear = HEX.formatHex(xor(des(Cipher.DECRYPT_MODE, pinKey, encrypted), panBlock(cardNumber)));
    } catch (IllegalArgumentException e) {
      throw new MalformedMessageException("Card number unusable for a PIN block", e);
    }
    int length = Character.digit(clear.charAt(1), 16);
    if (clear.charAt(0) != '0' || length < 4 || length > 12) {
      throw new MalformedMessageException("Not a format-0 PIN block");
    }
    String pin = clear.substring(2, 2 + length);
    String filler = clear.substring(2 + length);
    if (!pin.matches("[0-9]+") || !filler.matches("F*")) {
      throw new MalformedMessageException("Not a format-0 PIN block");
    }
    return pin;
  }

  static byte[] panBlock(String cardNumber) {
    if (cardNumber == null || !cardNumber.matches("[0-9]{2,19}")) {
      throw new IllegalArgumentException("A card number has 2 to 19 digits");
    }
    String withoutCheckDigit = cardNumber.substring(0, cardNumber.length() - 1);
    String twelve =
        withoutCheckDigit.length() >= 12
            ? withoutCheckDigit.substring(withoutCheckDigit.length() - 12)
            : "0".repeat(12 - withoutCheckDigit.length()) + withoutCheckDigit;
    return HEX.parseHex("0000" + twelve);
  }

  private static byte[] xor(byte[] a, byte[] b) {
    byte[] out = new byte[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = (byte) (a[i] ^ b[i]);
    }
    return out;
  }

  private static byte[] des(int mode, byte[] pinKey, byte[] block) {
    if (pinKey == null || pinKey.length != 24) {
      throw new IllegalArgumentException("A PIN key has 24 bytes");
    }
    try {
      Cipher cipher = Cipher.getInstance("DESede/ECB/NoPadding");
      cipher.init(mode, new SecretKeySpec(pinKey, "DESede"));
      return cipher.doFinal(block);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("DESede is not available", e);
    }
  }
}
