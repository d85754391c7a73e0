package org.yikatong.it;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jpos.iso.ISOMsg;
import org.jpos.iso.packager.ISO87BPackager;

/**
 * A minimal gateway for the black-box tests, written from the terminal contract alone (jPOS packing
 * and the contract's MAC), not from the adapter's own codec.
 */
final class TestGateway {

  static final int ADAPTER_PORT = 9500;
  private static final AtomicInteger STAN = new AtomicInteger(100);

  private TestGateway() {}

  static ISOMsg networkRequest(String terminal, String function, byte[] macKey) throws Exception {
    ISOMsg m = new ISOMsg("0800");
    m.set(7, "1122031500");
    m.set(11, String.format("%06d", STAN.incrementAndGet()));
    m.set(41, terminal);
    m.set(70, function);
    m.set(128, mac(m, macKey)); // field 70 brings a secondary bitmap, so the MAC goes in 128
    return m;
  }

  /**
   * A financial request (0200, 0220, 0400, 0420) with its MAC in field 64; {@code pinBlock} may be
   * null. Fields 12 and 13 carry the given local time (Asia/Shanghai).
   */
  static ISOMsg financialRequest(
      String mti,
      String terminal,
      String processing,
      String cardNo,
      long amountFen,
      String rrn,
      java.time.LocalDateTime localTime,
      byte[] pinBlock,
      byte[] macKey)
      throws Exception {
    ISOMsg m = new ISOMsg(mti);
    m.set(2, cardNo);
    m.set(3, processing);
    m.set(4, String.format("%012d", amountFen));
    m.set(7, "1122031500");
    m.set(11, String.format("%06d", STAN.incrementAndGet() % 1_000_000));
    m.set(
        12,
        String.format(
            "%02d%02d%02d", localTime.getHour(), localTime.getMinute(), localTime.getSecond()));
    m.set(13, String.format("%02d%02d", localTime.getMonthValue(), localTime.getDayOfMonth()));
    m.set(37, rrn);
    m.set(41, terminal);
    m.set(49, "156");
    if (pinBlock != null) {
      m.set(52, pinBlock);
    }
    m.set(64, mac(m, macKey));
    return m;
  }

  /**
   * An ISO 9564 format-0 PIN block encrypted as the contract says: DESede/ECB with the first 24
   * bytes of HMAC-SHA256(secret, "yikatong-pin").
   */
  static byte[] pinBlock(String pin, String cardNo, byte[] secret) throws Exception {
    StringBuilder clear =
        new StringBuilder("0").append(Integer.toHexString(pin.length())).append(pin);
    while (clear.length() < 16) {
      clear.append('F');
    }
    String digits = cardNo.substring(cardNo.length() - 13, cardNo.length() - 1);
    byte[] pinPart = java.util.HexFormat.of().parseHex(clear.toString());
    byte[] panPart = java.util.HexFormat.of().parseHex("0000" + digits);
    byte[] block = new byte[8];
    for (int i = 0; i < 8; i++) {
      block[i] = (byte) (pinPart[i] ^ panPart[i]);
    }
    return underPinKey(javax.crypto.Cipher.ENCRYPT_MODE, block, secret);
  }

  /**
   * The new secret of a KEY command: DESede/ECB under the current PIN key, as a terminal reads it.
   */
  static byte[] unwrapSecret(byte[] wrapped, byte[] currentSecret) throws Exception {
    return underPinKey(javax.crypto.Cipher.DECRYPT_MODE, wrapped, currentSecret);
  }

  /**
   * DESede/ECB/NoPadding with the PIN key: the first 24 bytes of HMAC-SHA256(secret,
   * "yikatong-pin").
   */
  private static byte[] underPinKey(int mode, byte[] data, byte[] secret) throws Exception {
    Mac hmac = Mac.getInstance("HmacSHA256");
    hmac.init(new SecretKeySpec(secret, "HmacSHA256"));
    byte[] key =
        Arrays.copyOf(hmac.doFinal("yikatong-pin".getBytes(StandardCharsets.US_ASCII)), 24);
    javax.crypto.Cipher des = javax.crypto.Cipher.getInstance("DESede/ECB/NoPadding");
    des.init(mode, new SecretKeySpec(key, "DESede"));
    return des.doFinal(data);
  }

  /**
   * The MAC of the contract: HMAC-SHA256 over the message packed with 8 zero bytes in the MAC
   * field, 128 when a field above 64 is present (secondary bitmap), else 64.
   */
  static byte[] mac(ISOMsg message, byte[] macKey) throws Exception {
    ISOMsg copy = (ISOMsg) message.clone();
    copy.unset(64);
    copy.unset(128);
    boolean secondaryBitmap = false;
    for (int field = 65; field < 128; field++) {
      secondaryBitmap |= copy.hasField(field);
    }
    copy.set(secondaryBitmap ? 128 : 64, new byte[8]);
    copy.setPackager(new ISO87BPackager());
    Mac hmac = Mac.getInstance("HmacSHA256");
    hmac.init(new SecretKeySpec(macKey, "HmacSHA256"));
    return Arrays.copyOf(hmac.doFinal(copy.pack()), 8);
  }

  static byte[] macKey(byte[] secret) throws Exception {
    Mac hmac = Mac.getInstance("HmacSHA256");
    hmac.init(new SecretKeySpec(secret, "HmacSHA256"));
    return hmac.doFinal("yikatong-mac".getBytes(StandardCharsets.US_ASCII));
  }

  /** docs/demo-data.md: SHA-256 of "yikatong-demo-terminal:" and the terminal id. */
  static byte[] demoSecret(String terminal) throws Exception {
    return MessageDigest.getInstance("SHA-256")
        .digest(("yikatong-demo-terminal:" + terminal).getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * Sends a request and waits for its response (at most 10 s). Commands the server sends meanwhile
   * (0620, for example blacklist updates for the terminal) are passed over, as a gateway that
   * leaves them unanswered would; the server sends them again later.
   */
  static ISOMsg exchange(Socket socket, ISOMsg request) throws Exception {
    request.setPackager(new ISO87BPackager());
    writeFrame(socket, request.pack());
    while (true) {
      ISOMsg response = unpack(readFrame(socket));
      if (!"0620".equals(response.getMTI())) {
        return response;
      }
    }
  }

  static ISOMsg unpack(byte[] frame) throws Exception {
    ISOMsg message = new ISOMsg();
    message.setPackager(new ISO87BPackager());
    message.unpack(frame);
    return message;
  }

  /** Writes one frame: the 2-byte length, then the bytes. */
  static void writeFrame(Socket socket, byte[] frame) throws IOException {
    DataOutputStream out = new DataOutputStream(socket.getOutputStream());
    out.writeShort(frame.length);
    out.write(frame);
    out.flush();
  }

  /** Reads one frame, waiting at most 10 s. */
  static byte[] readFrame(Socket socket) throws IOException {
    socket.setSoTimeout(10_000);
    DataInputStream in = new DataInputStream(socket.getInputStream());
    byte[] body = new byte[in.readUnsignedShort()];
    in.readFully(body);
    return body;
  }

  /** Pays {@code fen} with a card at a terminal (0200, MAC by its secret) and answers field 39. */
  static String pay(String terminal, byte[] secret, String cardNo, long fen) throws Exception {
    ISOMsg request =
        financialRequest(
            "0200",
            terminal,
            "000000",
            cardNo,
            fen,
            LedgerDriver.rrn(),
            java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")),
            null,
            macKey(secret));
    try (Socket socket = new Socket("127.0.0.1", ADAPTER_PORT)) {
      return exchange(socket, request).getString(39);
    }
  }
}
