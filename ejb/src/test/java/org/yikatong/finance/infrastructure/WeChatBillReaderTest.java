package org.yikatong.finance.infrastructure;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.finance.infrastructure.StatementSamples.bytes;
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

class WeChatBillReaderTest {

  private final WeChatBillReader reader = new WeChatBillReader();

  /** The valid sample's text, for variants of it; without its byte order mark. */
  private static String valid() {
    return text("wechat-valid.csv", UTF_8).substring(1);
  }

  private StatementRejected refusedText(String text) {
    return refused(() -> reader.read(text.getBytes(UTF_8)));
  }

  @Test
  @DisplayName("a day's bill: payments with their fees, a refund with the fee given back, totals")
  void validBill() {
    Statement statement = reader.read(bytes("wechat-valid.csv"));

    assertEquals(StatementFormat.WECHAT_BILL, statement.format());
    assertEquals("1900012345", statement.account());
    assertEquals(LocalDate.of(2026, 11, 30), statement.day());
    assertEquals(new DeclaredTotals(5, 38000, 5000, 198), statement.totals());
    List<StatementLine> lines = statement.lines();
    assertEquals(5, lines.size());
    assertEquals(
        List.of(
            LineKind.PAYMENT,
            LineKind.PAYMENT,
            LineKind.PAYMENT,
            LineKind.REFUND,
            LineKind.PAYMENT),
        lines.stream().map(StatementLine::kind).toList());

    StatementLine first = lines.get(0);
    assertEquals(2, first.lineNo());
    assertEquals("4200002345202611300418827361", first.channelRef());
    assertEquals("TU20261130000418273615", first.merchantRef());
    assertEquals(10000, first.amountFen());
    assertEquals(60, first.feeFen());
    assertEquals(Instant.parse("2026-11-29T23:41:09Z"), first.at()); // 07:41:09 in Shanghai
    assertEquals("校园卡充值", first.description());
    assertNull(first.batchRef());

    StatementLine refund = lines.get(3);
    assertEquals(5, refund.lineNo());
    assertEquals("50300706012026113000938401223", refund.channelRef());
    assertEquals("TU20261130000522918470", refund.merchantRef());
    assertEquals(5000, refund.amountFen());
    assertEquals(30, refund.feeFen());
  }

  @Test
  @DisplayName("a bill without a byte order mark reads the same")
  void withoutByteOrderMark() {
    Statement statement = reader.read(valid().getBytes(UTF_8));
    assertEquals(5, statement.lines().size());
    assertEquals(2, statement.lines().get(0).lineNo());
  }

  @Test
  @DisplayName("a bill saved as GBK is refused as such")
  void gbk() {
    StatementRejected e = refused(() -> reader.read(bytes("wechat-gbk.csv")));
    assertEquals(0, e.lineNo());
    assertTrue(e.getMessage().contains("GBK") && e.getMessage().contains("UTF-8"), e.getMessage());
  }

  @Test
  @DisplayName("bytes that are not UTF-8 are refused with their line")
  void notUtf8() {
    byte[] file = valid().getBytes(UTF_8);
    int third = valid().indexOf("`2026-11-30 11:47:30");
    file[valid().substring(0, third).getBytes(UTF_8).length + 3] = (byte) 0xFF;
    StatementRejected e = refused(() -> reader.read(file));
    assertEquals(4, e.lineNo());
    assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
  }

  @Test
  @DisplayName("a file cut off inside a line is refused at that line")
  void truncatedInsideALine() {
    StatementRejected e = refused(() -> reader.read(bytes("wechat-truncated.csv")));
    assertEquals(5, e.lineNo());
    assertTrue(e.getMessage().contains("cut short"), e.getMessage());
  }

  @Test
  @DisplayName("a file that ends before its summary block is refused as truncated")
  void truncatedBeforeTheSummary() {
    String text = valid();
    StatementRejected e = refusedText(text.substring(0, text.indexOf("总交易单数")));
    assertEquals(0, e.lineNo());
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());

    String headerOnly = text.substring(0, text.indexOf("`5,`380.00"));
    assertTrue(refusedText(headerOnly).getMessage().contains("truncated"));
  }

  @Test
  @DisplayName("a bill without a transaction line is refused: its day is unknown")
  void noLines() {
    String text = valid();
    String empty =
        text.substring(0, text.indexOf('\n') + 1)
            + text.substring(text.indexOf("总交易单数"))
                .replace(
                    "`5,`380.00,`50.00,`0.00,`1.98,`380.00,`50.00",
                    "`0,`0.00,`0.00,`0.00,`0.00,`0.00,`0.00");
    StatementRejected e = refusedText(empty);
    assertEquals(0, e.lineNo());
    assertTrue(e.getMessage().contains("no transaction line"), e.getMessage());
  }

  @Test
  @DisplayName("a summary that does not match the lines is refused, naming both amounts")
  void totalsOff() {
    StatementRejected e = refused(() -> reader.read(bytes("wechat-totals-off.csv")));
    assertEquals(8, e.lineNo());
    assertTrue(
        e.getMessage().contains("应结订单总金额")
            && e.getMessage().contains("390.00")
            && e.getMessage().contains("380.00"),
        e.getMessage());

    String fees = valid().replace("`1.98,", "`2.28,"); // the refund's fee given back left out
    assertTrue(refusedText(fees).getMessage().contains("手续费总金额"));
    String count = valid().replace("`5,`380.00", "`6,`380.00");
    assertTrue(refusedText(count).getMessage().contains("declares 6 transactions"));
  }

  @Test
  @DisplayName("a header with a column this reader does not know is refused at line 1")
  void unknownColumn() {
    StatementRejected e = refused(() -> reader.read(bytes("wechat-unknown-column.csv")));
    assertEquals(1, e.lineNo());
    assertTrue(e.getMessage().contains("unknown column(s) in the header: 优惠金额"), e.getMessage());

    String missing = valid().replace(",费率备注", "").replaceAll(",`\r\n", "\r\n");
    assertTrue(refusedText(missing).getMessage().contains("missing from the header: 费率备注"));
  }

  @Test
  @DisplayName("an amount with fractions of a fen is refused at its line")
  void badAmount() {
    StatementRejected e = refused(() -> reader.read(bytes("wechat-bad-amount.csv")));
    assertEquals(4, e.lineNo());
    assertTrue(
        e.getMessage().contains("200.005") && e.getMessage().contains("more than two decimals"),
        e.getMessage());

    assertTrue(
        refusedText(valid().replace("`100.00,`0.00,`0,", "`1OO.00,`0.00,`0,"))
            .getMessage()
            .contains("'1OO.00' is not an amount"));
    StatementRejected negative =
        refusedText(valid().replace("`0.60,`0.60%,`100.00", "`-0.60,`0.60%,`100.00"));
    assertEquals(2, negative.lineNo());
    assertTrue(negative.getMessage().contains("negative"), negative.getMessage());
    assertTrue(refusedText(valid().replace("`-0.30,", "`0.30,")).getMessage().contains("positive"));
  }

  @Test
  @DisplayName("an impossible time, a state it does not know, or a value without its backtick")
  void badValues() {
    StatementRejected date =
        refusedText(valid().replace("`2026-11-30 08:02:55", "`2026-11-31 08:02:55"));
    assertEquals(3, date.lineNo());
    assertTrue(date.getMessage().contains("2026-11-31 08:02:55"), date.getMessage());

    StatementRejected state =
        refusedText(valid().replaceFirst("`JSAPI,`SUCCESS", "`MICROPAY,`REVOKED"));
    assertTrue(state.getMessage().contains("REVOKED"), state.getMessage());

    StatementRejected spreadsheet =
        refusedText(
            valid()
                .replace("`4200002345202611301137750264", "4.2E+27")
                .replace("`TU20261130001137750264", "TU20261130001137750264"));
    assertEquals(4, spreadsheet.lineNo());
    assertTrue(spreadsheet.getMessage().contains("backtick"), spreadsheet.getMessage());
  }

  @Test
  @DisplayName("lines of two days, or one transaction twice, are refused")
  void oneDayOnce() {
    StatementRejected day =
        refusedText(valid().replace("`2026-11-30 18:30:12", "`2026-12-01 00:00:12"));
    assertEquals(6, day.lineNo());
    assertTrue(day.getMessage().contains("one day"), day.getMessage());

    String twice =
        valid().replace("`4200002345202611301830120977", "`4200002345202611300418827361");
    StatementRejected e = refusedText(twice);
    assertEquals(6, e.lineNo());
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  @DisplayName("an Alipay bill given as a WeChat Pay bill is refused")
  void anAlipayBill() {
    StatementRejected e = refused(() -> reader.read(bytes("alipay-valid.csv")));
    assertTrue(e.getMessage().contains("not"), e.getMessage());
  }
}
