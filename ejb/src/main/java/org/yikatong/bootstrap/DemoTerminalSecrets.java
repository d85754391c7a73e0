package org.yikatong.bootstrap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The documented secrets of the demo terminals ({@code docs/demo-data.md}): the SHA-256 of {@value
 * #PREFIX} followed by the terminal id, so that a gateway simulator can compute them too. Never
 * used for a terminal created outside the demo data.
 */
public final class DemoTerminalSecrets {

  /** Prefix hashed with the terminal id. */
  public static final String PREFIX = "yikatong-demo-terminal:";

  private DemoTerminalSecrets() {}

  /** The 32-byte secret of the demo terminal with this id. */
  public static byte[] secretOf(String terminalCode) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest((PREFIX + terminalCode).getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
