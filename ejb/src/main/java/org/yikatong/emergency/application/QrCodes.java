package org.yikatong.emergency.application;

/** Draws QR codes. */
public interface QrCodes {

  /** A QR code of the text as a PNG image about {@code pixels} wide. */
  byte[] png(String text, int pixels);
}
