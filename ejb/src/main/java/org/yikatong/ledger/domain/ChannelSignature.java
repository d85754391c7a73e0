package org.yikatong.ledger.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature a payment channel puts on its callback: HMAC-SHA256, hex, with the channel's secret
 * over {@code channel|orderNo|channelTxnNo|amountFen}. Compared in constant time.
 */
public final class ChannelSignature {

  private ChannelSignature() {}

  public static String sign(
      String secret, PaymentChannel channel, String orderNo, String channelTxnNo, long amountFen) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      String text = channel + "|" + orderNo + "|" + channelTxnNo + "|" + amountFen;
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  public static boolean verify(
      String secret,
      PaymentChannel channel,
      String orderNo,
      String channelTxnNo,
      long amountFen,
      String signature) {
    if (signature == null) {
      return false;
    }
    byte[] expected =
        sign(secret, channel, orderNo, channelTxnNo, amountFen).getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(
        expected, signature.toLowerCase().getBytes(StandardCharsets.UTF_8));
  }
}
