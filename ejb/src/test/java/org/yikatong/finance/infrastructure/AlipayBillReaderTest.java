package org.yikatong.finance.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class AlipayBillReaderTest {

  private final AlipayBillReader reader = new AlipayBillReader();

  private static String valid() {
    return text("alipay-valid.csv", StatementText.GBK);
  }

  private StatementRejected refusedText(String text) {
    return refused(() -> reader.read(text.getBytes(StatementText.GBK)));
  }

  @Test
  @DisplayName("a day's bill: the account from its comments, payments, a refund, the fees")
  void validBill() {
    Statement statement = reader.read(bytes("alipay-valid.csv"));

    assertEquals(StatementFormat.ALIPAY_BILL, statement.format());
    assertEquals("20881234567890120156", statement.account());
    assertEquals(LocalDate.of(2026, 11, 30), statement.day());
    assertEquals(new DeclaredTotals(4, 35000, 2000, 198), statement.totals());
    List<StatementLine> lines = statement.lines();
    assertEquals(
        List.of(LineKind.PAYMENT, LineKind.PAYMENT, LineKind.PAYMENT, LineKind.REFUND),
        lines.stream().map(StatementLine::kind).toList());

    StatementLine first = lines.get(0);
    assertEquals(6, first.lineNo());
    assertEquals("2026113022001412341000123456", first.channelRef()); // its tab stripped
    assertEquals("TU20261130000903126601", first.merchantRef());
    assertEquals(10000, first.amountFen());
    assertEquals(60, first.feeFen());
    assertEquals(Instant.parse("2026-11-30T01:03:15Z"), first.at()); // 09:03:15 in Shanghai
    assertEquals("校园卡充值", first.description());

    StatementLine refund = lines.get(3);
    assertEquals(9, refund.lineNo());
    assertEquals("RF20261130190000000002", refund.channelRef());
    assertEquals("TU20261130001745029303", refund.merchantRef());
    assertEquals(2000, refund.amountFen());
    assertEquals(12, refund.feeFen());
  }

  @Test
  @DisplayName("a refund without a request number keeps the trade's number as its reference")
  void refundWithoutRequestNumber() {
    Statement statement =
        reader.read(valid().replace("RF20261130190000000002\t", "\t").getBytes(StatementText.GBK));
    assertEquals("2026113022001455091000345678", statement.lines().get(3).channelRef());
  }

  @Test
  @DisplayName("the bill saved as UTF-8 is refused: Alipay's bills are GBK")
  void utf8() {
    StatementRejected e = refused(() -> reader.read(bytes("alipay-utf8.csv")));
    assertEquals(0, e.lineNo());
    assertTrue(e.getMessage().contains("UTF-8") && e.getMessage().contains("GBK"), e.getMessage());

    StatementRejected weChat = refused(() -> reader.read(bytes("wechat-valid.csv")));
    assertTrue(weChat.getMessage().contains("not"), weChat.getMessage());
  }

  @Test
  @DisplayName("a bill without its closing totals is refused as truncated")
  void truncated() {
    StatementRejected e = refused(() -> reader.read(bytes("alipay-truncated.csv")));
    assertEquals(0, e.lineNo());
    assertTrue(
        e.getMessage().contains("#交易合计") && e.getMessage().contains("truncated"), e.getMessage());

    String noRefundTotal = valid().replaceAll("#退款合计[^\r\n]*\r\n", "");
    assertTrue(refusedText(noRefundTotal).getMessage().contains("#退款合计"));
  }

  @Test
  @DisplayName("closing totals that do not match the lines are refused at their line")
  void totalsOff() {
    StatementRejected e = refused(() -> reader.read(bytes("alipay-totals-off.csv")));
    assertEquals(11, e.lineNo());
    assertTrue(
        e.getMessage().contains("360.00") && e.getMessage().contains("350.00"), e.getMessage());

    StatementRejected count = refusedText(valid().replace("#退款合计：1笔", "#退款合计：2笔"));
    assertEquals(12, count.lineNo());
    assertTrue(count.getMessage().contains("declares 2"), count.getMessage());
  }

  @Test
  @DisplayName("a header with a column this reader does not know is refused at its line")
  void unknownColumn() {
    StatementRejected e = refused(() -> reader.read(bytes("alipay-unknown-column.csv")));
    assertEquals(5, e.lineNo());
    assertTrue(e.getMessage().contains("积分抵扣（元）"), e.getMessage());
  }

  @Test
  @DisplayName("a negative payment, a positive refund, fractions of a fen are refused")
  void badAmounts() {
    StatementRejected e = refused(() -> reader.read(bytes("alipay-bad-amount.csv")));
    assertEquals(7, e.lineNo());
    assertTrue(e.getMessage().contains("-200.00 of a payment (交易) is negative"), e.getMessage());

    StatementRejected refund = refusedText(valid().replace(",-20.00,", ",20.00,"));
    assertEquals(9, refund.lineNo());
    assertTrue(refund.getMessage().contains("positive"), refund.getMessage());

    StatementRejected decimals = refusedText(valid().replace(",-1.20,", ",-1.205,"));
    assertEquals(7, decimals.lineNo());
    assertTrue(decimals.getMessage().contains("more than two decimals"), decimals.getMessage());
  }

  @Test
  @DisplayName("a business type it does not know, a bad time, a line outside the period")
  void badValues() {
    StatementRejected type = refusedText(valid().replaceFirst(",交易,", ",转账,"));
    assertEquals(6, type.lineNo());
    assertTrue(type.getMessage().contains("转账"), type.getMessage());

    StatementRejected time =
        refusedText(valid().replace("2026-11-30 12:20:44", "2026/11/30 12:20:44"));
    assertEquals(7, time.lineNo());
    assertTrue(time.getMessage().contains("yyyy-MM-dd HH:mm:ss"), time.getMessage());

    StatementRejected outside =
        refusedText(valid().replace("2026-11-30 17:45:02", "2026-12-01 00:15:02"));
    assertEquals(8, outside.lineNo());
    assertTrue(outside.getMessage().contains("outside the bill's period"), outside.getMessage());
  }

  @Test
  @DisplayName("a bill that names no account, or covers several days, is refused")
  void accountAndPeriod() {
    StatementRejected account = refusedText(valid().replaceAll("#账号[^\r\n]*\r\n", ""));
    assertTrue(account.getMessage().contains("#账号"), account.getMessage());

    StatementRejected week = refusedText(valid().replace("终止日期：[2026年12月01日", "终止日期：[2026年12月07日"));
    assertEquals(3, week.lineNo());
    assertTrue(week.getMessage().contains("one day"), week.getMessage());
  }
}
