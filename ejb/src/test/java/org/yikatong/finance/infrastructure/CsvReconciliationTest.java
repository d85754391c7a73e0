package org.yikatong.finance.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.finance.domain.reconciliation.ChannelLine;
import org.yikatong.finance.domain.reconciliation.Flow;
import org.yikatong.finance.domain.reconciliation.LedgerMovement;
import org.yikatong.finance.domain.reconciliation.MatchTolerances;
import org.yikatong.finance.domain.reconciliation.MatchingEngine;
import org.yikatong.finance.domain.reconciliation.ReconciliationRun;
import org.yikatong.finance.domain.statement.LineKind;
import org.yikatong.finance.domain.statement.Statement;
import org.yikatong.finance.domain.statement.StatementFormat;
import org.yikatong.finance.domain.statement.StatementLine;
import org.yikatong.finance.domain.statementfile.StatementFile;
import org.yikatong.finance.domain.statementfile.StatementFileLine;
import org.yikatong.kernel.domain.BusinessDay;

class CsvReconciliationTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 9);
  private static final Instant NINE = BusinessDay.start(DAY).plus(Duration.ofHours(9));
  private static final MatchTolerances TOLERANCES =
      new MatchTolerances(0, Duration.ofMinutes(10), Duration.ofMinutes(30));

  private static void set(Object entity, String field, Object value) throws Exception {
    Field f = entity.getClass().getDeclaredField(field);
    f.setAccessible(true);
    f.set(entity, value);
  }

  @Test
  @DisplayName(
      "a byte order mark, Chinese headers, a row per item, yuan with two decimals, formulas"
          + " guarded")
  void csv() throws Exception {
    StatementFile file =
        new StatementFile(
            new Statement(
                StatementFormat.WECHAT_BILL,
                "1900000109",
                DAY,
                List.of(
                    new StatementLine(
                        1, LineKind.PAYMENT, "=HYPERLINK(1)", "TU1", 5000, 0, NINE, null, null),
                    new StatementLine(
                        2, LineKind.PAYMENT, "WX2", "TU2", 2000, 0, NINE, null, null)),
                null),
            "ab".repeat(32),
            null,
            "finance",
            NINE);
    set(file, "id", 3L);
    long id = 30;
    for (StatementFileLine l : file.getLines()) {
      set(l, "id", ++id);
    }
    List<ChannelLine> lines =
        file.getLines().stream()
            .map(l -> new ChannelLine(l.getId(), 3, l.toStatementLine()))
            .toList();
    ReconciliationRun run =
        new ReconciliationRun(
            List.of(file),
            TOLERANCES,
            MatchingEngine.match(
                lines,
                List.of(new LedgerMovement(9, Flow.PAYMENT, "TU1", null, 5000, NINE, "P1")),
                DAY,
                TOLERANCES),
            "finance",
            NINE);

    StringWriter out = new StringWriter();
    new CsvReconciliation().write(run, out);

    String[] rows = out.toString().split("\r\n");
    assertEquals(3, rows.length, out.toString());
    assertEquals("\uFEFF" + CsvReconciliation.HEADER, rows[0]);
    assertTrue(rows[0].startsWith("\uFEFF序号,结果,匹配方式"));
    assertTrue(
        rows[1].startsWith(
            "1,MATCHED,REFERENCE,PAYMENT,3,1,'=HYPERLINK(1),TU1,2026-03-09 09:00:00,"),
        rows[1]);
    assertTrue(rows[1].contains(",50.00,50.00,0.00,9,"), rows[1]);
    assertTrue(rows[2].startsWith("2,MISSING_IN_LEDGER,,PAYMENT,3,2,WX2,TU2,"), rows[2]);
    assertTrue(rows[2].contains(",20.00,,20.00,,"), rows[2]);
    assertTrue(rows[2].contains(",否,OPEN,"), rows[2]);
  }
}
