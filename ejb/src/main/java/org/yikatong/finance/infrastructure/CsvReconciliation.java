package org.yikatong.finance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.yikatong.finance.application.ReconciliationCsv;
import org.yikatong.finance.domain.reconciliation.ReconciliationItem;
import org.yikatong.finance.domain.reconciliation.ReconciliationRun;
import org.yikatong.finance.domain.statementfile.StatementFileLine;
import org.yikatong.kernel.domain.BusinessDay;
import org.yikatong.ledger.domain.Adjustment;
import org.yikatong.security.application.AuditCsv;

/**
 * A reconciliation run as CSV for a spreadsheet (Excel on a Chinese Windows among them): UTF-8 with
 * a byte order mark, a header row in Chinese, a row per item, RFC 4180 quoting, amounts in yuan
 * with two decimals (the statement's side, the ledger's, the difference), times in campus time.
 * Text cells are guarded against spreadsheet formulas as the audit trail's export guards them
 * ({@link AuditCsv#field}); amounts are numbers the platform wrote and are left as they are.
 */
@ApplicationScoped
public class CsvReconciliation implements ReconciliationCsv {

  /** The header row. */
  public static final String HEADER =
      "序号,结果,匹配方式,方向,对账单文件,行号,渠道单号,商户订单号,对账单时间（北京时间）,"
          + "对账单金额（元）,账务金额（元）,差额（元）,账务分录,账务时间（北京时间）,持卡人账户,"
          + "已解决,处理状态,配对项,更正方式,调账单号,调账状态,说明,处理人,处理时间（北京时间）";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BusinessDay.ZONE);

  @Override
  public void write(ReconciliationRun run, Writer out) throws IOException {
    out.write(AuditCsv.BOM);
    out.write(HEADER);
    out.write("\r\n");
    for (ReconciliationItem item : run.getItems()) {
      List<StatementFileLine> lines = item.getLines();
      Adjustment adjustment = item.getAdjustment();
      out.write(
          String.join(
              ",",
              Integer.toString(item.getItemNo()),
              item.getOutcome().name(),
              text(item.getMatchedBy() == null ? null : item.getMatchedBy().name()),
              text(item.getFlow() == null ? null : item.getFlow().name()),
              text(join(lines, l -> Long.toString(l.getFile().getId()))),
              text(join(lines, l -> Integer.toString(l.getLineNo()))),
              text(join(lines, StatementFileLine::getChannelRef)),
              text(
                  lines.isEmpty()
                      ? item.getOrderNo()
                      : join(lines, StatementFileLine::getMerchantRef)),
              text(lines.isEmpty() ? null : time(lines.get(0).getAt())),
              lines.isEmpty() ? "" : yuan(item.getStatementFen()),
              item.getLedgerEntryId() == null && item.getLedgerFen() == 0
                  ? ""
                  : yuan(item.getLedgerFen()),
              yuan(item.getDifferenceFen()),
              item.getLedgerEntryId() == null ? "" : Long.toString(item.getLedgerEntryId()),
              text(time(item.getLedgerAt())),
              text(item.getPurseAccountNo()),
              item.isResolved() ? "是" : "否",
              item.getState().name(),
              item.getPairedWith() == null
                  ? ""
                  : Integer.toString(item.getPairedWith().getItemNo()),
              text(item.getCorrection() == null ? null : item.getCorrection().name()),
              adjustment == null ? "" : Long.toString(adjustment.getId()),
              text(adjustment == null ? null : adjustment.getStatus().name()),
              text(item.getNote()),
              text(item.getDecidedBy()),
              text(time(item.getDecidedAt()))));
      out.write("\r\n");
    }
    out.flush();
  }

  private static String join(
      List<StatementFileLine> lines, java.util.function.Function<StatementFileLine, String> part) {
    String joined =
        lines.stream()
            .map(part)
            .filter(s -> s != null && !s.isEmpty())
            .collect(Collectors.joining(" "));
    return joined.isEmpty() ? null : joined;
  }

  private static String text(String value) {
    return AuditCsv.field(value);
  }

  private static String time(Instant instant) {
    return instant == null ? null : TIME.format(instant);
  }

  /** Fen as yuan with two decimals, such as {@code -0.30}. */
  static String yuan(long fen) {
    return BigDecimal.valueOf(fen, 2).toPlainString();
  }
}
