package org.yikatong.cardadapter.protocol;

import java.util.Arrays;
import org.jpos.iso.ISOException;
import org.jpos.iso.ISOMsg;
import org.jpos.iso.ISOPackager;
import org.jpos.iso.packager.ISO87BPackager;

/**
 * Packs and unpacks the messages of the contract: ISO 8583:1987 as packed by jPOS's {@link
 * ISO87BPackager} (binary bitmap, BCD numerics). Framing (the 2-byte length) is the caller's.
 *
 * <p>Thread-safe: the packager holds only its immutable field definitions.
 */
public final class IsoCodec {

  private final ISOPackager packager = new ISO87BPackager();

  /**
   * Packs a message; the bitmap is recomputed from the fields present.
   *
   * @throws IllegalArgumentException when a field does not fit its definition (a programming error
   *     on the sending side, never caused by a peer)
   */
  public byte[] pack(ISOMsg message) {
    try {
      ISOMsg copy = (ISOMsg) message.clone();
      copy.setPackager(packager);
      return copy.pack();
    } catch (ISOException e) {
      throw new IllegalArgumentException("Cannot pack " + describe(message) + ": " + e, e);
    }
  }

  /**
   * Unpacks one whole frame.
   *
   * @throws MalformedMessageException when the bytes are not exactly one message of the contract
   */
  public ISOMsg unpack(byte[] frame) throws MalformedMessageException {
    if (frame == null || frame.length < 4) {
      throw new MalformedMessageException("Frame too short for an MTI");
    }
    ISOMsg message = new ISOMsg();
    message.setPackager(packager);
    int consumed;
    try {
      consumed = message.unpack(frame);
    } catch (ISOException | RuntimeException e) {
      // jPOS reports some truncations as index or number format errors; to a peer they all mean
      // a malformed frame, and none may escape as anything else.
      throw new MalformedMessageException("Not an ISO 8583 message: " + e.getMessage(), e);
    }
    if (consumed != frame.length) {
      throw new MalformedMessageException(
          "Frame has " + (frame.length - consumed) + " bytes after the message");
    }
    try {
      String mti = message.getMTI();
      if (mti == null || !mti.matches("0[0-9]{3}")) {
        throw new MalformedMessageException("Invalid MTI " + mti);
      }
    } catch (ISOException e) {
      throw new MalformedMessageException("No MTI", e);
    }
    return message;
  }

  /** MTI, field 41 and field 11 of a message, for logs and audit records. */
  public static String describe(ISOMsg message) {
    try {
      return message.getMTI()
          + " terminal="
          + message.getString(41)
          + " stan="
          + message.getString(11);
    } catch (ISOException e) {
      return "message without MTI, fields "
          + Arrays.toString(message.getChildren().keySet().toArray());
    }
  }
}
