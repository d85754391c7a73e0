package org.yikatong.cardadapter.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.jpos.iso.ISOMsg;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.cardadapter.api.ResponseCode;

class ProtocolTest {

  private static final String CARD = "6217000000000001234";

  private final IsoCodec codec = new IsoCodec();
  private final MessageAuthenticator authenticator = new MessageAuthenticator(codec);
  private final TerminalKeys keys = TerminalKeys.derive(secret("T0000001"));

  @Test
  @DisplayName("a payment request packs with a binary bitmap and unpacks to the same fields")
  void packUnpackPayment() throws Exception {
    ISOMsg payment = payment();
    byte[] packed = codec.pack(payment);
    assertEquals("0200", HexFormat.of().formatHex(packed, 0, 2), "MTI as BCD");
    ISOMsg back = codec.unpack(packed);
    assertEquals("0200", back.getMTI());
    for (int field : new int[] {2, 3, 4, 7, 11, 12, 13, 37, 41, 42, 49}) {
      assertEquals(payment.getString(field), back.getString(field), "field " + field);
    }
  }

  @Test
  @DisplayName("a signed message verifies; any change to it, or another terminal's key, does not")
  void macSignAndVerify() throws Exception {
    ISOMsg payment = payment();
    authenticator.sign(payment, keys);
    byte[] frame = codec.pack(payment);
    assertTrue(authenticator.verifyFrame(frame, codec.unpack(frame), keys));

    ISOMsg changed = codec.unpack(frame);
    changed.set(4, "000000009999");
    byte[] changedFrame = codec.pack(changed);
    assertFalse(
        authenticator.verifyFrame(changedFrame, codec.unpack(changedFrame), keys),
        "amount changed");
    assertFalse(
        authenticator.verifyFrame(
            frame, codec.unpack(frame), TerminalKeys.derive(secret("T0000002"))));
    ISOMsg unsigned = codec.unpack(frame);
    unsigned.unset(64);
    byte[] unsignedFrame = codec.pack(unsigned);
    assertFalse(
        authenticator.verifyFrame(unsignedFrame, codec.unpack(unsignedFrame), keys), "no MAC");
  }

  @Test
  @DisplayName("the MAC is HMAC-SHA256 over the message packed with 8 zero bytes in its place")
  void macDefinition() throws Exception {
    ISOMsg payment = payment();
    payment.set(64, new byte[8]);
    byte[] expected =
        java.util.Arrays.copyOf(TerminalKeys.hmacSha256(keys.macKey(), codec.pack(payment)), 8);
    authenticator.sign(payment, keys);
    assertArrayEquals(expected, payment.getBytes(64));
  }

  @Test
  @DisplayName("a received frame verifies only as sent: another encoding of the same values fails")
  void frameVerification() throws Exception {
    ISOMsg echo = new ISOMsg("0800");
    echo.set(7, "1122031500");
    echo.set(11, "000123");
    echo.set(41, "T0000001");
    echo.set(70, "301");
    authenticator.sign(echo, keys);
    byte[] frame = codec.pack(echo);
    assertTrue(authenticator.verifyFrame(frame, codec.unpack(frame), keys));

    // Field 70 (n 3) is two BCD bytes with a padding nibble before "301": set that nibble.
    byte[] repadded = frame.clone();
    int field70 = frame.length - 8 - 2;
    assertEquals(0x03, repadded[field70]);
    repadded[field70] = 0x13;
    ISOMsg unpacked = codec.unpack(repadded);
    assertTrue(
        "301".equals(unpacked.getString(70)) || "1301".endsWith(unpacked.getString(70)),
        "same or padded value: " + unpacked.getString(70));
    assertFalse(authenticator.verifyFrame(repadded, unpacked, keys), "bytes differ from the MAC");

    byte[] wrongKey = frame.clone();
    assertFalse(
        authenticator.verifyFrame(
            wrongKey, codec.unpack(wrongKey), TerminalKeys.derive(secret("T0000002"))));
  }

  @Test
  @DisplayName("a message with a secondary bitmap carries its MAC in field 128")
  void macInField128() throws Exception {
    ISOMsg reversal = payment();
    reversal.setMTI("0400");
    reversal.set(90, "020000012311220000000000000000000000000000");
    authenticator.sign(reversal, keys);
    assertTrue(reversal.hasField(128));
    assertFalse(reversal.hasField(64));
    byte[] frame = codec.pack(reversal);
    assertTrue(authenticator.verifyFrame(frame, codec.unpack(frame), keys));
  }

  @Test
  @DisplayName("keys are derived from the secret as the contract says")
  void keyDerivation() throws Exception {
    byte[] secret = secret("T0000001");
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(secret, "HmacSHA256"));
    assertArrayEquals(
        mac.doFinal("yikatong-mac".getBytes(StandardCharsets.US_ASCII)), keys.macKey());
    assertEquals(24, keys.pinKey().length);
    assertThrows(IllegalArgumentException.class, () -> TerminalKeys.derive(new byte[16]));
  }

  @Test
  @DisplayName("a PIN block decrypts to the PIN only with the right key and card")
  void pinBlock() throws Exception {
    byte[] block = PinBlock.encrypt("123456", CARD, keys.pinKey());
    assertEquals(8, block.length);
    assertEquals("123456", PinBlock.decrypt(block, CARD, keys.pinKey()));
    assertThrows(
        MalformedMessageException.class,
        () -> PinBlock.decrypt(block, CARD, TerminalKeys.derive(secret("X")).pinKey()));
    assertThrows(
        MalformedMessageException.class, () -> PinBlock.decrypt(new byte[7], CARD, keys.pinKey()));
  }

  @Test
  @DisplayName("the PAN block uses the 12 digits before the check digit")
  void panBlock() {
    // 621700000000000123|4 -> the 12 digits before the check digit: 000000000123
    assertEquals("0000000000000123", HexFormat.of().formatHex(PinBlock.panBlock(CARD)));
    // short card numbers are padded on the left
    assertEquals("0000000000012345", HexFormat.of().formatHex(PinBlock.panBlock("123456")));
  }

  @Test
  @DisplayName("the balance field is 20 characters with sign and 12 digits of fen")
  void balanceField() throws Exception {
    assertEquals(
        "1002156C000000012345", org.yikatong.cardadapter.api.TerminalResponse.balanceField(12_345));
    assertEquals(
        "1002156D000000000050", org.yikatong.cardadapter.api.TerminalResponse.balanceField(-50));
    assertEquals(-50, BalanceAmount.parse("1002156D000000000050"));
    assertThrows(
        MalformedMessageException.class, () -> BalanceAmount.parse("1002156X000000000050"));
    assertThrows(MalformedMessageException.class, () -> BalanceAmount.parse("10021560000000050"));
  }

  @Test
  @DisplayName("response codes map to and from field 39")
  void responseCodes() {
    assertEquals("63", ResponseCode.SECURITY_VIOLATION.code());
    assertEquals(
        ResponseCode.DUPLICATE_WITH_DIFFERENT_CONTENT, ResponseCode.ofCode("94").orElseThrow());
    assertTrue(ResponseCode.ofCode("99").isEmpty());
  }

  @Test
  @DisplayName(
      "10,000 random and mutated frames are refused as malformed, never with another error")
  void fuzzUnpack() throws Exception {
    Random random = new Random(8583);
    byte[] valid = codec.pack(payment());
    int refused = 0;
    for (int i = 0; i < 10_000; i++) {
      byte[] frame;
      if (i % 2 == 0) {
        frame = new byte[random.nextInt(64)];
        random.nextBytes(frame);
      } else {
        frame = java.util.Arrays.copyOf(valid, 1 + random.nextInt(valid.length + 8));
        for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
          frame[random.nextInt(frame.length)] ^= (byte) (1 << random.nextInt(8));
        }
      }
      try {
        codec.unpack(frame);
      } catch (MalformedMessageException expected) {
        refused++;
      }
    }
    assertTrue(refused > 5_000, "most random frames are refused: " + refused);
  }

  @Test
  @DisplayName("trailing bytes after a message make the frame malformed")
  void trailingBytes() {
    byte[] valid = codec.pack(payment());
    byte[] longer = java.util.Arrays.copyOf(valid, valid.length + 1);
    assertThrows(MalformedMessageException.class, () -> codec.unpack(longer));
    assertNotEquals(valid.length, longer.length);
  }

  private static ISOMsg payment() {
    ISOMsg m = new ISOMsg("0200");
    m.set(2, CARD);
    m.set(3, "000000");
    m.set(4, "000000001250");
    m.set(7, "1122031500");
    m.set(11, "000123");
    m.set(12, "111500");
    m.set(13, "1122");
    m.set(37, "000000000123");
    m.set(41, "T0000001");
    m.set(42, "M0001          ");
    m.set(49, "156");
    return m;
  }

  private static byte[] secret(String terminal) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest(("yikatong-demo-terminal:" + terminal).getBytes(StandardCharsets.US_ASCII));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
