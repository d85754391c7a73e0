package org.yikatong.ledger.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint of a request's content, stored with its business key: a repeat with the same key
 * and the same fingerprint is the same request; the same key with another is refused.
 */
public final class RequestHash {

  private RequestHash() {}

  /** SHA-256, hex, over the parts joined by a separator no part can contain unescaped. */
  public static String of(Object... parts) {
    StringBuilder text = new StringBuilder();
    for (Object part : parts) {
      String s = String.valueOf(part);
      text.append(s.replace("\\", "\\\\").replace("|", "\\|")).append('|');
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
