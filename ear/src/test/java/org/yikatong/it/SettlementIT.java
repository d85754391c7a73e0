package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jpos.iso.ISOMsg;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yikatong.cardadapter.api.CardNumber;
import org.yikatong.finance.application.FinanceReports;
import org.yikatong.finance.application.ReportFile;
import org.yikatong.finance.application.Settlements;
import org.yikatong.finance.domain.report.JournalLine;
import org.yikatong.finance.domain.report.JournalQuery;
import org.yikatong.finance.domain.settlement.DaySettlement;
import org.yikatong.finance.domain.settlement.MerchantDayLine;
import org.yikatong.finance.domain.settlement.MerchantSettlement;
import org.yikatong.finance.domain.settlement.SettlementFigure;
import org.yikatong.finance.domain.settlement.SettlementFigures;
import org.yikatong.finance.domain.settlement.SettlementItem;
import org.yikatong.finance.domain.settlement.SettlementStatus;
import org.yikatong.it.LedgerDriver.Holder;
import org.yikatong.kernel.application.AdjustableClock;
import org.yikatong.kernel.domain.Money;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.application.ChartOfAccounts;
import org.yikatong.ledger.application.DayCloses;
import org.yikatong.ledger.application.Refunds;
import org.yikatong.ledger.domain.EntryKind;
import org.yikatong.terminal.application.NewTerminal;
import org.yikatong.terminal.application.TerminalAdministration;
import org.yikatong.terminal.domain.Merchant;
import org.yikatong.terminal.domain.MerchantCategory;
import org.yikatong.terminal.domain.TerminalType;

/**
 * Runs inside the server: a merchant of its own takes payments on its terminal over the wire (the
 * test gateway), one of them reversed by the terminal and one refunded in part, on a past business
 * day (the clock set back); the day is closed, and the merchant's settlement is read: each figure
 * the sum of the entries behind it, the net payable gross less refunds, reversals and fees, equal
 * to what the close settled; the statement printed as PDF and exported as CSV with a line per
 * entry. An open day's settlement is provisional.
 */
@ExtendWith(ArquillianExtension.class)
class SettlementIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Deployment
  static EnterpriseArchive ear() {
    return Deployments.builtEarWith(
        SettlementIT.class, AsAdministrator.class, LedgerDriver.class, TestGateway.class);
  }

  @Inject LedgerDriver ledger;
  @Inject AsAdministrator admin;
  @Inject AdjustableClock clock;
  @Inject ChartOfAccounts chart;
  @Inject TerminalAdministration terminals;
  @Inject Refunds refunds;
  @Inject DayCloses dayCloses;
  @Inject Settlements settlements;
  @Inject FinanceReports reports;
  @PersistenceContext EntityManager em;
  @Resource UserTransaction tx;

  @Test
  @DisplayName(
      "a closed day's settlement: each figure the sum of its entries, net = gross - refunds -"
          + " reversals - fees, as the close settled; PDF and CSV")
  void closedDay() throws Exception {
    String merchant = newMerchant();
    Pos pos = newPos(merchant);
    Holder holder = ledger.newHolder(100_000);
    String card = cardNo(holder);
    long daysBack = 1_000 + ThreadLocalRandom.current().nextInt(30_000);
    LocalDate day = LocalDate.now(SHANGHAI).minusDays(daysBack);
    String reversed = LedgerDriver.rrn();

    clock.shift(Duration.ofDays(-daysBack));
    try {
      assertEquals("00", TestGateway.pay(pos.code(), pos.secret(), card, 1_200));
      assertEquals("00", TestGateway.pay(pos.code(), pos.secret(), card, 800));
      assertEquals("00", TestGateway.pay(pos.code(), pos.secret(), card, 2_500));
      assertEquals("00", send(pos, "0200", card, 1_500, reversed), "paid, then");
      assertEquals("00", send(pos, "0400", card, 1_500, reversed), "reversed by the terminal");
      JournalLine refunded =
          payments(pos.code()).stream()
              .filter(l -> l.amountFen() == 2_500)
              .findFirst()
              .orElseThrow();
      admin.call(() -> refunds.refund(LedgerDriver.unique("RS"), refunded.entryId(), 300, "找零有误"));
    } finally {
      clock.shift(Duration.ZERO);
    }

    MerchantSettlement open = admin.call(() -> settlements.statement(day, merchant));
    assertEquals(SettlementStatus.PROVISIONAL, open.status(), "not closed yet");

    admin.call(() -> dayCloses.close(day));
    MerchantSettlement s = admin.call(() -> settlements.statement(day, merchant));

    assertEquals(SettlementStatus.CLOSED, s.status());
    SettlementFigures f = s.figures();
    assertEquals(4, f.salesCount(), "four payments, the reversed one among them");
    assertEquals(6_000, f.grossFen());
    assertEquals(1, f.refundCount());
    assertEquals(300, f.refundsFen());
    assertEquals(1, f.reversalCount());
    assertEquals(1_500, f.reversalsFen());
    assertEquals(0, f.feesFen());
    assertEquals(0, f.adjustmentsFen());
    assertEquals(f.grossFen() - f.refundsFen() - f.reversalsFen() - f.feesFen(), f.netPayableFen());
    assertEquals(4_200, f.netPayableFen());
    for (SettlementFigure figure : SettlementFigure.values()) {
      List<SettlementItem> behind = s.entriesOf(figure);
      assertEquals(behind.size(), f.count(figure), figure + ": one entry each");
      assertEquals(
          f.amount(figure),
          figure.shown(behind.stream().mapToLong(SettlementItem::amountFen).sum()),
          figure + " is the sum of its entries");
    }
    assertEquals(6, s.entries().size());
    assertTrue(s.agreesWithDayClose(), "the close recorded the same payments and net");
    assertEquals(settlementEntry(day, merchant), s.settlementEntryId());
    assertEquals(4_200, ledger.balance("M" + merchant + "-S"), "what the close settled");
    SettlementItem refund = s.entriesOf(SettlementFigure.REFUNDS).get(0);
    assertEquals(-300, refund.amountFen());
    assertNotNull(refund.correctsEntryId());
    assertEquals(card, refund.cardNo());

    DaySettlement d = admin.call(() -> settlements.day(day));
    assertEquals(SettlementStatus.CLOSED, d.status());
    MerchantDayLine line =
        d.merchants().stream()
            .filter(m -> m.merchantCode().equals(merchant))
            .findFirst()
            .orElseThrow();
    assertEquals(f, line.figures());
    assertEquals(s.settlementEntryId(), line.settlementEntryId());

    ReportFile pdf = admin.call(() -> settlements.statementPdf(day, merchant));
    assertEquals("%PDF", new String(pdf.content(), 0, 4, StandardCharsets.US_ASCII));
    assertEquals("settlement-" + day + "-" + merchant + ".pdf", pdf.fileName());
    assertEquals("application/pdf", pdf.mediaType());

    ReportFile csv = admin.call(() -> settlements.statementCsv(day, merchant));
    String text = new String(csv.content(), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF项目,笔数,金额（元）\r\n"), text);
    assertTrue(text.contains("\r\n消费（营业额）,4,60.00\r\n"), text);
    assertTrue(text.contains("\r\n减：退款,1,3.00\r\n"), text);
    assertTrue(text.contains("\r\n减：冲正,1,15.00\r\n"), text);
    assertTrue(text.contains("\r\n应付商户净额,,42.00\r\n"), text);
    List<String> entryLines =
        text.lines().filter(l -> l.startsWith(day + "," + merchant + ",")).toList();
    assertEquals(s.entries().size(), entryLines.size(), "a line per entry behind the figures");
    for (SettlementItem item : s.entries()) {
      String amount = "," + Money.ofFen(item.amountFen()).toYuanString() + ",";
      assertTrue(
          entryLines.stream()
              .anyMatch(l -> l.contains("," + item.entryId() + ",") && l.contains(amount)),
          "entry " + item.entryId() + " with " + amount + " in " + entryLines);
    }
  }

  @Test
  @DisplayName("today's settlement is provisional: the entries so far, no settlement entry")
  void openDay() throws Exception {
    String merchant = newMerchant();
    Pos pos = newPos(merchant);
    Holder holder = ledger.newHolder(10_000);
    assertEquals("00", TestGateway.pay(pos.code(), pos.secret(), cardNo(holder), 650));
    LocalDate today = admin.call(() -> settlements.today());

    MerchantSettlement s = admin.call(() -> settlements.statement(today, merchant));

    assertEquals(SettlementStatus.PROVISIONAL, s.status());
    assertEquals(1, s.figures().salesCount());
    assertEquals(650, s.figures().grossFen());
    assertEquals(650, s.figures().netPayableFen());
    assertNull(s.settlementEntryId());
    assertNull(s.agreesWithDayClose());
    assertThrows(
        RequestRefusedException.class,
        () -> admin.call(() -> settlements.statement(today.plusDays(1), merchant)),
        "a day not begun has no settlement");
    assertThrows(
        RequestRefusedException.class,
        () -> admin.call(() -> settlements.statement(today, "NO-SUCH-SHOP")));
  }

  // --- helpers --------------------------------------------------------------------------------

  /** A POS terminal registered for this test and the secret it was issued. */
  private record Pos(String code, byte[] secret) {}

  /** A merchant of this test alone, with its takings and settled accounts. */
  private String newMerchant() throws Exception {
    String code = LedgerDriver.unique("ST");
    tx.begin();
    try {
      em.persist(new Merchant(code, "结算测试 " + code, MerchantCategory.CANTEEN));
      tx.commit();
    } catch (Exception e) {
      tx.rollback();
      throw e;
    }
    admin.call(() -> chart.openMissing());
    return code;
  }

  private Pos newPos(String merchant) throws Exception {
    String id =
        "S" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 34), 36).toUpperCase();
    String code = (id + "0000000").substring(0, 8);
    String secretHex =
        admin
            .call(
                () ->
                    terminals.register(
                        new NewTerminal(code, TerminalType.POS, merchant, "结算测试 收银台")))
            .secretHex();
    return new Pos(code, HexFormat.of().parseHex(secretHex));
  }

  private String cardNo(Holder holder) {
    long id =
        ((Number)
                em.createNativeQuery("select id from card where serial_no = ?")
                    .setParameter(1, holder.serial())
                    .getSingleResult())
            .longValue();
    return CardNumber.of(id);
  }

  /** Sends a financial request of the given RRN and answers field 39. */
  private static String send(Pos pos, String mti, String card, long fen, String rrn)
      throws Exception {
    ISOMsg request =
        TestGateway.financialRequest(
            mti,
            pos.code(),
            "000000",
            card,
            fen,
            rrn,
            LocalDateTime.now(SHANGHAI),
            null,
            TestGateway.macKey(pos.secret()));
    try (Socket socket = new Socket("127.0.0.1", TestGateway.ADAPTER_PORT)) {
      return TestGateway.exchange(socket, request).getString(39);
    }
  }

  /** The payments of a terminal, found by the journal search. */
  private List<JournalLine> payments(String terminal) throws Exception {
    return admin
        .call(
            () ->
                reports.searchJournal(
                    new JournalQuery(
                        null, null, null, terminal, EntryKind.PAYMENT, null, null, null),
                    0,
                    50))
        .entries();
  }

  private Long settlementEntry(LocalDate day, String merchant) {
    return ((Number)
            em.createNativeQuery("select id from journal_entry where business_key = ?")
                .setParameter(1, "SETTLE:" + day + ":" + merchant)
                .getSingleResult())
        .longValue();
  }
}
