package org.yikatong.servicedesk.application;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.yikatong.kernel.domain.Money;

/**
 * A warranty statement as CSV (RFC 4180: comma-separated, CRLF line ends, quoted where needed): a
 * header line, one line per repair, then the totals as lines whose first column is {@code total}.
 * Amounts in yuan with two decimals; times in campus time.
 */
public final class WarrantyStatementCsv {

  public static final String HEADER =
      "ticketNo,assetSerial,assetModel,assetLocation,category,resolvedAt,charge,reason,"
          + "partsYuan,labourMinutes,labourYuan,totalYuan";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  private WarrantyStatementCsv() {}

  public static String render(WarrantyStatement s) {
    StringBuilder out = new StringBuilder(HEADER).append("\r\n");
    for (WarrantyStatement.Line l : s.lines()) {
      line(
          out,
          l.ticketNo(),
          l.assetSerial(),
          l.assetModel(),
          l.assetLocation(),
          l.category(),
          TIME.format(l.resolvedAt()),
          l.charge(),
          l.reason(),
          yuan(l.partsFen()),
          l.labourMinutes(),
          yuan(l.labourFen()),
          yuan(l.totalFen()));
    }
    line(out, "total", "month", s.month());
    line(out, "total", "party", s.party());
    line(out, "total", "free", s.free());
    line(out, "total", "chargeable", s.chargeable());
    line(out, "total", "chargeableYuan", yuan(s.chargeableFen()));
    return out.toString();
  }

  private static String yuan(long fen) {
    return Money.ofFen(fen).toYuanString();
  }

  private static void line(StringBuilder out, Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(values[i] == null ? "" : values[i].toString()));
    }
    out.append("\r\n");
  }

  private static String quote(String v) {
    // A leading =, +, - or @ would be a formula to a spreadsheet: quoted with a leading apostrophe.
    String safe = v.isEmpty() || "=+-@".indexOf(v.charAt(0)) < 0 ? v : "'" + v;
    return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
        ? "\"" + safe.replace("\"", "\"\"") + "\""
        : safe;
  }
}
