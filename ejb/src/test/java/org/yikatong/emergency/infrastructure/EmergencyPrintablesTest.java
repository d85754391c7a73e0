package org.yikatong.emergency.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.emergency.application.EmergencyPosters.Poster;
import org.yikatong.emergency.application.EmergencyViews.PointLine;

class EmergencyPrintablesTest {

  private static final String LINK = "https://pay.example.edu/top-up?from=应急";

  @Test
  @DisplayName("the QR code is a PNG that decodes to the link")
  void qrCode() throws Exception {
    byte[] png = new ZxingQrCodes().png(LINK, 300);
    var image = ImageIO.read(new ByteArrayInputStream(png));
    assertEquals(300, image.getWidth());
    String text =
        new QRCodeReader()
            .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
            .getText();
    assertEquals(LINK, text);
  }

  @Test
  @DisplayName("the poster is a one-page PDF with the QR code, in Chinese")
  void poster() {
    byte[] pdf =
        new EmergencyPosterPdf()
            .render(
                new Poster(
                    "一食堂自助机故障",
                    "自助机暂停服务，请到一食堂服务台现金充值，或扫码在线充值。",
                    true,
                    Instant.parse("2026-03-02T02:00:00Z"),
                    "0571-88880000",
                    LINK,
                    new ZxingQrCodes().png(LINK, 600),
                    List.of(new PointLine("P0000001", "一食堂 服务台", "8:00-20:00")),
                    "老年人、残障人士请直接到服务台，优先办理"));
    String head = new String(pdf, 0, 8, StandardCharsets.ISO_8859_1);
    assertTrue(head.startsWith("%PDF-"), head);
    assertTrue(pdf.length > 2000);
  }
}
