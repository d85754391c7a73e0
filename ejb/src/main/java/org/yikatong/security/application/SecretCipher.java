package org.yikatong.security.application;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets at rest (terminal keys) with AES-256-GCM under the platform master key.
 *
 * <p>The master key comes from the setting {@value #SETTING} (environment variable {@code
 * YIKATONG_MASTER_KEY}): 64 hex characters, kept outside the database. The stored form is base64 of
 * a 12-byte random nonce followed by the ciphertext and tag. Thread-safe.
 */
public final class SecretCipher {

  /** Name of the setting that holds the master key. */
  public static final String SETTING = "yikatong.master-key";

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  /**
   * @param masterKeyHex the master key as 64 hex characters
   * @throws IllegalArgumentException naming the setting when the key is missing or malformed
   */
  public SecretCipher(String masterKeyHex) {
    if (masterKeyHex == null || !masterKeyHex.strip().matches("[0-9a-fA-F]{64}")) {
      throw new IllegalArgumentException(
          "Setting "
              + SETTING
              + " (env YIKATONG_MASTER_KEY) must be 64 hex characters (a 256-bit AES key)");
    }
    this.key = new SecretKeySpec(HexFormat.of().parseHex(masterKeyHex.strip()), "AES");
  }

  public String encrypt(byte[] secret) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(secret);
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * @throws IllegalArgumentException when the text was not made by this key or was altered
   */
  public byte[] decrypt(String stored) {
    byte[] all = Base64.getDecoder().decode(stored);
    if (all.length <= NONCE_BYTES) {
      throw new IllegalArgumentException("Not an encrypted secret");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
      return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
    } catch (javax.crypto.AEADBadTagException e) {
      throw new IllegalArgumentException("Secret was not encrypted with this master key", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }
}
