package org.yikatong.finance.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.finance.application.ReportDocument;
import org.yikatong.finance.application.ReportDocument.Column;
import org.yikatong.finance.application.ReportDocument.Fact;
import org.yikatong.finance.application.ReportDocument.Table;

class ReportFilesTest {

  private static final Instant AT = Instant.parse("2026-11-23T01:30:00Z"); // 09:30 in Shanghai

  private static ReportDocument report(int columns) {
    List<Column> cols =
        columns == 3
            ? List.of(Column.text("项目"), Column.count("笔数"), Column.money("金额（元）"))
            : java.util.stream.IntStream.range(0, columns)
                .mapToObj(i -> i == 0 ? Column.money("金额" + i) : Column.text("列" + i))
                .toList();
    List<List<Object>> rows =
        columns == 3
            ? List.of(
                Arrays.asList("消费（营业额）", 4L, 600_000L),
                Arrays.asList("=HYPERLINK(\"x\")", null, -1_250L),
                Arrays.asList("含,逗号", 1L, 5L))
            : List.of(
                java.util.stream.IntStream.range(0, columns)
                    .mapToObj(i -> i == 0 ? (Object) 1_234L : "v" + i)
                    .toList());
    return new ReportDocument(
        "商户日结算单",
        "settlement-2026-11-22-M0001",
        List.of(new Fact("商户", "第一食堂（M0001）"), new Fact("营业日", "2026-11-22")),
        "营业日 2026-11-22 尚未日结",
        List.of(
            Table.of("结算汇总", cols, rows, null),
            Table.printedOnly(
                "不导出", List.of(Column.text("x")), List.of(List.of("PRINTED-ONLY")), null),
            Table.exportedOnly(List.of(Column.text("y")), List.of(List.of("EXPORTED-ONLY")))),
        List.of("制表", "复核"),
        AT,
        "finance");
  }

  @Test
  @DisplayName(
      "CSV: BOM, Chinese header, yuan with two decimals, formulas guarded, negatives numbers")
  void csv() {
    String csv = new String(ReportCsv.render(report(3)), StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("\uFEFF项目,笔数,金额（元）\r\n"), csv);
    assertTrue(csv.contains("消费（营业额）,4,6000.00\r\n"), csv);
    assertTrue(csv.contains("\"'=HYPERLINK(\"\"x\"\")\",,-12.50\r\n"), csv);
    assertTrue(csv.contains("\"含,逗号\",1,0.05\r\n"), csv);
    assertTrue(csv.contains("\r\n\r\ny\r\nEXPORTED-ONLY\r\n"), "tables apart by an empty line");
    assertTrue(!csv.contains("PRINTED-ONLY"), "a printed-only table is not exported");
  }

  @Test
  @DisplayName("PDF: the university at the head, amounts in yuan, printed tables only")
  void pdf() throws Exception {
    byte[] pdf = ReportPdf.render(report(3), "示范大学");
    assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
    PdfReader reader = new PdfReader(pdf);
    try {
      String content = new String(reader.getPageContent(1), StandardCharsets.ISO_8859_1);
      assertTrue(content.contains("6000.00"), "amounts in yuan");
      assertTrue(content.contains("-12.50"));
      assertTrue(content.contains("PRINTED-ONLY"));
      assertTrue(!content.contains("EXPORTED-ONLY"));
      assertTrue(content.contains("2026-11-23 09:30:00"), "printed when, in campus time");
      assertEquals("商户日结算单", reader.getInfo().get("Title"));
      assertTrue(reader.getInfo().get("Subject").startsWith("示范大学"));
      assertTrue(reader.getPageSize(1).getWidth() < reader.getPageSize(1).getHeight());
    } finally {
      reader.close();
    }
  }

  @Test
  @DisplayName("PDF: a table too wide for portrait is printed on landscape pages")
  void landscape() throws Exception {
    PdfReader reader = new PdfReader(ReportPdf.render(report(12), "示范大学"));
    try {
      assertTrue(
          reader.getPageSizeWithRotation(1).getWidth()
              > reader.getPageSizeWithRotation(1).getHeight());
      assertTrue(
          new String(reader.getPageContent(1), StandardCharsets.ISO_8859_1).contains("12.34"));
    } finally {
      reader.close();
    }
  }
}
