package org.yikatong.finance.infrastructure;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.finance.infrastructure.StatementSamples.bytes;
import static org.yikatong.finance.infrastructure.StatementSamples.lineOf;
import static org.yikatong.finance.infrastructure.StatementSamples.refused;
import static org.yikatong.finance.infrastructure.StatementSamples.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.finance.domain.statement.DeclaredTotals;
import org.yikatong.finance.domain.statement.LineKind;
import org.yikatong.finance.domain.statement.Statement;
import org.yikatong.finance.domain.statement.StatementFormat;
import org.yikatong.finance.domain.statement.StatementLine;
import org.yikatong.finance.domain.statement.StatementRejected;

class Mt940ReaderTest {

  private final Mt940Reader reader = new Mt940Reader();

  private static String valid() {
    return text("mt940-valid.sta", US_ASCII);
  }

  private StatementRejected refusedText(String text) {
    return refused(() -> reader.read(text.getBytes(US_ASCII)));
  }

  @Test
  @DisplayName("a day's statement: credits with their end-to-end references, charges as fees")
  void validStatement() {
    Statement statement = reader.read(bytes("mt940-valid.sta"));

    assertEquals(StatementFormat.MT940, statement.format());
    assertEquals("0200001009200012345", statement.account());
    assertEquals(LocalDate.of(2026, 11, 30), statement.day());
    assertEquals(new DeclaredTotals(5, 355050, 0, 2850), statement.totals());
    List<StatementLine> lines = statement.lines();
    assertEquals(
        List.of(LineKind.PAYMENT, LineKind.PAYMENT, LineKind.PAYMENT, LineKind.FEE, LineKind.FEE),
        lines.stream().map(StatementLine::kind).toList());
    assertEquals(
        List.of(120000L, 35050L, 200000L, 2500L, 350L),
        lines.stream().map(StatementLine::amountFen).toList());

    StatementLine first = lines.get(0);
    assertEquals(6, first.lineNo());
    assertEquals("ICB2611300001", first.channelRef());
    assertEquals("TU20261130000915226481", first.merchantRef());
    assertEquals(Instant.parse("2026-11-29T16:00:00Z"), first.at());
    assertEquals(
        "/EREF/TU20261130000915226481/REMI/CAMPUS CARD TOP-UP 2024000123", first.description());

    StatementLine fee = lines.get(3);
    assertEquals(lineOf(valid(), ":61:2611301130D25,00"), fee.lineNo());
    assertNull(fee.merchantRef());
    assertEquals("ACCOUNT MAINTENANCE FEE NOVEMBER", fee.description());
  }

  @Test
  @DisplayName("the text block alone, as banks export it, reads the same")
  void bareTextBlock() {
    String text = valid();
    String bare = text.substring(text.indexOf(":20:"), text.indexOf("-}")) + "-\r\n";
    Statement statement = reader.read(bare.getBytes(US_ASCII));
    assertEquals(5, statement.lines().size());
    assertEquals(5, statement.lines().get(0).lineNo());
    assertEquals(new DeclaredTotals(5, 355050, 0, 2850), statement.totals());
  }

  @Test
  @DisplayName("balances that do not add up are refused at the closing balance")
  void totalsOff() {
    StatementRejected e = refused(() -> reader.read(bytes("mt940-totals-off.sta")));
    assertEquals(lineOf(valid(), ":62F:"), e.lineNo());
    assertTrue(
        e.getMessage().contains("gives 91522.00") && e.getMessage().contains("91532.00"),
        e.getMessage());
  }

  @Test
  @DisplayName("a file without its closing balance is refused as truncated")
  void truncated() {
    StatementRejected e = refused(() -> reader.read(bytes("mt940-truncated.sta")));
    assertEquals(0, e.lineNo());
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());

    String bare = valid().substring(valid().indexOf(":20:"), valid().indexOf(":62F:"));
    StatementRejected noClosing = refusedText(bare);
    assertTrue(noClosing.getMessage().contains(":62F:"), noClosing.getMessage());
  }

  @Test
  @DisplayName("an amount with fractions of a fen, or a decimal point, is refused at its line")
  void badAmount() {
    StatementRejected e = refused(() -> reader.read(bytes("mt940-bad-amount.sta")));
    assertEquals(lineOf(valid(), ":61:2611301130C350,50"), e.lineNo());
    assertTrue(e.getMessage().contains("more than two decimals"), e.getMessage());

    StatementRejected point = refusedText(valid().replace("CNY88000,00", "CNY88000.00"));
    assertEquals(lineOf(valid(), ":60F:"), point.lineNo());
    assertTrue(point.getMessage().contains("decimal comma"), point.getMessage());
  }

  @Test
  @DisplayName("an impossible date is refused at its line")
  void badDate() {
    StatementRejected e = refused(() -> reader.read(bytes("mt940-bad-date.sta")));
    assertEquals(lineOf(valid(), ":61:2611301130C350,50"), e.lineNo());
    assertTrue(e.getMessage().contains("'261131'"), e.getMessage());
  }

  @Test
  @DisplayName("a debit that is not a charge, a reversal, another currency are refused")
  void badLines() {
    StatementRejected transfer = refusedText(valid().replace("D25,00NCHG", "D25,00NTRF"));
    assertTrue(transfer.getMessage().contains("NTRF"), transfer.getMessage());

    StatementRejected reversal = refusedText(valid().replace("1130D25,00", "1130RD25,00"));
    assertTrue(reversal.getMessage().contains("reversal"), reversal.getMessage());

    StatementRejected usd = refusedText(valid().replace("C261129CNY", "C261129USD"));
    assertTrue(usd.getMessage().contains("USD"), usd.getMessage());

    StatementRejected otherDay =
        refusedText(valid().replace(":61:2611301130C1200,00", ":61:2611291129C1200,00"));
    assertTrue(otherDay.getMessage().contains("one day"), otherDay.getMessage());
  }

  @Test
  @DisplayName("two statements in one file, or a field MT940 does not have, are refused")
  void oneStatement() {
    String text = valid();
    String bare = text.substring(text.indexOf(":20:"), text.indexOf("-}")) + "-\r\n";
    StatementRejected two = refusedText(bare + bare);
    assertTrue(two.getMessage().contains("one statement at a time"), two.getMessage());

    StatementRejected field = refusedText(text.replace(":28C:330/1", ":32A:261130CNY1,00"));
    assertEquals(lineOf(text, ":28C:"), field.lineNo());
    assertTrue(field.getMessage().contains(":32A:"), field.getMessage());
  }
}
