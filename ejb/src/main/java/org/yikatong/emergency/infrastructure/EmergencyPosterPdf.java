package org.yikatong.emergency.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.yikatong.emergency.application.EmergencyPosters;
import org.yikatong.emergency.application.EmergencyViews.PointLine;
import org.yikatong.kernel.infrastructure.PdfFonts;

/**
 * The poster posted beside the kiosks, on one A4 page in Chinese: the title (marked 演练 for a
 * drill), the notice, the QR code of the online top-up link with the link in text, the hotline, the
 * manual service points with their opening hours, the priority service for elderly and disabled
 * users, and when it was declared. Fonts as every printable ({@link PdfFonts}). Thread-safe.
 */
@ApplicationScoped
public class EmergencyPosterPdf implements EmergencyPosters {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  @Override
  public byte[] render(Poster p) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 48, 48, 48, 48);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle((p.drill() ? "【演练】" : "") + p.title());
      document.addCreator("Yikatong");
      document.open();
      PdfFonts f = new PdfFonts();
      com.lowagie.text.pdf.FontSelector big = PdfFonts.selector(24, com.lowagie.text.Font.BOLD);
      com.lowagie.text.pdf.FontSelector large = PdfFonts.selector(14, com.lowagie.text.Font.NORMAL);

      Paragraph heading = new Paragraph(big.process("自助缴费应急公告"));
      heading.setAlignment(Element.ALIGN_CENTER);
      document.add(heading);
      Paragraph title = new Paragraph(f.title.process((p.drill() ? "【演练】" : "") + p.title()));
      title.setAlignment(Element.ALIGN_CENTER);
      title.setSpacingAfter(12);
      document.add(title);
      Paragraph notice = new Paragraph(large.process(p.notice()));
      notice.setSpacingAfter(12);
      document.add(notice);

      if (p.qrPng() != null) {
        Image qr = Image.getInstance(p.qrPng());
        qr.scaleToFit(200, 200);
        qr.setAlignment(Element.ALIGN_CENTER);
        document.add(qr);
        Paragraph scan = new Paragraph(f.heading.process("扫码在线充值 / 缴费"));
        scan.setAlignment(Element.ALIGN_CENTER);
        document.add(scan);
        Paragraph link = new Paragraph(f.small.process(p.topUpUrl()));
        link.setAlignment(Element.ALIGN_CENTER);
        link.setSpacingAfter(12);
        document.add(link);
      }
      if (p.hotline() != null) {
        Paragraph hotline = new Paragraph(big.process("应急热线 " + p.hotline()));
        hotline.setAlignment(Element.ALIGN_CENTER);
        hotline.setSpacingAfter(12);
        document.add(hotline);
      }
      if (!p.servicePoints().isEmpty()) {
        document.add(new Paragraph(f.heading.process("人工服务点（可现金充值）")));
        PdfPTable table = new PdfPTable(new float[] {3f, 2f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        cell(table, f, "地点", true);
        cell(table, f, "服务时间", true);
        for (PointLine point : p.servicePoints()) {
          cell(table, f, point.location(), false);
          cell(table, f, point.openingHours(), false);
        }
        table.setSpacingAfter(12);
        document.add(table);
      }
      if (p.priorityNote() != null) {
        document.add(new Paragraph(f.heading.process("老年人、残障人士优先服务")));
        Paragraph note = new Paragraph(f.body.process(p.priorityNote()));
        note.setSpacingAfter(12);
        document.add(note);
      }
      Paragraph at = new Paragraph(f.small.process("发布时间 " + TIME.format(p.declaredAt())));
      at.setAlignment(Element.ALIGN_RIGHT);
      document.add(at);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The poster could not be printed", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void cell(PdfPTable table, PdfFonts f, String text, boolean header) {
    PdfPCell cell = new PdfPCell((header ? f.bold : f.body).process(text == null ? "" : text));
    cell.setPadding(6);
    table.addCell(cell);
  }
}
