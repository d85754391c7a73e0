package org.yikatong.finance.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.yikatong.finance.application.ReportDocument;
import org.yikatong.finance.application.ReportDocument.Column;
import org.yikatong.finance.application.ReportDocument.ColumnType;
import org.yikatong.finance.application.ReportDocument.Fact;
import org.yikatong.finance.application.ReportDocument.Table;
import org.yikatong.kernel.domain.BusinessDay;
import org.yikatong.kernel.domain.Money;
import org.yikatong.kernel.infrastructure.PdfFonts;

/**
 * A finance report as an A4 PDF (landscape when a table is too wide for portrait): the university's
 * name and the report's title at the head, its facts, its warning set apart, its printed tables
 * with their header row repeated on every page and amounts in yuan, the signature lines, and on
 * every page a footer with the university, the title, who printed it when, and the page number. Set
 * in the printables' fonts ({@link PdfFonts}). Plain Java, no state.
 */
public final class ReportPdf {

  /** Tables with more columns than this are printed on a landscape page in a smaller size. */
  static final int PORTRAIT_COLUMNS = 9;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(BusinessDay.ZONE);

  private ReportPdf() {}

  /**
   * @param university the university's name, printed at the head of the report
   * @return the PDF's bytes
   */
  public static byte[] render(ReportDocument report, String university) {
    boolean wide =
        report.tables().stream()
            .anyMatch(t -> t.printed() && t.columns().size() > PORTRAIT_COLUMNS);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(wide ? PageSize.A4.rotate() : PageSize.A4, 36, 36, 36, 48);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      PdfFonts f = new PdfFonts();
      writer.setPageEvent(new Footer(f, university + " · " + report.title(), printed(report)));
      document.addTitle(report.title());
      document.addSubject(university + " " + report.title());
      document.addCreator("Yikatong");
      document.open();

      Paragraph head = new Paragraph(f.title.process(university));
      head.setAlignment(Element.ALIGN_CENTER);
      document.add(head);
      Paragraph title = new Paragraph(f.heading.process("校园一卡通 · " + report.title()));
      title.setAlignment(Element.ALIGN_CENTER);
      title.setSpacingAfter(4);
      document.add(title);
      document.add(new LineSeparator(0.8f, 100, null, Element.ALIGN_CENTER, -2));

      facts(document, f, report.facts());
      if (report.warning() != null) {
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingBefore(6);
        PdfPCell cell = new PdfPCell(f.bold.process("【注意】" + report.warning()));
        cell.setGrayFill(0.85f);
        cell.setBorderWidth(1.5f);
        cell.setPadding(6);
        box.addCell(cell);
        document.add(box);
      }
      for (Table table : report.tables()) {
        if (table.printed()) {
          table(document, f, table);
        }
      }
      if (!report.signatures().isEmpty()) {
        StringBuilder signs = new StringBuilder();
        for (String who : report.signatures()) {
          signs.append(who).append("：________________      ");
        }
        Paragraph sign = new Paragraph(f.body.process(signs.toString().strip()));
        sign.setSpacingBefore(24);
        document.add(sign);
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The report " + report.title() + " could not be printed", e);
    }
    return out.toByteArray();
  }

  private static String printed(ReportDocument report) {
    return "制表 "
        + TIME.format(report.printedAt())
        + (report.printedBy() == null ? "" : " " + report.printedBy());
  }

  private static void facts(Document document, PdfFonts f, List<Fact> facts)
      throws DocumentException {
    if (facts.isEmpty()) {
      return;
    }
    PdfPTable grid = new PdfPTable(new float[] {1.2f, 2.3f, 1.2f, 2.3f});
    grid.setWidthPercentage(100);
    grid.setSpacingBefore(8);
    for (Fact fact : facts) {
      grid.addCell(plain(f.bold.process(fact.label() + "：")));
      grid.addCell(plain(f.body.process(fact.value() == null ? "" : fact.value())));
    }
    if (facts.size() % 2 == 1) {
      grid.addCell(plain(f.body.process("")));
      grid.addCell(plain(f.body.process("")));
    }
    document.add(grid);
  }

  private static PdfPCell plain(Phrase phrase) {
    PdfPCell cell = new PdfPCell(phrase);
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(2);
    return cell;
  }

  private static void table(Document document, PdfFonts f, Table table) throws DocumentException {
    boolean wide = table.columns().size() > 6;
    FontSelector body = wide ? f.small : f.body;
    FontSelector bold = wide ? PdfFonts.selector(8, com.lowagie.text.Font.BOLD) : f.bold;
    if (table.heading() != null) {
      Paragraph heading = new Paragraph(f.bold.process(table.heading()));
      heading.setSpacingBefore(12);
      heading.setSpacingAfter(4);
      document.add(heading);
    }
    PdfPTable grid = new PdfPTable(widths(table));
    grid.setWidthPercentage(100);
    grid.setHeaderRows(1);
    if (table.heading() == null) {
      grid.setSpacingBefore(12);
    }
    for (Column column : table.columns()) {
      PdfPCell cell = new PdfPCell(bold.process(column.header()));
      cell.setGrayFill(0.9f);
      cell.setPadding(3);
      grid.addCell(cell);
    }
    if (table.rows().isEmpty()) {
      PdfPCell none = new PdfPCell(body.process("（无）"));
      none.setColspan(table.columns().size());
      none.setHorizontalAlignment(Element.ALIGN_CENTER);
      none.setPadding(4);
      grid.addCell(none);
    }
    for (List<Object> row : table.rows()) {
      row(grid, body, table.columns(), row, false);
    }
    if (table.totals() != null) {
      row(grid, bold, table.columns(), table.totals(), true);
    }
    document.add(grid);
  }

  /**
   * Each column's share of the width: the widest of its header and its cells (the first rows of a
   * long table), a Chinese character counting twice, within bounds so that a long description wraps
   * rather than squeezing the numbers.
   */
  static float[] widths(Table table) {
    float[] widths = new float[table.columns().size()];
    for (int i = 0; i < widths.length; i++) {
      Column column = table.columns().get(i);
      int widest = width(column.header());
      int seen = 0;
      for (List<Object> row : table.rows()) {
        if (seen++ == 200) {
          break;
        }
        widest = Math.max(widest, width(text(column, row.get(i))));
      }
      if (table.totals() != null) {
        widest = Math.max(widest, width(text(column, table.totals().get(i))));
      }
      widths[i] = Math.max(4, Math.min(widest, 28));
    }
    return widths;
  }

  private static int width(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); i++) {
      width += text.charAt(i) < 0x2E80 ? 1 : 2;
    }
    return width;
  }

  private static void row(
      PdfPTable grid, FontSelector font, List<Column> columns, List<Object> cells, boolean totals) {
    for (int i = 0; i < cells.size(); i++) {
      Column column = columns.get(i);
      PdfPCell cell = new PdfPCell(font.process(text(column, cells.get(i))));
      cell.setPadding(3);
      if (column.type() != ColumnType.TEXT) {
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
      }
      if (totals) {
        cell.setGrayFill(0.95f);
      }
      grid.addCell(cell);
    }
  }

  /** A cell's text: amounts in yuan with two decimals, counts as numbers. */
  static String text(Column column, Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number n) {
      return column.type() == ColumnType.MONEY
          ? Money.ofFen(n.longValue()).toYuanString()
          : Long.toString(n.longValue());
    }
    return value.toString();
  }

  /** The footer of every page: what the report is, who printed it when, and the page. */
  private static final class Footer extends PdfPageEventHelper {

    private final PdfFonts fonts;
    private final String left;
    private final String printed;

    Footer(PdfFonts fonts, String left, String printed) {
      this.fonts = fonts;
      this.left = left;
      this.printed = printed;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      float y = document.bottom() - 20;
      ColumnText.showTextAligned(
          writer.getDirectContent(),
          Element.ALIGN_LEFT,
          fonts.small.process(left),
          document.left(),
          y,
          0);
      ColumnText.showTextAligned(
          writer.getDirectContent(),
          Element.ALIGN_RIGHT,
          fonts.small.process(printed + " · 第 " + writer.getPageNumber() + " 页"),
          document.right(),
          y,
          0);
    }
  }
}
