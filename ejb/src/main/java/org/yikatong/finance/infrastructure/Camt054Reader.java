package org.yikatong.finance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yikatong.finance.domain.statement.DeclaredTotals;
import org.yikatong.finance.domain.statement.LineKind;
import org.yikatong.finance.domain.statement.Statement;
import org.yikatong.finance.domain.statement.StatementFormat;
import org.yikatong.finance.domain.statement.StatementLine;
import org.yikatong.finance.domain.statement.StatementReader;
import org.yikatong.finance.domain.statement.StatementRejected;

/**
 * A bank's credit notification, ISO 20022 camt.054 (BkToCstmrDbtCdtNtfctn), any version, read for
 * the detail of batched credits: the bank books one entry for many payers on the camt.053 statement
 * and lists them here. One notification ({@code <Ntfctn>}) of one account; every booked credit
 * entry carries its transactions ({@code <TxDtls>}), and each transaction is a payment line with
 * our end-to-end reference (EndToEndId, required), the bank's reference of the transaction where it
 * gives one, and the entry's reference (AcctSvcrRef) as the batch it belongs to.
 *
 * <p>Before the statement is answered, each entry's transactions must add up to its amount and
 * match its batch (Btch: NbOfTxs, TtlAmt) where given, and the transaction summary (TxsSummry),
 * where given, must match the entries. The statement's day is the entries' booking day. Stateless
 * and thread-safe.
 */
@ApplicationScoped
public class Camt054Reader implements StatementReader {

  @Override
  public StatementFormat format() {
    return StatementFormat.CAMT_054;
  }

  @Override
  public Statement read(byte[] file) {
    XmlElement message = Iso20022.document(file, "camt.054", "BkToCstmrDbtCdtNtfctn");
    List<XmlElement> notifications = message.all("Ntfctn");
    if (notifications.isEmpty()) {
      throw new StatementRejected(
          message.lineNo(), "<BkToCstmrDbtCdtNtfctn> holds no notification <Ntfctn>");
    }
    if (notifications.size() > 1) {
      throw new StatementRejected(
          notifications.get(1).lineNo(),
          "the file holds more than one notification (<Ntfctn>); import one at a time");
    }
    XmlElement notification = notifications.get(0);
    String account = Iso20022.account(notification);
    List<XmlElement> entries = notification.all("Ntry");
    if (entries.isEmpty()) {
      throw new StatementRejected(
          notification.lineNo(), "the notification holds no entry (<Ntry>)");
    }
    LocalDate day = null;
    int declaredLines = 0;
    long entriesFen = 0;
    List<StatementLine> lines = new ArrayList<>();
    for (XmlElement entry : entries) {
      Entry read = entry(entry);
      if (day == null) {
        day = read.day();
      } else if (!day.equals(read.day())) {
        throw new StatementRejected(
            entry.lineNo(),
            "the entry is booked on "
                + read.day()
                + ", the one before on "
                + day
                + ": a notification file covers one day");
      }
      declaredLines += read.declaredLines();
      entriesFen += read.amountFen();
      lines.addAll(read.lines());
    }
    checkSummary(notification.find("TxsSummry"), entries.size(), entriesFen);
    StatementChecks.uniqueChannelRefs(lines, "the bank's transaction reference");
    return new Statement(
        StatementFormat.CAMT_054,
        account,
        day,
        lines,
        new DeclaredTotals(declaredLines, entriesFen, 0, 0));
  }

  /** One entry read: its booking day, amount, the lines its batch declares, and its lines. */
  private record Entry(
      LocalDate day, long amountFen, int declaredLines, List<StatementLine> lines) {}

  private static Entry entry(XmlElement entry) {
    int lineNo = entry.lineNo();
    String status = Iso20022.status(entry);
    if (!status.equals("BOOK")) {
      throw new StatementRejected(
          lineNo, "the entry's status is " + status + "; only booked entries (BOOK) are read");
    }
    if (!Iso20022.credit(entry)) {
      throw new StatementRejected(
          lineNo,
          "the entry is a debit; a notification is read for the detail of batched credits only");
    }
    long amount = Iso20022.amount(entry.require("Amt"), "the entry's amount");
    String batch = entry.requireText("AcctSvcrRef");
    XmlElement booked = entry.require("BookgDt");
    Instant bookedAt = Iso20022.instant(booked);

    List<XmlElement> details = new ArrayList<>();
    XmlElement batchInfo = null;
    for (XmlElement group : entry.all("NtryDtls")) {
      details.addAll(group.all("TxDtls"));
      if (group.find("Btch") != null) {
        batchInfo = group.find("Btch");
      }
    }
    if (details.isEmpty()) {
      throw new StatementRejected(
          lineNo, "the entry lists no transactions (<NtryDtls>/<TxDtls>) to read");
    }
    List<StatementLine> lines = new ArrayList<>();
    for (XmlElement detail : details) {
      lines.add(line(detail, details.size() == 1 ? amount : -1, batch, bookedAt));
    }
    long sum = lines.stream().mapToLong(StatementLine::amountFen).sum();
    StatementChecks.declaredAmount(amount, sum, lineNo, "an entry (<Ntry>/<Amt>)");
    int declaredLines = details.size();
    if (batchInfo != null) {
      XmlElement count = batchInfo.find("NbOfTxs");
      if (count != null) {
        declaredLines = Iso20022.count(count);
        StatementChecks.declaredCount(
            declaredLines, details.size(), count.lineNo(), "transactions in the batch (NbOfTxs)");
      }
      XmlElement total = batchInfo.find("TtlAmt");
      if (total != null) {
        StatementChecks.declaredAmount(
            Iso20022.amount(total, "the batch's total"),
            sum,
            total.lineNo(),
            "a batch total (TtlAmt)");
      }
    }
    return new Entry(Iso20022.day(booked), amount, declaredLines, lines);
  }

  /**
   * One transaction of an entry as a payment line.
   *
   * @param onlyAmount the entry's amount when the transaction is its only one (then it need not
   *     repeat it), else -1
   */
  private static StatementLine line(
      XmlElement detail, long onlyAmount, String batch, Instant bookedAt) {
    int lineNo = detail.lineNo();
    XmlElement amountElement = detail.find("Amt");
    if (amountElement == null) {
      amountElement = detail.find("AmtDtls", "TxAmt", "Amt");
    }
    if (amountElement == null) {
      amountElement = detail.find("AmtDtls", "InstdAmt", "Amt");
    }
    long amount;
    if (amountElement != null) {
      amount = Iso20022.amount(amountElement, "the transaction's amount");
    } else if (onlyAmount >= 0) {
      amount = onlyAmount;
    } else {
      throw new StatementRejected(
          lineNo, "the transaction gives no amount (<Amt> or <AmtDtls>/<TxAmt>)");
    }
    if (detail.find("CdtDbtInd") != null && !Iso20022.credit(detail)) {
      throw new StatementRejected(lineNo, "the transaction is a debit within a credit entry");
    }
    String endToEnd = Iso20022.reference(detail.textAt("Refs", "EndToEndId"));
    if (endToEnd == null) {
      throw new StatementRejected(
          lineNo, "the transaction has no end-to-end reference (<Refs>/<EndToEndId>)");
    }
    String reference = Iso20022.reference(detail.textAt("Refs", "AcctSvcrRef"));
    if (reference == null) {
      reference = Iso20022.reference(detail.textAt("Refs", "TxId"));
    }
    XmlElement accepted = detail.find("RltdDts", "AccptncDtTm");
    Instant at = bookedAt;
    if (accepted != null) {
      try {
        at = Iso20022.dateTime(accepted.text());
      } catch (java.time.format.DateTimeParseException e) {
        throw new StatementRejected(
            accepted.lineNo(),
            "<AccptncDtTm> '" + accepted.text() + "' is not an ISO date and time");
      }
    }
    return new StatementLine(
        lineNo,
        LineKind.PAYMENT,
        reference,
        endToEnd,
        amount,
        0,
        at,
        batch,
        detail.textAt("RmtInf", "Ustrd"));
  }

  private static void checkSummary(XmlElement summary, int entries, long entriesFen) {
    if (summary == null) {
      return;
    }
    for (String name : new String[] {"TtlNtries", "TtlCdtNtries"}) {
      XmlElement totals = summary.find(name);
      if (totals == null) {
        continue;
      }
      XmlElement count = totals.find("NbOfNtries");
      if (count != null) {
        StatementChecks.declaredCount(
            Iso20022.count(count), entries, count.lineNo(), "entries (" + name + ")");
      }
      XmlElement sum = totals.find("Sum");
      if (sum != null) {
        StatementChecks.declaredAmount(
            Iso20022.sum(sum, name + "/Sum"), entriesFen, sum.lineNo(), "a sum (" + name + ")");
      }
    }
    XmlElement debits = summary.find("TtlDbtNtries", "NbOfNtries");
    if (debits != null) {
      StatementChecks.declaredCount(
          Iso20022.count(debits), 0, debits.lineNo(), "debit entries (TtlDbtNtries)");
    }
  }
}
