package org.yikatong.cardadapter.protocol;

import java.security.MessageDigest;
import java.util.Arrays;
import org.jpos.iso.ISOMsg;

/**
 * The MAC of the contract: the first 8 bytes of HMAC-SHA256(MAC key, M), where M is the packed
 * message with the MAC field present and set to 8 zero bytes. The MAC field is 64, or 128 when the
 * message has a secondary bitmap (any field above 64).
 */
public final class MessageAuthenticator {

  static final int MAC_BYTES = 8;

  private final IsoCodec codec;

  public MessageAuthenticator(IsoCodec codec) {
    this.codec = codec;
  }

  /** Sets the MAC field of the message (64 or 128) to its MAC under the terminal's keys. */
  public void sign(ISOMsg message, TerminalKeys keys) {
    int field = macField(message);
    message.unset(field == 64 ? 128 : 64);
    message.set(field, mac(message, field, keys));
  }

  /**
   * Whether a received frame carries the MAC its terminal's keys produce over exactly the bytes
   * received. The MAC field is fixed binary and the last field of the message, so it is the last 8
   * bytes of the frame; M is the frame with those bytes zeroed. Checking the bytes as received,
   * rather than the message packed again, refuses any other encoding of the same values (a flipped
   * BCD padding nibble, say), which re-packing would have hidden.
   *
   * @param frame the frame exactly as received
   * @param message the same frame, unpacked
   */
  public boolean verifyFrame(byte[] frame, ISOMsg message, TerminalKeys keys) {
    int field = macField(message);
    if (!message.hasField(field)
        || message.hasField(field == 64 ? 128 : 64)
        || frame.length <= MAC_BYTES) {
      return false;
    }
    byte[] given = Arrays.copyOfRange(frame, frame.length - MAC_BYTES, frame.length);
    if (!MessageDigest.isEqual(given, message.getBytes(field))) {
      return false; // the MAC field is not the last 8 bytes: not a message of the contract
    }
    byte[] zeroed = frame.clone();
    Arrays.fill(zeroed, frame.length - MAC_BYTES, frame.length, (byte) 0);
    byte[] expected = Arrays.copyOf(TerminalKeys.hmacSha256(keys.macKey(), zeroed), MAC_BYTES);
    return MessageDigest.isEqual(given, expected);
  }

  /** 128 when a field above 64 other than the MAC itself is present, else 64. */
  static int macField(ISOMsg message) {
    for (int i = 65; i < 128; i++) {
      if (message.hasField(i)) {
        return 128;
      }
    }
    return 64;
  }

  private byte[] mac(ISOMsg message, int field, TerminalKeys keys) {
    ISOMsg copy = (ISOMsg) message.clone();
    copy.unset(64);
    copy.unset(128);
    copy.set(field, new byte[MAC_BYTES]);
    byte[] packed = codec.pack(copy);
    return Arrays.copyOf(TerminalKeys.hmacSha256(keys.macKey(), packed), MAC_BYTES);
  }
}
