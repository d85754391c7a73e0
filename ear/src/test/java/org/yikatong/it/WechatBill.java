package org.yikatong.it;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A WeChat Pay trade bill (交易账单, type ALL) as WeChat sends it, built line by line for the tests: a
 * header row, one row per trade with every field prefixed by a backtick, then the summary block
 * (总交易单数, 应结订单总金额, ..., 手续费总金额). Times are Beijing time, amounts yuan.
 */
final class WechatBill {

  private static final String HEADER =
      "交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,"
          + "应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,"
          + "手续费,费率,订单金额,申请退款金额,费率备注";

  private static final String SUMMARY_HEADER = "总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额";

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final String merchantNo;
  private final List<String> rows = new ArrayList<>();
  private long paidFen;
  private long feeFen;

  WechatBill(String merchantNo) {
    this.merchantNo = merchantNo;
  }

  /**
   * A successful payment.
   *
   * @param at Beijing time
   * @param transactionId WeChat's order number (微信订单号)
   * @param orderNo our top-up order's number (商户订单号)
   */
  WechatBill payment(
      LocalDateTime at, String transactionId, String orderNo, long amountFen, long feeFen) {
    String amount = yuan(amountFen);
    rows.add(
        String.join(
            ",",
            tick(TIME.format(at)),
            tick("wx2421b1c4370ec43b"),
            tick(merchantNo),
            tick("0"),
            tick(""),
            tick(transactionId),
            tick(orderNo),
            tick("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"),
            tick("JSAPI"),
            tick("SUCCESS"),
            tick("CMC"),
            tick("CNY"),
            tick(amount),
            tick("0.00"),
            tick("0"),
            tick("0"),
            tick("0.00"),
            tick("0.00"),
            tick(""),
            tick(""),
            tick("校园卡充值"),
            tick(""),
            tick(new BigDecimal(feeFen).movePointLeft(2).setScale(5).toPlainString()),
            tick("0.60%"),
            tick(amount),
            tick("0.00"),
            tick("")));
    paidFen += amountFen;
    this.feeFen += feeFen;
    return this;
  }

  /** The bill as WeChat's download gives it: UTF-8 text with CRLF line ends. */
  byte[] bytes() {
    return text().getBytes(StandardCharsets.UTF_8);
  }

  String text() {
    StringBuilder out = new StringBuilder(HEADER).append("\r\n");
    rows.forEach(r -> out.append(r).append("\r\n"));
    out.append(SUMMARY_HEADER).append("\r\n");
    out.append(
            String.join(
                ",",
                tick(Integer.toString(rows.size())),
                tick(yuan(paidFen)),
                tick("0.00"),
                tick("0.00"),
                tick(new BigDecimal(feeFen).movePointLeft(2).setScale(5).toPlainString()),
                tick(yuan(paidFen)),
                tick("0.00")))
        .append("\r\n");
    return out.toString();
  }

  private static String tick(String field) {
    return "`" + field;
  }

  private static String yuan(long fen) {
    return BigDecimal.valueOf(fen, 2).toPlainString();
  }
}
