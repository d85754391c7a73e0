package org.yikatong.security.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

  private static final String KEY =
      "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
  private static final String OTHER_KEY = "ff" + KEY.substring(2);

  @Test
  @DisplayName("a secret encrypts and decrypts back, with a fresh nonce each time")
  void roundTrip() {
    SecretCipher cipher = new SecretCipher(KEY);
    byte[] secret = new byte[32];
    secret[0] = 7;
    String first = cipher.encrypt(secret);
    String second = cipher.encrypt(secret);
    assertNotEquals(first, second);
    assertArrayEquals(secret, cipher.decrypt(first));
    assertArrayEquals(secret, cipher.decrypt(second));
  }

  @Test
  @DisplayName("another master key or an altered text is refused")
  void tamperAndWrongKey() {
    String sealed = new SecretCipher(KEY).encrypt(new byte[32]);
    assertThrows(IllegalArgumentException.class, () -> new SecretCipher(OTHER_KEY).decrypt(sealed));
    byte[] bytes = Base64.getDecoder().decode(sealed);
    bytes[bytes.length - 1] ^= 1;
    String altered = Base64.getEncoder().encodeToString(bytes);
    assertThrows(IllegalArgumentException.class, () -> new SecretCipher(KEY).decrypt(altered));
  }

  @Test
  @DisplayName("a missing or malformed master key fails with the name of the setting")
  void badKey() {
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class, () -> new SecretCipher(null));
    assertTrue(missing.getMessage().contains("yikatong.master-key"), missing.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new SecretCipher("abcd"));
    assertThrows(IllegalArgumentException.class, () -> new SecretCipher(KEY.replace('a', 'x')));
  }
}
