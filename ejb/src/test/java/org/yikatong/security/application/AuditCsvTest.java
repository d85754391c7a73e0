package org.yikatong.security.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.security.domain.AuditEntry;
import org.yikatong.security.domain.AuditOutcome;

class AuditCsvTest {

  @Test
  @DisplayName("a BOM, the Chinese header, then one CRLF row per entry in campus time")
  void rows() throws Exception {
    StringWriter out = new StringWriter();
    AuditCsv.header(out);
    AuditCsv.row(
        out,
        new AuditEntry(
            Instant.parse("2026-11-22T02:03:04Z"),
            "finance",
            "Adjustments.freeze",
            "P20260001",
            "ACTIVE → FROZEN; accountNo=P20260001, note=a, b",
            AuditOutcome.SUCCESS,
            "127.0.0.1",
            "Java-http-client/17",
            null));
    String csv = out.toString();
    assertTrue(csv.startsWith("\uFEFF时间（北京时间）,操作人,操作,对象,摘要,结果,地址,客户端,终端\r\n"), csv);
    assertTrue(
        csv.endsWith(
            "2026-11-22 10:03:04,finance,Adjustments.freeze,P20260001,"
                + "\"ACTIVE → FROZEN; accountNo=P20260001, note=a, b\",SUCCESS,127.0.0.1,"
                + "Java-http-client/17,\r\n"),
        csv);
  }

  @Test
  @DisplayName("commas, quotes and line breaks are quoted, quotes doubled")
  void quoting() {
    assertEquals("plain", AuditCsv.field("plain"));
    assertEquals("", AuditCsv.field(null));
    assertEquals("\"a,b\"", AuditCsv.field("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", AuditCsv.field("say \"hi\""));
    assertEquals("\"two\nlines\"", AuditCsv.field("two\nlines"));
  }

  @Test
  @DisplayName("cells a spreadsheet would run as a formula get a leading single quote")
  void formulas() {
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", AuditCsv.field("=HYPERLINK(\"x\")"));
    assertEquals("'+1", AuditCsv.field("+1"));
    assertEquals("'-1", AuditCsv.field("-1"));
    assertEquals("'@SUM(A1)", AuditCsv.field("@SUM(A1)"));
    assertEquals("'\tx", AuditCsv.field("\tx"));
    assertEquals("a=b", AuditCsv.field("a=b"));
  }
}
