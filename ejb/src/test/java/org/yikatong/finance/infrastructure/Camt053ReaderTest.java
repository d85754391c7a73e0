package org.yikatong.finance.infrastructure;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class Camt053ReaderTest {

  private final Camt053Reader reader = new Camt053Reader();

  private static String valid() {
    return text("camt053-valid.xml", UTF_8);
  }

  private StatementRejected refusedText(String text) {
    return refused(() -> reader.read(text.getBytes(UTF_8)));
  }

  @Test
  @DisplayName("a day's statement: credits are payments, charges are fees, balances add up")
  void validStatement() {
    Statement statement = reader.read(bytes("camt053-valid.xml"));

    assertEquals(StatementFormat.CAMT_053, statement.format());
    assertEquals("31050161393600001234", statement.account());
    assertEquals(LocalDate.of(2026, 11, 30), statement.day());
    assertEquals(new DeclaredTotals(5, 430050, 0, 1950), statement.totals());
    List<StatementLine> lines = statement.lines();
    assertEquals(
        List.of(LineKind.PAYMENT, LineKind.PAYMENT, LineKind.PAYMENT, LineKind.FEE, LineKind.FEE),
        lines.stream().map(StatementLine::kind).toList());

    StatementLine first = lines.get(0);
    assertEquals(lineOf(valid(), "<NtryRef>1<") - 1, first.lineNo());
    assertEquals("2026113000010001", first.channelRef());
    assertEquals("TU20261130000815304417", first.merchantRef());
    assertEquals(200050, first.amountFen());
    assertEquals(0, first.feeFen());
    assertEquals(Instant.parse("2026-11-29T16:00:00Z"), first.at()); // the day in Shanghai
    assertEquals("校园卡充值 2024000123", first.description());

    StatementLine batch = lines.get(1);
    assertEquals("2026113000010002", batch.channelRef());
    assertNull(batch.merchantRef(), "a batched entry's detail comes as camt.054");
    assertEquals(150000, batch.amountFen());
    assertEquals("银联批量代收 4笔", batch.description());

    assertEquals(1500, lines.get(3).amountFen());
    assertEquals("账户管理费", lines.get(3).description());
    assertEquals(450, lines.get(4).amountFen());
  }

  @Test
  @DisplayName("version 02 of the message (status as text, the net total's old names) reads alike")
  void version02() {
    String v02 =
        valid()
            .replace("camt.053.001.08", "camt.053.001.02")
            .replaceAll("<Sts>\\s*<Cd>BOOK</Cd>\\s*</Sts>", "<Sts>BOOK</Sts>")
            .replaceAll(
                "<TtlNetNtry>\\s*<Amt>4281.00</Amt>\\s*<CdtDbtInd>CRDT</CdtDbtInd>\\s*</TtlNetNtry>",
                "<TtlNetNtryAmt>4281.00</TtlNetNtryAmt><CdtDbtInd>CRDT</CdtDbtInd>");
    Statement statement = reader.read(v02.getBytes(UTF_8));
    assertEquals(5, statement.lines().size());
    assertEquals(new DeclaredTotals(5, 430050, 0, 1950), statement.totals());
  }

  @Test
  @DisplayName("balances that do not add up are refused at the closing balance")
  void closingBalanceOff() {
    StatementRejected e = refused(() -> reader.read(bytes("camt053-totals-off.xml")));
    assertEquals(lineOf(valid(), "<Cd>CLBD</Cd>") - 3, e.lineNo());
    assertTrue(
        e.getMessage().contains("129291.00") && e.getMessage().contains("gives 129281.00"),
        e.getMessage());
  }

  @Test
  @DisplayName("a transaction summary that does not match the entries is refused")
  void summaryOff() {
    StatementRejected e = refused(() -> reader.read(bytes("camt053-count-off.xml")));
    assertEquals(lineOf(valid(), "<NbOfNtries>5<"), e.lineNo());
    assertTrue(e.getMessage().contains("declares 6 entries"), e.getMessage());

    StatementRejected credits =
        refusedText(valid().replace("<Sum>4300.50</Sum>", "<Sum>4300.00</Sum>"));
    assertTrue(credits.getMessage().contains("TtlCdtNtries"), credits.getMessage());
  }

  @Test
  @DisplayName("a file cut off inside an entry is refused as truncated")
  void truncated() {
    StatementRejected e = refused(() -> reader.read(bytes("camt053-truncated.xml")));
    assertTrue(e.lineNo() > 0);
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());

    String noClosing =
        valid().replaceAll("(?s)<Bal>\\s*<Tp>\\s*<CdOrPrtry>\\s*<Cd>CLBD</Cd>.*?</Bal>", "");
    StatementRejected closing = refusedText(noClosing);
    assertTrue(closing.getMessage().contains("CLBD"), closing.getMessage());
  }

  @Test
  @DisplayName("an amount with fractions of a fen, or in another currency, is refused")
  void badAmount() {
    StatementRejected e = refused(() -> reader.read(bytes("camt053-bad-amount.xml")));
    assertEquals(lineOf(valid(), "<NtryRef>3<") + 1, e.lineNo());
    assertTrue(e.getMessage().contains("more than two decimals"), e.getMessage());

    StatementRejected usd =
        refusedText(valid().replace("<Amt Ccy=\"CNY\">4.50</Amt>", "<Amt Ccy=\"USD\">4.50</Amt>"));
    assertTrue(usd.getMessage().contains("USD"), usd.getMessage());

    StatementRejected negative =
        refusedText(valid().replace("<Amt Ccy=\"CNY\">4.50</Amt>", "<Amt Ccy=\"CNY\">-4.50</Amt>"));
    assertTrue(negative.getMessage().contains("negative"), negative.getMessage());
  }

  @Test
  @DisplayName("a document type declaration is refused before any entity is read")
  void doctype() {
    StatementRejected e = refused(() -> reader.read(bytes("camt053-doctype.xml")));
    assertEquals(2, e.lineNo());
    assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    assertFalse(e.getMessage().contains("root:"));
  }

  @Test
  @DisplayName("a debit that is not a charge, an entry not booked, a bad date are refused")
  void badEntries() {
    StatementRejected transfer =
        refusedText(valid().replace("<SubFmlyCd>CHRG</SubFmlyCd>", "<SubFmlyCd>ESCT</SubFmlyCd>"));
    assertEquals(lineOf(valid(), "<NtryRef>4<") - 1, transfer.lineNo());
    assertTrue(transfer.getMessage().contains("not a bank charge"), transfer.getMessage());

    StatementRejected pending = refusedText(valid().replaceFirst("<Cd>BOOK</Cd>", "<Cd>PDNG</Cd>"));
    assertTrue(pending.getMessage().contains("PDNG"), pending.getMessage());

    StatementRejected date =
        refusedText(
            valid()
                .replaceFirst("<BookgDt>\\s*<Dt>2026-11-30</Dt>", "<BookgDt><Dt>2026-11-31</Dt>"));
    assertTrue(date.getMessage().contains("2026-11-31"), date.getMessage());

    StatementRejected otherDay =
        refusedText(
            valid()
                .replaceFirst("<BookgDt>\\s*<Dt>2026-11-30</Dt>", "<BookgDt><Dt>2026-11-29</Dt>"));
    assertTrue(otherDay.getMessage().contains("one day"), otherDay.getMessage());
  }

  @Test
  @DisplayName("a camt.054 notification or a CSV bill given as camt.053 is refused")
  void notACamt053() {
    StatementRejected notification = refused(() -> reader.read(bytes("camt054-valid.xml")));
    assertTrue(
        notification.getMessage().contains("camt.054.001.08 message, not camt.053"),
        notification.getMessage());

    StatementRejected csv = refused(() -> reader.read(bytes("wechat-valid.csv")));
    assertEquals(1, csv.lineNo());
    assertTrue(csv.getMessage().contains("not well-formed XML"), csv.getMessage());
  }
}
