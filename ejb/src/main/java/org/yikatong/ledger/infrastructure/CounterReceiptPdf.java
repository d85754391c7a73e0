package org.yikatong.ledger.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.yikatong.kernel.infrastructure.PdfFonts;
import org.yikatong.ledger.application.CounterReceipt;
import org.yikatong.ledger.application.CounterReceipts;

/**
 * A counter receipt on a half A5 page (a receipt printer's width is about that): the action, the
 * holder and the card, the fee and the refund in yuan, the purse after, who served and when, and a
 * line for the holder's signature. Plain Java, thread-safe, no state.
 */
@ApplicationScoped
public class CounterReceiptPdf implements CounterReceipts {

  /** The receipt's title. */
  public static final String TITLE = "一卡通卡务回执";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

  @Override
  public byte[] render(CounterReceipt r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(new Rectangle(420, 420), 28, 28, 28, 28);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(TITLE + " " + r.receiptNo());
      document.addCreator("Yikatong");
      document.open();
      PdfFonts f = new PdfFonts();
      Paragraph title = new Paragraph(f.heading.process(TITLE));
      title.setAlignment(Element.ALIGN_CENTER);
      document.add(title);
      Paragraph no = new Paragraph(f.small.process("No. " + r.receiptNo()));
      no.setAlignment(Element.ALIGN_RIGHT);
      no.setSpacingAfter(6);
      document.add(no);

      PdfPTable table = new PdfPTable(new float[] {1.2f, 3f});
      table.setWidthPercentage(100);
      row(table, f, "业务", r.action());
      row(table, f, "持卡人", r.holderName() + " (" + r.holderNo() + ")");
      row(table, f, "卡序列号", r.cardSerial());
      if (r.newCardSerial() != null) {
        row(table, f, "新卡序列号", r.newCardSerial());
      }
      if (r.feeFen() != null) {
        row(table, f, "手续费 (元)", yuan(r.feeFen()));
      }
      if (r.refundFen() != null) {
        row(table, f, "退款 (元)", yuan(r.refundFen()));
      }
      if (r.purseFen() != null) {
        row(table, f, "现金钱包余额 (元)", yuan(r.purseFen()));
      }
      row(table, f, "经办人", r.operator());
      row(table, f, "时间", TIME.format(r.at()));
      document.add(table);

      Paragraph sign = new Paragraph(f.body.process("持卡人签字：____________________"));
      sign.setSpacingBefore(18);
      document.add(sign);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The receipt could not be printed", e);
    }
    return out.toByteArray();
  }

  private static void row(PdfPTable table, PdfFonts f, String label, String value) {
    PdfPCell name = new PdfPCell(f.bold.process(label));
    name.setPadding(4);
    table.addCell(name);
    PdfPCell cell = new PdfPCell(f.body.process(value == null ? "" : value));
    cell.setPadding(4);
    table.addCell(cell);
  }

  private static String yuan(long fen) {
    return BigDecimal.valueOf(fen, 2).toPlainString();
  }
}
