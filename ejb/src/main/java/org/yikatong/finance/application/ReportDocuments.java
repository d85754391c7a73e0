package org.yikatong.finance.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.yikatong.finance.application.ReportDocument.Column;
import org.yikatong.finance.application.ReportDocument.Fact;
import org.yikatong.finance.application.ReportDocument.Table;
import org.yikatong.finance.domain.report.HolderStatement;
import org.yikatong.finance.domain.report.JournalLine;
import org.yikatong.finance.domain.report.JournalQuery;
import org.yikatong.finance.domain.report.PurseMovement;
import org.yikatong.finance.domain.report.PurseStatement;
import org.yikatong.finance.domain.report.SubsidyBatchUsage;
import org.yikatong.finance.domain.report.SubsidyUsage;
import org.yikatong.finance.domain.report.SuspenseItem;
import org.yikatong.finance.domain.report.SuspenseReport;
import org.yikatong.finance.domain.settlement.DaySettlement;
import org.yikatong.finance.domain.settlement.MerchantDayLine;
import org.yikatong.finance.domain.settlement.MerchantSettlement;
import org.yikatong.finance.domain.settlement.SettlementFigure;
import org.yikatong.finance.domain.settlement.SettlementFigures;
import org.yikatong.finance.domain.settlement.SettlementItem;
import org.yikatong.finance.domain.settlement.SettlementStatus;
import org.yikatong.kernel.domain.Money;
import org.yikatong.ledger.application.TrialBalance;
import org.yikatong.ledger.domain.AccountType;

/**
 * The finance reports as printed documents, in Chinese: their titles, facts, tables and signature
 * lines. Plain Java, no state.
 */
final class ReportDocuments {

  static final String SETTLEMENT_TITLE = "商户日结算单";
  static final String DAY_TITLE = "商户日结算汇总表";
  static final String TRIAL_BALANCE_TITLE = "试算平衡表";
  static final String JOURNAL_TITLE = "交易流水查询";
  static final String HOLDER_TITLE = "持卡人对账单";
  static final String SUBSIDY_TITLE = "补助使用情况表";
  static final String SUSPENSE_TITLE = "挂账及待跟进事项";

  private ReportDocuments() {}

  /** A merchant's settlement statement of a day. */
  static ReportDocument settlement(MerchantSettlement s, Instant at, String by) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("商户", s.merchantName() + "（" + s.merchantCode() + "）"));
    facts.add(new Fact("营业日", s.businessDate().toString()));
    facts.add(new Fact("结算状态", FinanceLabels.status(s.status())));
    if (s.status() == SettlementStatus.CLOSED) {
      facts.add(new Fact("日结时间", FinanceLabels.time(s.closedAt())));
      facts.add(new Fact("日结人", s.closedBy()));
      facts.add(
          new Fact(
              "结算凭证号",
              s.settlementEntryId() == null ? "无（当日无发生额）" : s.settlementEntryId().toString()));
      facts.add(new Fact("与日结记录核对", Boolean.TRUE.equals(s.agreesWithDayClose()) ? "一致" : "不一致"));
    }
    facts.add(new Fact("应付商户净额（元）", yuan(s.figures().netPayableFen())));

    List<Column> detail =
        List.of(
            Column.text("类别"),
            Column.count("凭证号"),
            Column.text("类型"),
            Column.text("记账时间"),
            Column.text("卡号"),
            Column.text("终端"),
            Column.count("原凭证号"),
            Column.money("金额（元）"));
    List<List<Object>> printed = new ArrayList<>();
    for (SettlementFigure figure : SettlementFigure.values()) {
      for (SettlementItem i : s.entriesOf(figure)) {
        printed.add(
            row(
                FinanceLabels.figure(figure),
                i.entryId(),
                FinanceLabels.kind(i.kind()),
                FinanceLabels.time(i.postedAt()),
                i.cardNo(),
                i.terminalId(),
                i.correctsEntryId(),
                i.amountFen()));
      }
    }
    List<Column> exported =
        List.of(
            Column.text("营业日"),
            Column.text("商户编号"),
            Column.text("商户名称"),
            Column.text("结算状态"),
            Column.text("类别"),
            Column.count("凭证号"),
            Column.text("类型"),
            Column.text("类型代码"),
            Column.text("记账时间"),
            Column.text("交易时间"),
            Column.text("卡号"),
            Column.text("卡序列号"),
            Column.text("终端"),
            Column.count("原凭证号"),
            Column.money("金额（元）"),
            Column.text("业务键"),
            Column.text("摘要"));
    List<List<Object>> rows = new ArrayList<>();
    for (SettlementItem i : s.entries()) {
      rows.add(
          row(
              s.businessDate().toString(),
              s.merchantCode(),
              s.merchantName(),
              FinanceLabels.status(s.status()),
              FinanceLabels.figure(i.figure()),
              i.entryId(),
              FinanceLabels.kind(i.kind()),
              i.kind().name(),
              FinanceLabels.time(i.postedAt()),
              FinanceLabels.time(i.occurredAt()),
              i.cardNo(),
              i.cardSerialNo(),
              i.terminalId(),
              i.correctsEntryId(),
              i.amountFen(),
              i.businessKey(),
              i.description()));
    }
    String warning = null;
    if (s.status() == SettlementStatus.PROVISIONAL) {
      warning = "营业日 " + s.businessDate() + " 尚未日结：以下为截至制表时的临时数据，之后仍可能变动，不作结算付款依据。";
    } else if (!Boolean.TRUE.equals(s.agreesWithDayClose())) {
      warning = "本结算单按流水汇总的金额与日结记录不一致，请财务核查后再付款。";
    }
    return new ReportDocument(
        SETTLEMENT_TITLE,
        "settlement-" + s.businessDate() + "-" + plain(s.merchantCode()),
        facts,
        warning,
        List.of(
            Table.of("结算汇总", summaryColumns(), summaryRows(s.figures()), summaryTotal(s.figures())),
            Table.printedOnly(
                "交易明细（共 " + s.entries().size() + " 笔）",
                detail,
                printed,
                row("合计", null, null, null, null, null, null, s.figures().netPayableFen())),
            Table.exportedOnly(exported, rows)),
        List.of("制表", "复核", "商户确认"),
        at,
        by);
  }

  private static List<Column> summaryColumns() {
    return List.of(Column.text("项目"), Column.count("笔数"), Column.money("金额（元）"));
  }

  private static List<List<Object>> summaryRows(SettlementFigures f) {
    List<List<Object>> rows = new ArrayList<>();
    for (SettlementFigure figure : SettlementFigure.values()) {
      String label =
          figure == SettlementFigure.SALES
              ? FinanceLabels.figure(figure)
              : (figure.deducted() ? "减：" : "加：") + FinanceLabels.figure(figure);
      rows.add(row(label, f.count(figure), f.amount(figure)));
    }
    return rows;
  }

  private static List<Object> summaryTotal(SettlementFigures f) {
    return row("应付商户净额", null, f.netPayableFen());
  }

  /** The settlement report of a day over all merchants. */
  static ReportDocument day(DaySettlement d, Instant at, String by) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("营业日", d.businessDate().toString()));
    facts.add(new Fact("结算状态", FinanceLabels.status(d.status())));
    if (d.status() == SettlementStatus.CLOSED) {
      facts.add(new Fact("日结时间", FinanceLabels.time(d.closedAt())));
      facts.add(new Fact("日结人", d.closedBy()));
    }
    facts.add(new Fact("商户数", Integer.toString(d.merchants().size())));
    List<Column> columns =
        List.of(
            Column.text("商户编号"),
            Column.text("商户名称"),
            Column.count("消费笔数"),
            Column.money("消费金额"),
            Column.money("退款"),
            Column.money("冲正"),
            Column.money("手续费"),
            Column.money("调整"),
            Column.money("应付净额"),
            Column.count("结算凭证号"),
            Column.text("核对"));
    List<List<Object>> rows = new ArrayList<>();
    for (MerchantDayLine m : d.merchants()) {
      SettlementFigures f = m.figures();
      rows.add(
          row(
              m.merchantCode(),
              m.merchantName(),
              f.salesCount(),
              f.grossFen(),
              f.refundsFen(),
              f.reversalsFen(),
              f.feesFen(),
              f.adjustmentsFen(),
              f.netPayableFen(),
              m.settlementEntryId(),
              m.agreesWithDayClose() == null ? "—" : m.agreesWithDayClose() ? "一致" : "不一致"));
    }
    SettlementFigures t = d.total();
    List<Object> totals =
        row(
            "合计",
            null,
            t.salesCount(),
            t.grossFen(),
            t.refundsFen(),
            t.reversalsFen(),
            t.feesFen(),
            t.adjustmentsFen(),
            t.netPayableFen(),
            null,
            null);
    String warning =
        d.status() == SettlementStatus.PROVISIONAL
            ? "营业日 " + d.businessDate() + " 尚未日结：以下为临时数据，不作结算付款依据。"
            : null;
    return new ReportDocument(
        DAY_TITLE,
        "settlement-" + d.businessDate(),
        facts,
        warning,
        List.of(Table.of("金额单位：元", columns, rows, totals)),
        List.of("制表", "复核", "审批"),
        at,
        by);
  }

  /** The trial balance. */
  static ReportDocument trialBalance(TrialBalance b, Instant at, String by) {
    List<List<Object>> rows = new ArrayList<>();
    long accounts = 0;
    for (TrialBalance.Line line : b.lines()) {
      rows.add(
          row(
              line.accountType(),
              FinanceLabels.accountType(AccountType.valueOf(line.accountType())),
              line.ledgerName(),
              line.accounts(),
              line.balanceFen()));
      accounts += line.accounts();
    }
    return new ReportDocument(
        TRIAL_BALANCE_TITLE,
        "trial-balance-" + fileTime(b.at()),
        List.of(
            new Fact("时点", FinanceLabels.time(b.at())),
            new Fact("是否平衡", b.balanced() ? "平衡（合计为零）" : "不平衡")),
        b.balanced() ? null : "试算不平衡：合计不为零，请立即核查账务自检结果。",
        List.of(
            Table.of(
                "余额按“应付为正”列示：持卡人钱包、商户款项等为正，清算及资金类科目为负，合计应为零。",
                List.of(
                    Column.text("科目类型"),
                    Column.text("科目名称"),
                    Column.text("账簿科目"),
                    Column.count("账户数"),
                    Column.money("余额（元）")),
                rows,
                row("合计", null, null, accounts, b.totalFen()))),
        List.of("制表", "复核"),
        at,
        by);
  }

  /** What a journal search found. */
  static ReportDocument journal(
      JournalQuery query, List<JournalLine> lines, long total, Instant at, String by) {
    List<List<Object>> printed = new ArrayList<>();
    List<List<Object>> exported = new ArrayList<>();
    for (JournalLine l : lines) {
      printed.add(
          row(
              l.entryId(),
              l.businessDate().toString(),
              FinanceLabels.time(l.postedAt()),
              FinanceLabels.kind(l.kind()),
              l.amountFen(),
              l.cardNo(),
              l.holderNo(),
              l.terminalId(),
              l.merchantName(),
              l.description()));
      exported.add(
          row(
              l.entryId(),
              l.businessDate().toString(),
              FinanceLabels.time(l.postedAt()),
              FinanceLabels.time(l.occurredAt()),
              FinanceLabels.kind(l.kind()),
              l.kind().name(),
              l.amountFen(),
              l.businessKey(),
              l.cardNo(),
              l.cardSerialNo(),
              l.holderNo(),
              l.terminalId(),
              l.merchantCode(),
              l.merchantName(),
              l.correctsEntryId(),
              l.followUp(),
              l.postedBy(),
              l.description(),
              l.postings().stream()
                  .map(p -> p.accountNo() + " " + Money.ofFen(p.amountFen()).toYuanString())
                  .collect(Collectors.joining("; "))));
    }
    return new ReportDocument(
        JOURNAL_TITLE,
        "journal-" + fileTime(at),
        List.of(new Fact("查询条件", query.describe()), new Fact("笔数", Long.toString(total))),
        null,
        List.of(
            Table.printedOnly(
                "按凭证号倒序",
                List.of(
                    Column.count("凭证号"),
                    Column.text("营业日"),
                    Column.text("记账时间"),
                    Column.text("类型"),
                    Column.money("金额（元）"),
                    Column.text("卡号"),
                    Column.text("持卡人"),
                    Column.text("终端"),
                    Column.text("商户"),
                    Column.text("摘要")),
                printed,
                null),
            Table.exportedOnly(
                List.of(
                    Column.count("凭证号"),
                    Column.text("营业日"),
                    Column.text("记账时间"),
                    Column.text("交易时间"),
                    Column.text("类型"),
                    Column.text("类型代码"),
                    Column.money("金额（元）"),
                    Column.text("业务键"),
                    Column.text("卡号"),
                    Column.text("卡序列号"),
                    Column.text("持卡人编号"),
                    Column.text("终端"),
                    Column.text("商户编号"),
                    Column.text("商户名称"),
                    Column.count("原凭证号"),
                    Column.text("跟进原因"),
                    Column.text("记账人"),
                    Column.text("摘要"),
                    Column.text("分录（账户 金额）")),
                exported)),
        List.of(),
        at,
        by);
  }

  /** A card holder's statement. */
  static ReportDocument holder(HolderStatement h, Instant at, String by) {
    List<Table> tables = new ArrayList<>();
    for (PurseStatement p : h.purses()) {
      List<List<Object>> rows = new ArrayList<>();
      rows.add(
          row(
              p.accountNo(),
              h.from().toString(),
              null,
              null,
              "期初余额",
              null,
              null,
              null,
              p.openingFen()));
      for (PurseMovement m : p.movements()) {
        rows.add(
            row(
                p.accountNo(),
                m.businessDate().toString(),
                FinanceLabels.time(m.postedAt()),
                m.entryId(),
                FinanceLabels.kind(m.kind()),
                m.description(),
                m.amountFen() >= 0 ? m.amountFen() : null,
                m.amountFen() < 0 ? -m.amountFen() : null,
                m.balanceAfterFen()));
      }
      tables.add(
          Table.of(
              FinanceLabels.accountType(p.type())
                  + " "
                  + p.accountNo()
                  + "：期初 "
                  + yuan(p.openingFen())
                  + " 元，期末 "
                  + yuan(p.closingFen())
                  + " 元",
              List.of(
                  Column.text("账户"),
                  Column.text("营业日"),
                  Column.text("记账时间"),
                  Column.count("凭证号"),
                  Column.text("类型"),
                  Column.text("摘要"),
                  Column.money("收入（元）"),
                  Column.money("支出（元）"),
                  Column.money("余额（元）")),
              rows,
              row(
                  p.accountNo(),
                  h.to().toString(),
                  null,
                  null,
                  "期末余额",
                  null,
                  p.creditsFen(),
                  p.debitsFen(),
                  p.closingFen())));
    }
    return new ReportDocument(
        HOLDER_TITLE,
        "statement-" + plain(h.holderNo()) + "-" + h.from() + "-" + h.to(),
        List.of(
            new Fact("持卡人编号", h.holderNo()),
            new Fact("姓名", h.holderName()),
            new Fact("部门", h.department() == null ? "" : h.department()),
            new Fact("期间（营业日）", h.from() + " 至 " + h.to()),
            new Fact("期初余额合计（元）", yuan(h.openingFen())),
            new Fact("期末余额合计（元）", yuan(h.closingFen()))),
        null,
        tables,
        List.of("制表", "复核"),
        at,
        by);
  }

  /** The use of subsidies over a period. */
  static ReportDocument subsidy(SubsidyUsage u, Instant at, String by) {
    List<List<Object>> summary =
        List.of(
            row("期初余额", null, u.openingFen()),
            row("加：补助发放", u.grantCount(), u.grantedFen()),
            row("减：消费使用（扣除冲正）", null, u.spentFen()),
            row("减：过期回收", null, u.expiredFen()),
            row("减：销户退回补助资金", null, u.cancelledFen()),
            row("加：其他调整", null, u.otherFen()));
    List<List<Object>> batches = new ArrayList<>();
    for (SubsidyBatchUsage b : u.batches()) {
      batches.add(
          row(
              b.batchNo(),
              FinanceLabels.time(b.uploadedAt()),
              b.uploadedBy(),
              b.expiresOn() == null ? "长期有效" : b.expiresOn().toString(),
              (long) b.lines(),
              b.totalFen(),
              b.expiredGrants(),
              b.returnedFen()));
    }
    return new ReportDocument(
        SUBSIDY_TITLE,
        "subsidy-usage-" + u.from() + "-" + u.to(),
        List.of(
            new Fact("期间（营业日）", u.from() + " 至 " + u.to()),
            new Fact("期末补助余额（元）", yuan(u.closingFen()))),
        null,
        List.of(
            Table.of(
                "补助钱包变动汇总",
                List.of(Column.text("项目"), Column.count("笔数"), Column.money("金额（元）")),
                summary,
                row("期末余额", null, u.closingFen())),
            Table.of(
                "本期发放或到期的补助批次",
                List.of(
                    Column.text("批次号"),
                    Column.text("发放时间"),
                    Column.text("发放人"),
                    Column.text("有效期至"),
                    Column.count("笔数"),
                    Column.money("发放金额（元）"),
                    Column.count("已过期笔数"),
                    Column.money("过期回收（元）")),
                batches,
                null)),
        List.of("制表", "复核"),
        at,
        by);
  }

  /** The open suspense and follow-up items. */
  static ReportDocument suspense(SuspenseReport r, String by) {
    List<List<Object>> rows = new ArrayList<>();
    for (SuspenseItem i : r.items()) {
      rows.add(
          row(
              i.entryId(),
              i.businessDate().toString(),
              FinanceLabels.kind(i.kind()),
              FinanceLabels.followUp(i.followUp()),
              i.amountFen(),
              i.suspenseFen(),
              i.cardNo(),
              i.holderNo(),
              i.terminalId(),
              i.merchantCode(),
              i.purseBalanceFen(),
              i.description()));
    }
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("时点", FinanceLabels.time(r.at())));
    facts.add(new Fact("挂账科目余额（元）", yuan(r.suspenseBalanceFen())));
    facts.add(new Fact("逐笔事项挂账合计（元）", yuan(r.itemsSuspenseFen())));
    facts.add(new Fact("未逐笔归属的挂账（元）", yuan(r.unattributedFen())));
    facts.add(new Fact("事项数", Integer.toString(r.items().size())));
    return new ReportDocument(
        SUSPENSE_TITLE,
        "suspense-" + fileTime(r.at()),
        facts,
        r.truncated() ? "事项过多，仅列出最新的部分；请先处理已列出的事项。" : null,
        List.of(
            Table.of(
                "未处理事项（按凭证号倒序）",
                List.of(
                    Column.count("凭证号"),
                    Column.text("营业日"),
                    Column.text("类型"),
                    Column.text("跟进原因"),
                    Column.money("金额（元）"),
                    Column.money("挂账金额（元）"),
                    Column.text("卡号"),
                    Column.text("持卡人"),
                    Column.text("终端"),
                    Column.text("商户"),
                    Column.money("现钱包余额（元）"),
                    Column.text("摘要")),
                rows,
                row(
                    "合计",
                    null,
                    null,
                    null,
                    null,
                    r.itemsSuspenseFen(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null))),
        List.of("制表", "复核"),
        r.at(),
        by);
  }

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  private static String yuan(long fen) {
    return Money.ofFen(fen).toYuanString();
  }

  /** A code made safe for a file name. */
  private static String plain(String s) {
    return s.replaceAll("[^A-Za-z0-9_-]", "_");
  }

  private static String fileTime(Instant at) {
    return FinanceLabels.time(at).replace(' ', '-').replace(":", "");
  }
}
