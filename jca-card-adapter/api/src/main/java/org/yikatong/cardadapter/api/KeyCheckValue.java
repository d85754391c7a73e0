package org.yikatong.cardadapter.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key check value of a terminal secret: names which secret a request's MAC was verified with,
 * without revealing anything of the secret or of the keys derived from it. The first 8 bytes of
 * HMAC-SHA256(secret, ASCII "yikatong-kcv"), as 16 lower-case hex digits.
 */
public final class KeyCheckValue {

  private KeyCheckValue() {}

  public static String of(byte[] secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] check = mac.doFinal("yikatong-kcv".getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(Arrays.copyOf(check, 8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
