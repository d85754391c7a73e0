package org.yikatong.ledger.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.ledger.application.CounterReceipt;

class CounterReceiptPdfTest {

  private static final Instant AT = Instant.parse("2026-11-30T02:15:30Z"); // 10:15:30 in Shanghai

  @Test
  @DisplayName(
      "a cancellation's receipt prints the fee and the refund in yuan, the clerk and the time")
  void cancellation() throws Exception {
    byte[] pdf =
        new CounterReceiptPdf()
            .render(
                new CounterReceipt(
                    "HZ20261130101530-S123456",
                    "销户",
                    "2024000123",
                    "张三",
                    "S123456",
                    null,
                    1250L,
                    3000L,
                    null,
                    "helpdesk",
                    AT));
    assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
    String content = content(pdf);
    for (String printed :
        new String[] {
          "HZ20261130101530-S123456",
          "2024000123",
          "S123456",
          "12.50",
          "30.00",
          "helpdesk",
          "2026-11-30 10:15:30"
        }) {
      assertTrue(content.contains(printed), printed + " is printed");
    }
  }

  @Test
  @DisplayName("a replacement's receipt names the new card and the purse after; no refund line")
  void replacement() throws Exception {
    byte[] pdf =
        new CounterReceiptPdf()
            .render(
                new CounterReceipt(
                    "HZ1",
                    "补卡",
                    "2024000123",
                    "张三",
                    "S123456",
                    "S654321",
                    2000L,
                    null,
                    4800L,
                    "helpdesk",
                    AT));
    String content = content(pdf);
    assertTrue(content.contains("S654321"));
    assertTrue(content.contains("48.00"), "the purse after");
    assertTrue(content.contains("20.00"), "the fee");
    assertFalse(content.contains("30.00"));
  }

  /** The page's content stream, whose Latin text is plain Helvetica strings. */
  private static String content(byte[] pdf) throws Exception {
    PdfReader reader = new PdfReader(pdf);
    try {
      return new String(reader.getPageContent(1), StandardCharsets.ISO_8859_1);
    } finally {
      reader.close();
    }
  }
}
