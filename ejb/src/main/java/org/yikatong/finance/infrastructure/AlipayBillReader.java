package org.yikatong.finance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yikatong.finance.domain.statement.DeclaredTotals;
import org.yikatong.finance.domain.statement.LineKind;
import org.yikatong.finance.domain.statement.Statement;
import org.yikatong.finance.domain.statement.StatementFormat;
import org.yikatong.finance.domain.statement.StatementLine;
import org.yikatong.finance.domain.statement.StatementReader;
import org.yikatong.finance.domain.statement.StatementRejected;
import org.yikatong.kernel.domain.BusinessDay;

/**
 * Alipay's bill (业务明细): GBK-encoded CSV framed by {@code #} comment lines. Those before the header
 * name the Alipay account (#账号：[…]) and the period (#起始日期：[…] 终止日期：[…]); those after the last line
 * declare the totals (#交易合计：N笔，商家实收共X元，商家优惠共Y元 and #退款合计：…), checked against the lines before the
 * statement is answered. Alipay writes a tab after identifiers so that a spreadsheet keeps them as
 * text; it is stripped.
 *
 * <p>业务类型 交易 is a payment (支付宝交易号 Alipay's number, 商户订单号 ours, 商家实收 the amount); 退款 is a refund,
 * written with a negative 商家实收 (the line keeps it positive), its reference the refund request
 * number (退款批次号/请求号), else the trade's number. Alipay writes its service charge (服务费) as a negative
 * amount on a payment and the charge it gives back as a positive one on a refund; the line keeps
 * either as a positive fee. Times are Asia/Shanghai; a line's time is 完成时间. Stateless and
 * thread-safe.
 */
@ApplicationScoped
public class AlipayBillReader implements StatementReader {

  /** The header of the transaction lines. */
  static final List<String> COLUMNS =
      List.of(
          "支付宝交易号",
          "商户订单号",
          "业务类型",
          "商品名称",
          "创建时间",
          "完成时间",
          "门店编号",
          "门店名称",
          "操作员",
          "终端号",
          "对方账户",
          "订单金额（元）",
          "商家实收（元）",
          "支付宝红包（元）",
          "集分宝（元）",
          "支付宝优惠（元）",
          "商家优惠（元）",
          "券核销金额（元）",
          "券名称",
          "商家红包消费金额（元）",
          "卡消费金额（元）",
          "退款批次号/请求号",
          "服务费（元）",
          "分润（元）",
          "备注");

  private static final List<String> AMOUNTS =
      List.of(
          "订单金额（元）",
          "商家实收（元）",
          "支付宝红包（元）",
          "集分宝（元）",
          "支付宝优惠（元）",
          "商家优惠（元）",
          "券核销金额（元）",
          "商家红包消费金额（元）",
          "卡消费金额（元）",
          "服务费（元）",
          "分润（元）");

  private static final Pattern ACCOUNT = Pattern.compile("^#账号[：:]\\s*\\[([^\\]]*)]");

  private static final Pattern PERIOD =
      Pattern.compile("^#起始日期[：:]\\s*\\[([^\\]]*)]\\s*终止日期[：:]\\s*\\[([^\\]]*)]");

  /** #交易合计：3笔，商家实收共300.00元，商家优惠共0.00元 (and the same for 退款合计). */
  private static final Pattern TOTAL =
      Pattern.compile(
          "^#(交易|退款)合计[：:]\\s*(\\d{1,9})\\s*笔\\s*[，,]\\s*商家实收共\\s*([-\\d.]+)\\s*元"
              + "(?:\\s*[，,]\\s*商家优惠共\\s*([-\\d.]+)\\s*元)?.*");

  private static final DateTimeFormatter PERIOD_TIME =
      DateTimeFormatter.ofPattern("uuuu年MM月dd日 HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

  private static final String WHAT = "an Alipay bill";

  @Override
  public StatementFormat format() {
    return StatementFormat.ALIPAY_BILL;
  }

  @Override
  public Statement read(byte[] file) {
    StatementText text = decode(file);
    List<CsvRows.Row> rows = CsvRows.read(text, true);
    if (rows.isEmpty()) {
      throw new StatementRejected(
          0, "The file holds no header line (支付宝交易号,商户订单号,…): it is not an Alipay bill");
    }
    CsvColumns columns = CsvColumns.of(withoutTrailingEmpty(rows.get(0)), COLUMNS, "支付宝交易号", WHAT);
    int lastLine = rows.get(rows.size() - 1).lineNo();
    Comments comments = comments(text, lastLine);

    List<StatementLine> lines = new ArrayList<>();
    long paymentDiscounts = 0;
    long refundDiscounts = 0;
    for (CsvRows.Row row : rows.subList(1, rows.size())) {
      CsvRows.Row cut = withoutTrailingEmpty(row);
      StatementLine line = line(columns, cut);
      if (comments.period() != null) {
        comments.period().check(line);
      }
      long discount = Yuan.fen(columns.value(cut, "商家优惠（元）"), row.lineNo(), "商家优惠（元）");
      if (line.kind() == LineKind.PAYMENT) {
        paymentDiscounts += discount;
      } else {
        refundDiscounts += discount;
      }
      lines.add(line);
    }
    StatementChecks.uniqueChannelRefs(lines, "the reference (支付宝交易号 or 退款批次号/请求号)");
    check(comments.trades(), lines, LineKind.PAYMENT, paymentDiscounts);
    check(comments.refunds(), lines, LineKind.REFUND, refundDiscounts);
    long fees =
        lines.stream().mapToLong(l -> l.kind() == LineKind.REFUND ? -l.feeFen() : l.feeFen()).sum();
    DeclaredTotals totals =
        new DeclaredTotals(
            comments.trades().count() + comments.refunds().count(),
            comments.trades().receivedFen(),
            -comments.refunds().receivedFen(),
            fees);
    LocalDate day =
        comments.period() != null ? comments.period().day() : StatementChecks.oneDay(lines);
    return new Statement(StatementFormat.ALIPAY_BILL, comments.account(), day, lines, totals);
  }

  /**
   * GBK, strictly. A UTF-8 file is refused as such (Alipay's own files are GBK; a UTF-8 one has
   * been converted), and so is a file whose header only reads as UTF-8.
   */
  private static StatementText decode(byte[] file) {
    boolean gbkHeader =
        !StatementText.startsWithUtf8Bom(file)
            && StatementText.tryDecode(file, StatementText.GBK)
                .filter(t -> t.contains("支付宝交易号"))
                .isPresent();
    boolean utf8Header =
        StatementText.tryDecode(file, StandardCharsets.UTF_8)
            .filter(t -> t.contains("支付宝交易号"))
            .isPresent();
    if (!gbkHeader && utf8Header) {
      throw new StatementRejected(
          0,
          "The file is UTF-8 text, but an Alipay bill is GBK-encoded: use the file as downloaded"
              + " from Alipay, not a copy saved in another encoding");
    }
    return StatementText.decode(file, StatementText.GBK, WHAT);
  }

  /** Alipay may end a line with a comma, an empty last value past the header's columns. */
  private static CsvRows.Row withoutTrailingEmpty(CsvRows.Row row) {
    if (row.size() == COLUMNS.size() + 1 && row.field(row.size() - 1).isBlank()) {
      return new CsvRows.Row(row.lineNo(), row.fields().subList(0, COLUMNS.size()));
    }
    return row;
  }

  private static StatementLine line(CsvColumns columns, CsvRows.Row row) {
    int lineNo = row.lineNo();
    columns.checkWidth(row);
    for (String amount : AMOUNTS) {
      Yuan.fen(columns.value(row, amount), lineNo, amount);
    }
    String type = columns.value(row, "业务类型");
    String tradeNo = StatementChecks.required(columns.value(row, "支付宝交易号"), lineNo, "支付宝交易号");
    String orderNo = StatementChecks.required(columns.value(row, "商户订单号"), lineNo, "商户订单号");
    LocalDateTime done =
        StatementChecks.localTime(
            StatementChecks.required(columns.value(row, "完成时间"), lineNo, "完成时间"), lineNo, "完成时间");
    long received = Yuan.fen(columns.value(row, "商家实收（元）"), lineNo, "商家实收（元）");
    long fee = Yuan.fen(columns.value(row, "服务费（元）"), lineNo, "服务费（元）");
    String description = columns.value(row, "商品名称");
    if (type.equals("交易")) {
      if (received < 0) {
        throw new StatementRejected(
            lineNo, "商家实收（元） " + Yuan.format(received) + " of a payment (交易) is negative");
      }
      if (fee > 0) {
        throw new StatementRejected(
            lineNo,
            "服务费（元） "
                + Yuan.format(fee)
                + " of a payment is positive; Alipay writes its charge as a negative amount");
      }
      return new StatementLine(
          lineNo,
          LineKind.PAYMENT,
          tradeNo,
          orderNo,
          received,
          -fee,
          done.atZone(BusinessDay.ZONE).toInstant(),
          null,
          description.isBlank() ? null : description);
    }
    if (type.equals("退款")) {
      if (received > 0) {
        throw new StatementRejected(
            lineNo,
            "商家实收（元） "
                + Yuan.format(received)
                + " of a refund (退款) is positive; Alipay writes a refund as a negative amount");
      }
      if (fee < 0) {
        throw new StatementRejected(
            lineNo,
            "服务费（元） "
                + Yuan.format(fee)
                + " of a refund is negative; Alipay writes the charge it gives back as a positive"
                + " amount");
      }
      String requestNo = columns.value(row, "退款批次号/请求号");
      return new StatementLine(
          lineNo,
          LineKind.REFUND,
          requestNo.isBlank() ? tradeNo : requestNo,
          orderNo,
          -received,
          fee,
          done.atZone(BusinessDay.ZONE).toInstant(),
          null,
          description.isBlank() ? null : description);
    }
    throw new StatementRejected(
        lineNo, "业务类型 '" + type + "' is not one this reader knows (交易, 退款)");
  }

  private static void check(Total total, List<StatementLine> lines, LineKind kind, long discounts) {
    List<StatementLine> ofKind = lines.stream().filter(l -> l.kind() == kind).toList();
    long received = ofKind.stream().mapToLong(StatementLine::amountFen).sum();
    if (kind == LineKind.REFUND) {
      received = -received;
    }
    String name = kind == LineKind.PAYMENT ? "交易合计" : "退款合计";
    StatementChecks.declaredCount(total.count(), ofKind.size(), total.lineNo(), name + " lines");
    StatementChecks.declaredAmount(total.receivedFen(), received, total.lineNo(), name + " 商家实收");
    if (total.discountFen() != null) {
      StatementChecks.declaredAmount(
          total.discountFen(), discounts, total.lineNo(), name + " 商家优惠");
    }
  }

  /** What the comment lines say: the account, the period, and the closing totals. */
  private static Comments comments(StatementText text, int lastRow) {
    String account = null;
    Period period = null;
    Total trades = null;
    Total refunds = null;
    for (int n = 1; n <= text.lineCount(); n++) {
      String line = text.line(n).strip();
      if (!line.startsWith("#")) {
        continue;
      }
      Matcher m;
      if ((m = ACCOUNT.matcher(line)).find()) {
        account = m.group(1).strip();
      } else if ((m = PERIOD.matcher(line)).find()) {
        period = new Period(periodTime(m.group(1), n), periodTime(m.group(2), n), n);
      } else if (n > lastRow && (m = TOTAL.matcher(line)).matches()) {
        Total total =
            new Total(
                Integer.parseInt(m.group(2)),
                Yuan.fen(m.group(3), n, m.group(1) + "合计 商家实收"),
                m.group(4) == null ? null : Yuan.fen(m.group(4), n, m.group(1) + "合计 商家优惠"),
                n);
        if (m.group(1).equals("交易")) {
          trades = total;
        } else {
          refunds = total;
        }
      }
    }
    if (account == null || account.isEmpty()) {
      throw new StatementRejected(
          0, "The comment line naming the Alipay account (#账号：[…]) is missing");
    }
    if (trades == null || refunds == null) {
      throw new StatementRejected(
          0,
          "The file ends after line "
              + text.lineCount()
              + " without its closing "
              + (trades == null ? "#交易合计" : "#退款合计")
              + " line: it seems truncated");
    }
    return new Comments(account, period, trades, refunds);
  }

  private static LocalDateTime periodTime(String text, int lineNo) {
    try {
      return LocalDateTime.parse(text.strip(), PERIOD_TIME);
    } catch (DateTimeParseException e) {
      throw new StatementRejected(
          lineNo, "'" + text.strip() + "' is not a time of the form 2026年11月30日 00:00:00");
    }
  }

  private record Comments(String account, Period period, Total trades, Total refunds) {}

  /** A closing total: how many lines, their 商家实收 and 商家优惠 as written (refunds negative). */
  private record Total(int count, long receivedFen, Long discountFen, int lineNo) {}

  /** The bill's period: from its start, up to its end (inclusive only at a second's precision). */
  private record Period(LocalDateTime from, LocalDateTime to, int lineNo) {

    Period {
      if (!to.isAfter(from)) {
        throw new StatementRejected(lineNo, "the period ends (" + to + ") before it starts");
      }
      LocalDateTime nextDay = from.toLocalDate().plusDays(1).atStartOfDay();
      if (to.isAfter(nextDay)) {
        throw new StatementRejected(
            lineNo,
            "the bill covers "
                + from.toLocalDate()
                + " to "
                + to.toLocalDate()
                + "; import the bill of one day at a time");
      }
    }

    LocalDate day() {
      return from.toLocalDate();
    }

    void check(StatementLine line) {
      LocalDateTime at = LocalDateTime.ofInstant(line.at(), BusinessDay.ZONE);
      if (at.isBefore(from) || at.isAfter(to)) {
        throw new StatementRejected(
            line.lineNo(),
            "完成时间 "
                + StatementChecks.LOCAL_TIME.format(at)
                + " lies outside the bill's period (line "
                + lineNo
                + ")");
      }
    }
  }
}
