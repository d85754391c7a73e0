package org.yikatong.security.application;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.yikatong.security.domain.AuditEntry;

/**
 * The audit trail as CSV for a spreadsheet (Excel on a Chinese Windows among them): UTF-8 with a
 * byte order mark, a header row in Chinese, RFC 4180 (comma-separated, CRLF line ends, fields with
 * a comma, quote or line break quoted, quotes doubled), times in campus time (Asia/Shanghai).
 *
 * <p>A cell a spreadsheet would take for a formula (beginning with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return) is prefixed with a single quote, so that text someone put
 * into a recorded request never runs as a formula on the auditor's computer.
 */
public final class AuditCsv {

  /** The byte order mark Excel needs to read UTF-8. */
  public static final String BOM = "\uFEFF";

  /** The header row. */
  public static final String HEADER = "时间（北京时间）,操作人,操作,对象,摘要,结果,地址,客户端,终端";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

  private AuditCsv() {}

  /** Writes the byte order mark and the header row. */
  public static void header(Writer out) throws IOException {
    out.write(BOM);
    out.write(HEADER);
    out.write("\r\n");
  }

  /** Writes one entry as a row. */
  public static void row(Writer out, AuditEntry e) throws IOException {
    out.write(
        String.join(
            ",",
            field(TIME.format(e.getOccurredAt())),
            field(e.getActor()),
            field(e.getAction()),
            field(e.getTarget()),
            field(e.getSummary()),
            field(e.getOutcome().name()),
            field(e.getAddress()),
            field(e.getUserAgent()),
            field(e.getTerminalId())));
    out.write("\r\n");
  }

  /** One cell: empty for none, guarded against formulas, quoted where needed. */
  public static String field(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String s = value;
    char first = s.charAt(0);
    if (first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r') {
      s = "'" + s;
    }
    if (s.indexOf(',') >= 0
        || s.indexOf('"') >= 0
        || s.indexOf('\n') >= 0
        || s.indexOf('\r') >= 0) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
