package org.yikatong.servicedesk.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.yikatong.kernel.domain.Money;
import org.yikatong.kernel.infrastructure.PdfFonts;
import org.yikatong.servicedesk.application.WarrantyStatement;
import org.yikatong.servicedesk.application.WarrantyStatementPrinter;
import org.yikatong.servicedesk.domain.ticket.RepairCharge;

/**
 * Prints a party's monthly warranty statement (保修维修月结单): one row per repair resolved in the month,
 * then the totals — free under warranty, chargeable and the amount chargeable. Landscape A4, set in
 * the printables' fonts ({@link PdfFonts}). Plain Java, thread-safe, no state.
 */
@ApplicationScoped
public class WarrantyStatementPdf implements WarrantyStatementPrinter {

  /** The statement's title. */
  public static final String TITLE = "保修维修月结单";

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

  @Override
  public byte[] render(WarrantyStatement s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(TITLE + " " + s.month() + " " + s.party());
      document.addCreator("Yikatong");
      document.open();
      PdfFonts f = new PdfFonts();

      Paragraph title = new Paragraph(f.title.process(TITLE));
      title.setAlignment(Element.ALIGN_CENTER);
      document.add(title);
      Paragraph head =
          new Paragraph(
              f.body.process(
                  "月份 " + s.month() + "　责任方 " + s.organisation() + "（" + s.party() + "）"));
      head.setAlignment(Element.ALIGN_CENTER);
      head.setSpacingAfter(8);
      document.add(head);

      PdfPTable table =
          new PdfPTable(
              new float[] {2.2f, 1.6f, 1.6f, 1.8f, 1.1f, 1.5f, 1.4f, 3f, 1f, 0.9f, 1f, 1f});
      table.setWidthPercentage(100);
      table.setHeaderRows(1);
      for (String h :
          new String[] {
            "工单号", "资产序列号", "型号", "位置", "类别", "解决时间", "分类", "原因", "备件(元)", "工时(分)", "人工(元)", "合计(元)"
          }) {
        PdfPCell cell = new PdfPCell(f.bold.process(h));
        cell.setGrayFill(0.93f);
        cell.setPadding(3);
        table.addCell(cell);
      }
      for (WarrantyStatement.Line l : s.lines()) {
        cell(table, f, l.ticketNo());
        cell(table, f, l.assetSerial());
        cell(table, f, l.assetModel());
        cell(table, f, l.assetLocation());
        cell(table, f, l.category().name());
        cell(table, f, TIME.format(l.resolvedAt()));
        cell(table, f, label(l.charge()));
        cell(table, f, l.reason());
        amount(table, f, yuan(l.partsFen()));
        amount(table, f, Integer.toString(l.labourMinutes()));
        amount(table, f, yuan(l.labourFen()));
        amount(table, f, yuan(l.totalFen()));
      }
      document.add(table);

      Paragraph totals =
          new Paragraph(
              f.bold.process(
                  "保修期内免费维修 "
                      + s.free()
                      + " 单；收费维修 "
                      + s.chargeable()
                      + " 单，合计 "
                      + yuan(s.chargeableFen())
                      + " 元"
                      + (s.unclassified() == 0 ? "" : "；未分类 " + s.unclassified() + " 单")));
      totals.setSpacingBefore(8);
      document.add(totals);
      Paragraph footer =
          new Paragraph(
              f.small.process(
                  "打印时间 " + TIME.format(s.printedAt()) + "（北京时间）。收费维修的备件按合同折扣价、人工按合同工时单价计算。"));
      footer.setSpacingBefore(10);
      document.add(footer);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The warranty statement could not be printed", e);
    }
    return out.toByteArray();
  }

  private static String label(RepairCharge charge) {
    if (charge == null) {
      return "未分类";
    }
    return switch (charge) {
      case WARRANTY -> "保修";
      case DAMAGE_BY_PEOPLE -> "人为损坏";
      case OUT_OF_WARRANTY -> "保修期外";
    };
  }

  private static String yuan(long fen) {
    return Money.ofFen(fen).toYuanString();
  }

  private static void cell(PdfPTable table, PdfFonts f, String value) {
    PdfPCell cell = new PdfPCell(f.small.process(value == null ? "" : value));
    cell.setPadding(3);
    table.addCell(cell);
  }

  private static void amount(PdfPTable table, PdfFonts f, String value) {
    PdfPCell cell = new PdfPCell(f.small.process(value));
    cell.setPadding(3);
    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
    table.addCell(cell);
  }
}
