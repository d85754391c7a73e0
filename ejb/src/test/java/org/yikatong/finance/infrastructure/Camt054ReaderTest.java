package org.yikatong.finance.infrastructure;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

class Camt054ReaderTest {

  private final Camt054Reader reader = new Camt054Reader();

  private static String valid() {
    return text("camt054-valid.xml", UTF_8);
  }

  private StatementRejected refusedText(String text) {
    return refused(() -> reader.read(text.getBytes(UTF_8)));
  }

  @Test
  @DisplayName("a batched credit's detail: one payment per transaction, the entry as their batch")
  void validNotification() {
    Statement statement = reader.read(bytes("camt054-valid.xml"));

    assertEquals(StatementFormat.CAMT_054, statement.format());
    assertEquals("31050161393600001234", statement.account());
    assertEquals(LocalDate.of(2026, 11, 30), statement.day());
    assertEquals(new DeclaredTotals(4, 150000, 0, 0), statement.totals());
    List<StatementLine> lines = statement.lines();
    assertEquals(4, lines.size());
    assertTrue(lines.stream().allMatch(l -> l.kind() == LineKind.PAYMENT));
    assertTrue(lines.stream().allMatch(l -> "2026113000010002".equals(l.batchRef())));
    assertEquals(
        List.of(50000L, 30000L, 20000L, 50000L),
        lines.stream().map(StatementLine::amountFen).toList());

    StatementLine first = lines.get(0);
    assertEquals(lineOf(valid(), "2026113000010002-001") - 2, first.lineNo());
    assertEquals("2026113000010002-001", first.channelRef());
    assertEquals("TU20261130000907512205", first.merchantRef());
    assertEquals(Instant.parse("2026-11-30T01:07:51Z"), first.at());
    assertEquals("校园卡充值 2024000456", first.description());
  }

  @Test
  @DisplayName("a single transaction need not repeat its entry's amount; TxId stands in")
  void singleTransaction() {
    String one =
        valid()
            .replaceAll(
                "(?s)\\s*<TxDtls>.*</TxDtls>",
                "\n<TxDtls><Refs><TxId>T1</TxId><EndToEndId>TU1</EndToEndId></Refs></TxDtls>")
            .replace("<NbOfTxs>4</NbOfTxs>", "<NbOfTxs>1</NbOfTxs>");
    Statement statement = reader.read(one.getBytes(UTF_8));
    assertEquals(1, statement.lines().size());
    assertEquals(150000, statement.lines().get(0).amountFen());
    assertEquals("T1", statement.lines().get(0).channelRef());
    assertEquals(Instant.parse("2026-11-29T16:00:00Z"), statement.lines().get(0).at());
  }

  @Test
  @DisplayName("transactions that do not add up to their entry are refused at the entry")
  void totalsOff() {
    StatementRejected e = refused(() -> reader.read(bytes("camt054-totals-off.xml")));
    assertEquals(lineOf(valid(), "<NtryRef>2<") - 1, e.lineNo());
    assertTrue(
        e.getMessage().contains("1500.00") && e.getMessage().contains("1510.00"), e.getMessage());

    StatementRejected count = refusedText(valid().replace("<NbOfTxs>4<", "<NbOfTxs>5<"));
    assertEquals(lineOf(valid(), "<NbOfTxs>"), count.lineNo());
    assertTrue(count.getMessage().contains("NbOfTxs"), count.getMessage());
  }

  @Test
  @DisplayName("a file cut off inside a transaction is refused as truncated")
  void truncated() {
    StatementRejected e = refused(() -> reader.read(bytes("camt054-truncated.xml")));
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
  }

  @Test
  @DisplayName("a negative amount, or a transaction without its end-to-end reference, is refused")
  void badValues() {
    StatementRejected e = refused(() -> reader.read(bytes("camt054-bad-amount.xml")));
    assertEquals(lineOf(valid(), "<Amt Ccy=\"CNY\">300.00<"), e.lineNo());
    assertTrue(e.getMessage().contains("negative"), e.getMessage());

    StatementRejected noReference =
        refusedText(
            valid()
                .replace(
                    "<EndToEndId>TU20261130001012448813</EndToEndId>",
                    "<EndToEndId>NOTPROVIDED</EndToEndId>"));
    assertEquals(lineOf(valid(), "2026113000010002-002") - 2, noReference.lineNo());
    assertTrue(noReference.getMessage().contains("EndToEndId"), noReference.getMessage());

    StatementRejected debit =
        refusedText(
            valid().replaceFirst("<CdtDbtInd>CRDT</CdtDbtInd>", "<CdtDbtInd>DBIT</CdtDbtInd>"));
    assertTrue(debit.getMessage().contains("debit"), debit.getMessage());
  }

  @Test
  @DisplayName("a camt.053 statement given as camt.054 is refused")
  void notACamt054() {
    StatementRejected e = refused(() -> reader.read(bytes("camt053-valid.xml")));
    assertTrue(e.getMessage().contains("not camt.054"), e.getMessage());
  }
}
