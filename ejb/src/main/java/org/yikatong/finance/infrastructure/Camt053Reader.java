package org.yikatong.finance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
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
 * A bank's end-of-day statement, ISO 20022 camt.053 (BkToCstmrStmt), any version: one statement
 * ({@code <Stmt>}) of one account. Each booked entry ({@code <Ntry>}) is a line: a credit is a
 * payment, a debit whose bank transaction code names a charge (CHRG, COMM, FEES …) a fee; any other
 * debit is refused, since this reader does not know what it pays. A line's reference is the bank's
 * (AcctSvcrRef); an entry of one transaction carries our end-to-end reference (EndToEndId), a
 * batched entry none (its detail comes as camt.054).
 *
 * <p>Before the statement is answered, the opening booked balance (OPBD) plus the credits minus the
 * debits must give the closing booked balance (CLBD), and the transaction summary (TxsSummry),
 * where the bank gives one, must match the entries' counts and sums. The statement's day is the
 * closing balance's date; every entry is booked on it. Stateless and thread-safe.
 */
@ApplicationScoped
public class Camt053Reader implements StatementReader {

  @Override
  public StatementFormat format() {
    return StatementFormat.CAMT_053;
  }

  @Override
  public Statement read(byte[] file) {
    XmlElement message = Iso20022.document(file, "camt.053", "BkToCstmrStmt");
    List<XmlElement> statements = message.all("Stmt");
    if (statements.isEmpty()) {
      throw new StatementRejected(message.lineNo(), "<BkToCstmrStmt> holds no statement <Stmt>");
    }
    if (statements.size() > 1) {
      throw new StatementRejected(
          statements.get(1).lineNo(),
          "the file holds more than one statement (<Stmt>); import one at a time");
    }
    XmlElement statement = statements.get(0);
    String account = Iso20022.account(statement);
    Balance opening = balance(statement, "OPBD");
    Balance closing = balance(statement, "CLBD");
    if (opening == null) {
      throw new StatementRejected(
          statement.lineNo(), "the statement has no opening booked balance (<Bal> OPBD)");
    }
    if (closing == null) {
      throw new StatementRejected(
          0, "The statement has no closing booked balance (<Bal> CLBD): the file seems truncated");
    }
    LocalDate day = Iso20022.day(closing.element().require("Dt"));

    List<StatementLine> lines = new ArrayList<>();
    for (XmlElement entry : statement.all("Ntry")) {
      lines.add(line(entry, day));
    }
    long credits = StatementChecks.sum(lines, LineKind.PAYMENT);
    long debits = StatementChecks.sum(lines, LineKind.FEE);
    if (opening.fen() + credits - debits != closing.fen()) {
      throw new StatementRejected(
          closing.element().lineNo(),
          "the opening balance "
              + Yuan.format(opening.fen())
              + " plus credits "
              + Yuan.format(credits)
              + " minus debits "
              + Yuan.format(debits)
              + " gives "
              + Yuan.format(opening.fen() + credits - debits)
              + ", but the closing balance (CLBD) is "
              + Yuan.format(closing.fen()));
    }
    DeclaredTotals totals = summary(statement.find("TxsSummry"), lines, credits, debits);
    StatementChecks.uniqueChannelRefs(lines, "the bank's reference (AcctSvcrRef)");
    return new Statement(StatementFormat.CAMT_053, account, day, lines, totals);
  }

  private static StatementLine line(XmlElement entry, LocalDate day) {
    int lineNo = entry.lineNo();
    String status = Iso20022.status(entry);
    if (!status.equals("BOOK")) {
      throw new StatementRejected(
          lineNo, "the entry's status is " + status + "; a statement holds booked entries (BOOK)");
    }
    if ("true".equals(entry.textAt("RvslInd"))) {
      throw new StatementRejected(
          lineNo, "the entry is a reversal (RvslInd); reversals are not read");
    }
    long amount = Iso20022.amount(entry.require("Amt"), "the entry's amount");
    boolean credit = Iso20022.credit(entry);
    String reference = entry.requireText("AcctSvcrRef");
    XmlElement booked = entry.require("BookgDt");
    if (!Iso20022.day(booked).equals(day)) {
      throw new StatementRejected(
          booked.lineNo(),
          "the entry is booked on "
              + Iso20022.day(booked)
              + ", but the statement is of "
              + day
              + ": a statement file covers one day");
    }
    List<XmlElement> details = new ArrayList<>();
    for (XmlElement group : entry.all("NtryDtls")) {
      details.addAll(group.all("TxDtls"));
    }
    String endToEnd = null;
    String description = entry.textAt("AddtlNtryInf");
    if (details.size() == 1) {
      endToEnd = Iso20022.reference(details.get(0).textAt("Refs", "EndToEndId"));
      String remittance = details.get(0).textAt("RmtInf", "Ustrd");
      description = remittance != null ? remittance : description;
    }
    LineKind kind;
    if (credit) {
      kind = LineKind.PAYMENT;
    } else if (Iso20022.isCharge(entry)) {
      kind = LineKind.FEE;
    } else {
      throw new StatementRejected(
          lineNo,
          "the entry is a debit that is not a bank charge (its BkTxCd names no CHRG, COMM or"
              + " FEES); this reader knows credits and charges only");
    }
    return new StatementLine(
        lineNo, kind, reference, endToEnd, amount, 0, Iso20022.instant(booked), null, description);
  }

  private record Balance(XmlElement element, long fen) {}

  /** The balance of that type code, signed (a debit balance is negative), or null. */
  private static Balance balance(XmlElement statement, String code) {
    Balance found = null;
    for (XmlElement balance : statement.all("Bal")) {
      String type = balance.textAt("Tp", "CdOrPrtry", "Cd");
      if (!code.equals(type)) {
        continue;
      }
      if (found != null) {
        throw new StatementRejected(balance.lineNo(), "a second balance of type " + code);
      }
      long fen = Iso20022.amount(balance.require("Amt"), "the balance " + code);
      found = new Balance(balance, Iso20022.credit(balance) ? fen : -fen);
    }
    return found;
  }

  /**
   * Checks the transaction summary against the entries and answers what the file declares; a
   * statement without one declares only its balances, which the entries have already matched.
   */
  private static DeclaredTotals summary(
      XmlElement summary, List<StatementLine> lines, long credits, long debits) {
    if (summary == null) {
      return new DeclaredTotals(lines.size(), credits, 0, debits);
    }
    int entries = lines.size();
    XmlElement all = summary.find("TtlNtries");
    if (all != null) {
      XmlElement count = all.find("NbOfNtries");
      if (count != null) {
        entries = Iso20022.count(count);
        StatementChecks.declaredCount(
            entries, lines.size(), count.lineNo(), "entries (TtlNtries/NbOfNtries)");
      }
      XmlElement sum = all.find("Sum");
      if (sum != null) {
        StatementChecks.declaredAmount(
            Iso20022.sum(sum, "TtlNtries/Sum"),
            credits + debits,
            sum.lineNo(),
            "a sum of entries (TtlNtries/Sum)");
      }
      XmlElement net = all.find("TtlNetNtry");
      XmlElement netAmount = net != null ? net.find("Amt") : all.find("TtlNetNtryAmt");
      if (netAmount != null) {
        long fen = Iso20022.sum(netAmount, "the net total");
        boolean credit = Iso20022.credit(net != null ? net : all);
        StatementChecks.declaredAmount(
            credit ? fen : -fen, credits - debits, netAmount.lineNo(), "a net total (TtlNetNtry)");
      }
    }
    long creditSum = counted(summary.find("TtlCdtNtries"), lines, LineKind.PAYMENT, credits);
    long debitSum = counted(summary.find("TtlDbtNtries"), lines, LineKind.FEE, debits);
    return new DeclaredTotals(entries, creditSum, 0, debitSum);
  }

  /** Checks TtlCdtNtries or TtlDbtNtries, answering the declared sum (or the counted one). */
  private static long counted(
      XmlElement totals, List<StatementLine> lines, LineKind kind, long counted) {
    if (totals == null) {
      return counted;
    }
    String name = totals.name();
    XmlElement count = totals.find("NbOfNtries");
    if (count != null) {
      StatementChecks.declaredCount(
          Iso20022.count(count),
          StatementChecks.count(lines, kind),
          count.lineNo(),
          (kind == LineKind.PAYMENT ? "credit" : "debit") + " entries (" + name + ")");
    }
    XmlElement sum = totals.find("Sum");
    if (sum == null) {
      return counted;
    }
    long declared = Iso20022.sum(sum, name + "/Sum");
    StatementChecks.declaredAmount(
        declared,
        counted,
        sum.lineNo(),
        "a sum of " + (kind == LineKind.PAYMENT ? "credits" : "debits") + " (" + name + ")");
    return declared;
  }
}
