package org.yikatong.finance.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.yikatong.finance.application.ReportDocument;
import org.yikatong.finance.application.ReportDocument.Column;
import org.yikatong.finance.application.ReportDocument.Table;
import org.yikatong.kernel.domain.Money;
import org.yikatong.security.application.AuditCsv;

/**
 * A report's exported tables as CSV for a spreadsheet (Excel on a Chinese Windows among them):
 * UTF-8 with a byte order mark, RFC 4180 (CRLF line ends, quotes where needed), each table a header
 * row in Chinese, its rows and its totals row, an empty line between tables.
 *
 * <p>Text cells are guarded against spreadsheet formulas as the audit trail's export guards them
 * ({@link AuditCsv#field}); amounts are yuan with two decimals and counts whole numbers, written as
 * the numbers they are (a negative amount stays a number, never text). Plain Java, no state.
 */
public final class ReportCsv {

  private ReportCsv() {}

  public static byte[] render(ReportDocument document) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      out.write(AuditCsv.BOM);
      boolean first = true;
      for (Table table : document.tables()) {
        if (!table.exported()) {
          continue;
        }
        if (!first) {
          out.write("\r\n");
        }
        first = false;
        line(
            out,
            table.columns(),
            table.columns().stream().map(c -> (Object) c.header()).toList(),
            true);
        for (List<Object> row : table.rows()) {
          line(out, table.columns(), row, false);
        }
        if (table.totals() != null) {
          line(out, table.columns(), table.totals(), false);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void line(Writer out, List<Column> columns, List<Object> cells, boolean header)
      throws IOException {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(
          header ? AuditCsv.field((String) cells.get(i)) : cell(columns.get(i), cells.get(i)));
    }
    out.write(line.toString());
    out.write("\r\n");
  }

  /** One cell: an amount in yuan, a count, or guarded text. */
  static String cell(Column column, Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number n) {
      return switch (column.type()) {
        case MONEY -> Money.ofFen(n.longValue()).toYuanString();
        case COUNT -> Long.toString(n.longValue());
        case TEXT -> AuditCsv.field(value.toString());
      };
    }
    return AuditCsv.field(value.toString());
  }
}
