package org.yikatong.finance.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.finance.domain.statement.DeclaredTotals;
import org.yikatong.finance.domain.statement.Statement;
import org.yikatong.finance.domain.statement.StatementFormat;
import org.yikatong.finance.domain.statement.StatementReader;
import org.yikatong.finance.domain.statement.StatementRejected;

class StatementReadersTest {

  /** A reader that answers one statement for any file. */
  private record Fixed(StatementFormat format, Statement statement) implements StatementReader {

    @Override
    public Statement read(byte[] file) {
      return statement;
    }
  }

  private static Statement statement(StatementFormat format) {
    return new Statement(
        format, "acct", LocalDate.of(2026, 11, 30), List.of(), new DeclaredTotals(0, 0, 0, 0));
  }

  private final Statement wechat = statement(StatementFormat.WECHAT_BILL);
  private final Statement mt940 = statement(StatementFormat.MT940);
  private final List<StatementReader> readers =
      List.of(
          new Fixed(StatementFormat.WECHAT_BILL, wechat), new Fixed(StatementFormat.MT940, mt940));

  @Test
  @DisplayName("the reader of the file's format reads it")
  void picksTheReaderOfTheFormat() {
    assertSame(mt940, StatementReaders.read(readers, StatementFormat.MT940, new byte[] {1}));
    assertSame(wechat, StatementReaders.read(readers, StatementFormat.WECHAT_BILL, new byte[] {1}));
  }

  @Test
  @DisplayName("an empty file is refused before any reader sees it")
  void emptyFile() {
    StatementRejected e =
        assertThrows(
            StatementRejected.class,
            () -> StatementReaders.read(readers, StatementFormat.MT940, new byte[0]));
    assertEquals(0, e.lineNo());
    assertThrows(
        StatementRejected.class, () -> StatementReaders.read(readers, StatementFormat.MT940, null));
  }

  @Test
  @DisplayName("a format without a reader, or with two, is a deployment fault")
  void missingOrDuplicateReader() {
    assertThrows(
        IllegalStateException.class,
        () -> StatementReaders.read(readers, StatementFormat.CAMT_053, new byte[] {1}));
    List<StatementReader> twice =
        List.of(new Fixed(StatementFormat.MT940, mt940), new Fixed(StatementFormat.MT940, mt940));
    assertThrows(
        IllegalStateException.class,
        () -> StatementReaders.read(twice, StatementFormat.MT940, new byte[] {1}));
  }
}
