package org.yikatong.cardadapter.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys of one terminal, derived from its 32-byte secret as the contract says: MAC key =
 * HMAC-SHA256(secret, "yikatong-mac"); PIN key = the first 24 bytes of HMAC-SHA256(secret,
 * "yikatong-pin"), a DESede key. Immutable; accessors return copies.
 */
public final class TerminalKeys {

  /** Length of a terminal secret in bytes. */
  public static final int SECRET_BYTES = 32;

  private final byte[] macKey;
  private final byte[] pinKey;

  private TerminalKeys(byte[] macKey, byte[] pinKey) {
    this.macKey = macKey;
    this.pinKey = pinKey;
  }

  /**
   * @throws IllegalArgumentException unless the secret has exactly 32 bytes
   */
  public static TerminalKeys derive(byte[] secret) {
    if (secret == null || secret.length != SECRET_BYTES) {
      throw new IllegalArgumentException("A terminal secret has exactly 32 bytes");
    }
    byte[] mac = hmacSha256(secret, "yikatong-mac".getBytes(StandardCharsets.US_ASCII));
    byte[] pin =
        Arrays.copyOf(hmacSha256(secret, "yikatong-pin".getBytes(StandardCharsets.US_ASCII)), 24);
    return new TerminalKeys(mac, pin);
  }

  public byte[] macKey() {
    return macKey.clone();
  }

  public byte[] pinKey() {
    return pinKey.clone();
  }

  /**
   * A new 32-byte secret wrapped for the KEY command: DESede/ECB/NoPadding under this (the current)
   * PIN key, so only the terminal holding the current secret can read it.
   */
  public byte[] wrapSecret(byte[] newSecret) {
    if (newSecret == null || newSecret.length != SECRET_BYTES) {
      throw new IllegalArgumentException("A terminal secret has exactly 32 bytes");
    }
    return desede(javax.crypto.Cipher.ENCRYPT_MODE, newSecret);
  }

  /** The new secret of a KEY command, as a terminal unwraps it. */
  public byte[] unwrapSecret(byte[] wrapped) {
    if (wrapped == null || wrapped.length != SECRET_BYTES) {
      throw new IllegalArgumentException("A wrapped secret has exactly 32 bytes");
    }
    return desede(javax.crypto.Cipher.DECRYPT_MODE, wrapped);
  }

  private byte[] desede(int mode, byte[] data) {
    try {
      javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("DESede/ECB/NoPadding");
      cipher.init(mode, new SecretKeySpec(pinKey, "DESede"));
      return cipher.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("DESede is not available", e);
    }
  }

  static byte[] hmacSha256(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
