package org.yikatong.finance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yikatong.finance.domain.statement.DeclaredTotals;
import org.yikatong.finance.domain.statement.LineKind;
import org.yikatong.finance.domain.statement.Statement;
import org.yikatong.finance.domain.statement.StatementFormat;
import org.yikatong.finance.domain.statement.StatementLine;
import org.yikatong.finance.domain.statement.StatementReader;
import org.yikatong.finance.domain.statement.StatementRejected;
import org.yikatong.kernel.domain.BusinessDay;

/**
 * WeChat Pay's trade bill (交易账单, all transactions of one day): UTF-8 CSV, possibly with a byte
 * order mark; a header line of 27 columns; one line per transaction with every value written after
 * a backtick (so that a spreadsheet keeps long numbers as text); then the summary block, a header
 * line (总交易单数 …) and one line of totals. Amounts are yuan with two decimals, times Asia/Shanghai.
 *
 * <p>A line in state {@code SUCCESS} is a payment (商户订单号 our order, 微信订单号 WeChat's, 应结订单金额 the
 * amount, 手续费 the charge). A line in state {@code REFUND} is a refund (微信退款单号 WeChat's refund
 * number, 商户订单号 the order refunded, 退款金额 the amount); its 手续费 is zero or negative, the charge
 * WeChat gives back, and the line keeps it as a positive fee. Every total of the summary is checked
 * against the lines before the statement is answered. Stateless and thread-safe.
 */
@ApplicationScoped
public class WeChatBillReader implements StatementReader {

  /** The header of the transaction lines. */
  static final List<String> COLUMNS =
      List.of(
          "交易时间", "公众账号ID", "商户号", "特约商户号", "设备号", "微信订单号", "商户订单号", "用户标识", "交易类型", "交易状态", "付款银行",
          "货币种类", "应结订单金额", "代金券金额", "微信退款单号", "商户退款单号", "退款金额", "充值券退款金额", "退款类型", "退款状态", "商品名称",
          "商户数据包", "手续费", "费率", "订单金额", "申请退款金额", "费率备注");

  /** The header of the summary block. */
  static final List<String> SUMMARY =
      List.of("总交易单数", "应结订单总金额", "退款总金额", "充值券退款总金额", "手续费总金额", "订单总金额", "申请退款总金额");

  /** The summary's amount columns and the transaction columns they add up. */
  private static final Map<String, String> TOTALS = new LinkedHashMap<>();

  static {
    TOTALS.put("应结订单总金额", "应结订单金额");
    TOTALS.put("退款总金额", "退款金额");
    TOTALS.put("充值券退款总金额", "充值券退款金额");
    TOTALS.put("手续费总金额", "手续费");
    TOTALS.put("订单总金额", "订单金额");
    TOTALS.put("申请退款总金额", "申请退款金额");
  }

  /** Amount columns never negative on any line (手续费 has a sign per state). */
  private static final List<String> UNSIGNED =
      List.of("应结订单金额", "代金券金额", "退款金额", "充值券退款金额", "订单金额", "申请退款金额");

  private static final String WHAT = "a WeChat Pay bill";

  @Override
  public StatementFormat format() {
    return StatementFormat.WECHAT_BILL;
  }

  @Override
  public Statement read(byte[] file) {
    StatementText text = decode(file);
    List<CsvRows.Row> rows = CsvRows.read(text, false);
    if (rows.isEmpty()) {
      throw new StatementRejected(0, "The file is empty");
    }
    CsvColumns columns = CsvColumns.of(rows.get(0), COLUMNS, "交易时间", WHAT);

    Map<String, Long> sums = new HashMap<>();
    List<StatementLine> lines = new ArrayList<>();
    Set<String> merchants = new LinkedHashSet<>();
    int i = 1;
    for (; i < rows.size() && !isSummaryHeader(rows.get(i)); i++) {
      lines.add(line(columns, rows.get(i), sums, merchants));
      if (merchants.size() > 1) {
        throw new StatementRejected(
            rows.get(i).lineNo(),
            "商户号 " + columns.value(rows.get(i), "商户号") + " differs from the lines above");
      }
    }
    int lastLine = rows.get(i - 1).lineNo();
    if (i == rows.size()) {
      throw new StatementRejected(
          0,
          "The file ends after line "
              + lastLine
              + " without the summary block (总交易单数,应结订单总金额,…): it seems truncated");
    }
    CsvColumns summary = CsvColumns.of(rows.get(i), SUMMARY, "总交易单数", "the summary block");
    if (i + 1 == rows.size()) {
      throw new StatementRejected(
          0,
          "The file ends after the summary's header on line "
              + rows.get(i).lineNo()
              + " without its line of totals: it seems truncated");
    }
    CsvRows.Row totalsRow = rows.get(i + 1);
    if (i + 2 < rows.size()) {
      throw new StatementRejected(
          rows.get(i + 2).lineNo(), "nothing may follow the summary's line of totals");
    }
    DeclaredTotals totals = checkTotals(summary, totalsRow, lines, sums);
    StatementChecks.uniqueChannelRefs(lines, "the reference (微信订单号 or 微信退款单号)");
    LocalDate day = StatementChecks.oneDay(lines); // refuses a bill without lines
    return new Statement(
        StatementFormat.WECHAT_BILL, merchants.iterator().next(), day, lines, totals);
  }

  /**
   * UTF-8, strictly; a file that is not tells whether it reads as GBK, the encoding Alipay's bills
   * come in.
   */
  private static StatementText decode(byte[] file) {
    if (StatementText.tryDecode(file, StandardCharsets.UTF_8).isEmpty()
        && StatementText.tryDecode(file, StatementText.GBK)
            .filter(t -> t.contains("交易时间"))
            .isPresent()) {
      throw new StatementRejected(
          0,
          "The file is GBK-encoded text, but a WeChat Pay bill is UTF-8: use the file as"
              + " downloaded from WeChat Pay, not a copy saved in another encoding");
    }
    return StatementText.decode(file, StandardCharsets.UTF_8, WHAT);
  }

  private static boolean isSummaryHeader(CsvRows.Row row) {
    return CsvColumns.plain(row.field(0)).equals("总交易单数");
  }

  private static StatementLine line(
      CsvColumns columns, CsvRows.Row row, Map<String, Long> sums, Set<String> merchants) {
    int lineNo = row.lineNo();
    columns.checkWidth(row);
    for (int c = 0; c < row.size(); c++) {
      if (!row.field(c).startsWith("`")) {
        throw new StatementRejected(
            lineNo,
            "the value of "
                + columns.name(c)
                + " does not start with the backtick WeChat Pay writes before every value;"
                + " was the file re-saved by a spreadsheet?");
      }
    }
    Function<String, String> value = name -> columns.value(row, name);
    merchants.add(StatementChecks.required(value.apply("商户号"), lineNo, "商户号"));
    String currency = value.apply("货币种类");
    if (!currency.equals("CNY")) {
      throw new StatementRejected(lineNo, "货币种类 '" + currency + "' is not CNY");
    }
    LocalDateTime time = StatementChecks.localTime(value.apply("交易时间"), lineNo, "交易时间");
    for (String name : TOTALS.values()) {
      long fen = Yuan.fen(value.apply(name), lineNo, name);
      if (fen < 0 && UNSIGNED.contains(name)) {
        throw new StatementRejected(lineNo, name + " " + Yuan.format(fen) + " is negative");
      }
      sums.merge(name, fen, Long::sum);
    }
    long fee = Yuan.fen(value.apply("手续费"), lineNo, "手续费");
    String state = value.apply("交易状态");
    String orderNo = StatementChecks.required(value.apply("商户订单号"), lineNo, "商户订单号");
    String description = blankToNull(value.apply("商品名称"));
    if (state.equals("SUCCESS")) {
      if (fee < 0) {
        throw new StatementRejected(
            lineNo, "手续费 " + Yuan.format(fee) + " of a payment is negative");
      }
      return new StatementLine(
          lineNo,
          LineKind.PAYMENT,
          StatementChecks.required(value.apply("微信订单号"), lineNo, "微信订单号"),
          orderNo,
          Yuan.fen(value.apply("应结订单金额"), lineNo, "应结订单金额"),
          fee,
          time.atZone(BusinessDay.ZONE).toInstant(),
          null,
          description);
    }
    if (state.equals("REFUND")) {
      if (fee > 0) {
        throw new StatementRejected(
            lineNo,
            "手续费 "
                + Yuan.format(fee)
                + " of a refund is positive; WeChat Pay writes the charge it gives back as a"
                + " negative amount");
      }
      return new StatementLine(
          lineNo,
          LineKind.REFUND,
          StatementChecks.required(value.apply("微信退款单号"), lineNo, "微信退款单号"),
          orderNo,
          Yuan.fen(value.apply("退款金额"), lineNo, "退款金额"),
          -fee,
          time.atZone(BusinessDay.ZONE).toInstant(),
          null,
          description);
    }
    throw new StatementRejected(
        lineNo, "交易状态 '" + state + "' is not one this reader knows (SUCCESS, REFUND)");
  }

  private static DeclaredTotals checkTotals(
      CsvColumns summary, CsvRows.Row row, List<StatementLine> lines, Map<String, Long> sums) {
    int lineNo = row.lineNo();
    summary.checkWidth(row);
    String countText = summary.value(row, "总交易单数");
    if (!countText.matches("\\d{1,9}")) {
      throw new StatementRejected(lineNo, "总交易单数 '" + countText + "' is not a count");
    }
    int count = Integer.parseInt(countText);
    StatementChecks.declaredCount(count, lines.size(), lineNo, "transactions (总交易单数)");
    Map<String, Long> declared = new HashMap<>();
    for (Map.Entry<String, String> total : TOTALS.entrySet()) {
      long fen = Yuan.fen(summary.value(row, total.getKey()), lineNo, total.getKey());
      declared.put(total.getKey(), fen);
      StatementChecks.declaredAmount(
          fen, sums.getOrDefault(total.getValue(), 0L), lineNo, total.getKey());
    }
    return new DeclaredTotals(
        count, declared.get("应结订单总金额"), declared.get("退款总金额"), declared.get("手续费总金额"));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
