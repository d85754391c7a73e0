package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.LedgerDriver.CANTEEN_POS;
import static org.yikatong.it.LedgerDriver.KIOSK;

import jakarta.inject.Inject;
import java.net.Socket;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jpos.iso.ISOMsg;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yikatong.card.application.CardLifecycle;
import org.yikatong.cardadapter.api.CardNumber;
import org.yikatong.it.LedgerDriver.Holder;
import org.yikatong.ledger.application.PaymentRequest;

/**
 * Payments, top-ups, refunds, reversals, offline uploads and balance inquiries over TCP through the
 * card adapter, as a gateway sends them (ISO 8583, MAC, PIN blocks), checked against the ledger's
 * tables. Runs inside the server to make its own card holders.
 */
@ExtendWith(ArquillianExtension.class)
class TerminalPaymentIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Deployment
  static EnterpriseArchive ear() {
    return Deployments.builtEarWith(
        TerminalPaymentIT.class, AsAdministrator.class, LedgerDriver.class, TestGateway.class);
  }

  @Inject LedgerDriver ledger;
  @Inject AsAdministrator admin;
  @Inject CardLifecycle lifecycle;
  @Inject org.yikatong.kernel.application.AdjustableClock clock;

  /** A holder with a card, its number and 100.00 in the purse. */
  private record Customer(Holder holder, String cardNo) {}

  private Customer customer(long openingFen) throws Exception {
    return customer(openingFen, null);
  }

  private Customer customer(long openingFen, String group) throws Exception {
    Holder h = ledger.newHolder(openingFen, group);
    long id =
        ((Number)
                ledger
                    .em
                    .createNativeQuery("select id from card where serial_no = ?")
                    .setParameter(1, h.serial())
                    .getSingleResult())
            .longValue();
    return new Customer(h, CardNumber.of(id));
  }

  private static ISOMsg request(
      String mti,
      String terminal,
      String processing,
      String cardNo,
      long fen,
      String rrn,
      byte[] pin)
      throws Exception {
    return TestGateway.financialRequest(
        mti,
        terminal,
        processing,
        cardNo,
        fen,
        rrn,
        LocalDateTime.now(SHANGHAI),
        pin,
        TestGateway.macKey(TestGateway.demoSecret(terminal)));
  }

  private static ISOMsg send(ISOMsg request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", TestGateway.ADAPTER_PORT)) {
      return TestGateway.exchange(socket, request);
    }
  }

  private static long balance54(ISOMsg response) {
    String f54 = response.getString(54);
    long amount = Long.parseLong(f54.substring(8));
    return f54.charAt(7) == 'D' ? -amount : amount;
  }

  @Test
  @DisplayName(
      "0200 payment: approved with approval code and balance; a repeat gets the same answer")
  void payment() throws Exception {
    Customer c = customer(10_000);
    String rrn = LedgerDriver.rrn();
    ISOMsg pay = request("0200", CANTEEN_POS, "000000", c.cardNo(), 1_250, rrn, null);

    ISOMsg first = send(pay);
    ISOMsg again = send(pay);
    ISOMsg other = send(request("0200", CANTEEN_POS, "000000", c.cardNo(), 1_300, rrn, null));

    assertEquals("00", first.getString(39));
    assertEquals(8_750, balance54(first));
    assertEquals(first.getString(38), again.getString(38));
    assertEquals(first.getString(54), again.getString(54));
    assertEquals("94", other.getString(39));
    assertEquals(8_750, ledger.purse(c.holder()));
    assertEquals(1, ledger.entries(PaymentRequest.keyOf(CANTEEN_POS, rrn)));
  }

  @Test
  @DisplayName("PIN above the no-PIN limit: missing 55, wrong 55, right 00")
  void pin() throws Exception {
    Customer c = customer(20_000);
    admin.call(() -> lifecycle.setPin(c.holder().serial(), "135790"));
    byte[] secret = TestGateway.demoSecret(CANTEEN_POS);
    assertEquals(
        "55",
        send(request("0200", CANTEEN_POS, "000000", c.cardNo(), 6_000, LedgerDriver.rrn(), null))
            .getString(39));
    assertEquals(
        "55",
        send(request(
                "0200",
                CANTEEN_POS,
                "000000",
                c.cardNo(),
                6_000,
                LedgerDriver.rrn(),
                TestGateway.pinBlock("111111", c.cardNo(), secret)))
            .getString(39));
    ISOMsg right =
        send(
            request(
                "0200",
                CANTEEN_POS,
                "000000",
                c.cardNo(),
                6_000,
                LedgerDriver.rrn(),
                TestGateway.pinBlock("135790", c.cardNo(), secret)));
    assertEquals("00", right.getString(39));
    assertEquals(14_000, ledger.purse(c.holder()));
  }

  @Test
  @DisplayName(
      "0400 reversal restores the purse once; a reversal before its original declines it 12")
  void reversal() throws Exception {
    Customer c = customer(5_000);
    String rrn = LedgerDriver.rrn();
    assertEquals(
        "00",
        send(request("0200", CANTEEN_POS, "000000", c.cardNo(), 700, rrn, null)).getString(39));
    ISOMsg reversed = send(request("0400", CANTEEN_POS, "000000", c.cardNo(), 700, rrn, null));
    ISOMsg again = send(request("0420", CANTEEN_POS, "000000", c.cardNo(), 700, rrn, null));
    assertEquals("00", reversed.getString(39));
    assertEquals("0410", reversed.getMTI());
    assertEquals("00", again.getString(39));
    assertEquals(5_000, ledger.purse(c.holder()));

    String early = LedgerDriver.rrn();
    assertEquals(
        "00",
        send(request("0420", CANTEEN_POS, "000000", c.cardNo(), 300, early, null)).getString(39));
    assertEquals(
        "12",
        send(request("0200", CANTEEN_POS, "000000", c.cardNo(), 300, early, null)).getString(39));
    assertEquals(5_000, ledger.purse(c.holder()));
  }

  @Test
  @DisplayName(
      "0220 offline advice posts even below zero; 310000 inquiry, 210000 top-up, 200000 refund")
  void otherMessages() throws Exception {
    Customer c = customer(1_000);
    ISOMsg offline =
        TestGateway.financialRequest(
            "0220",
            CANTEEN_POS,
            "000000",
            c.cardNo(),
            1_500,
            LedgerDriver.rrn(),
            LocalDateTime.now(SHANGHAI).minusHours(2),
            null,
            TestGateway.macKey(TestGateway.demoSecret(CANTEEN_POS)));
    ISOMsg advised = send(offline);
    assertEquals("0230", advised.getMTI());
    assertEquals("00", advised.getString(39));
    assertEquals(-500, balance54(advised));

    ISOMsg topUp =
        send(request("0200", KIOSK, "210000", c.cardNo(), 10_000, LedgerDriver.rrn(), null));
    assertEquals("00", topUp.getString(39));
    assertEquals(9_500, balance54(topUp));

    assertEquals(
        "00",
        send(request("0200", CANTEEN_POS, "000000", c.cardNo(), 800, LedgerDriver.rrn(), null))
            .getString(39));
    ISOMsg refund =
        send(request("0200", CANTEEN_POS, "200000", c.cardNo(), 800, LedgerDriver.rrn(), null));
    assertEquals("00", refund.getString(39));
    assertEquals(9_500, balance54(refund));
    assertEquals(
        "13",
        send(request("0200", CANTEEN_POS, "200000", c.cardNo(), 5_000, LedgerDriver.rrn(), null))
            .getString(39),
        "more than any payment there left to refund");

    ISOMsg inquiry =
        send(request("0200", CANTEEN_POS, "310000", c.cardNo(), 0, LedgerDriver.rrn(), null));
    assertEquals("00", inquiry.getString(39));
    assertEquals(9_500, balance54(inquiry));
    assertEquals(9_500, ledger.purse(c.holder()));
  }

  @Test
  @DisplayName("unknown cards 14, a lost card 41, a request without amount 30")
  void declines() throws Exception {
    Customer c = customer(1_000);
    assertEquals(
        "14",
        send(request(
                "0200",
                CANTEEN_POS,
                "000000",
                CardNumber.of(99_999_999_999L),
                100,
                LedgerDriver.rrn(),
                null))
            .getString(39));
    assertEquals(
        "14",
        send(request(
                "0200", CANTEEN_POS, "000000", "4111111111111111", 100, LedgerDriver.rrn(), null))
            .getString(39));
    admin.call(() -> lifecycle.reportLoss(c.holder().serial()));
    assertEquals(
        "41",
        send(request("0200", CANTEEN_POS, "000000", c.cardNo(), 100, LedgerDriver.rrn(), null))
            .getString(39));
    ISOMsg noAmount =
        request("0200", CANTEEN_POS, "000000", c.cardNo(), 100, LedgerDriver.rrn(), null);
    noAmount.unset(4);
    noAmount.set(
        64, TestGateway.mac(noAmount, TestGateway.macKey(TestGateway.demoSecret(CANTEEN_POS))));
    assertEquals("30", send(noAmount).getString(39));
    Number audited =
        (Number)
            ledger
                .em
                .createNativeQuery(
                    "select count(*) from terminal_rejection where reason = 'FORMAT_ERROR'"
                        + " and terminal_code = ? and stan = ?")
                .setParameter(1, CANTEEN_POS)
                .setParameter(2, noAmount.getString(11))
                .getSingleResult();
    assertTrue(audited.intValue() >= 1, "the format error is on record");
    assertEquals(1_000, ledger.purse(c.holder()));
  }

  @Test
  @DisplayName("a gateway that lost its connection resends on a new one: posted once, same answer")
  void retryAfterDroppedConnection() throws Exception {
    Customer c = customer(5_000);
    String rrn = LedgerDriver.rrn();
    ISOMsg pay = request("0200", CANTEEN_POS, "000000", c.cardNo(), 400, rrn, null);
    pay.setPackager(new org.jpos.iso.packager.ISO87BPackager());
    try (Socket dropped = new Socket("127.0.0.1", TestGateway.ADAPTER_PORT)) {
      TestGateway.writeFrame(dropped, pay.pack());
    } // closed before the answer
    ISOMsg retried = send(pay);
    assertEquals("00", retried.getString(39));
    assertEquals(4_600, balance54(retried));
    assertEquals(4_600, ledger.purse(c.holder()));
    assertEquals(1, ledger.entries(PaymentRequest.keyOf(CANTEEN_POS, rrn)));
  }

  @Test
  @DisplayName("two gateways carrying the same terminal at once are both served, each payment once")
  void twoGatewaysOneTerminal() throws Exception {
    Customer c = customer(100_000);
    ledger.limits(c.holder(), 5_000, 1_000_000);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<List<String>>> gateways = new ArrayList<>();
    for (int g = 0; g < 2; g++) {
      gateways.add(
          pool.submit(
              () -> {
                List<String> codes = new ArrayList<>();
                try (Socket socket = new Socket("127.0.0.1", TestGateway.ADAPTER_PORT)) {
                  for (int i = 0; i < 20; i++) {
                    ISOMsg r =
                        request(
                            "0200",
                            CANTEEN_POS,
                            "000000",
                            c.cardNo(),
                            100,
                            LedgerDriver.rrn(),
                            null);
                    codes.add(TestGateway.exchange(socket, r).getString(39));
                  }
                }
                return codes;
              }));
    }
    pool.shutdown();
    for (Future<List<String>> g : gateways) {
      assertTrue(g.get().stream().allMatch("00"::equals), g.get().toString());
    }
    assertEquals(100_000 - 40 * 100, ledger.purse(c.holder()));
    assertEquals(41, ledger.entriesOfCard(c.holder()), "opening entry and 40 payments");
  }

  @Test
  @DisplayName("0100 access checks: rules by card status and holder group, every decision recorded")
  void accessChecks() throws Exception {
    Customer student = customer(0, "UNDERGRADUATE");
    Customer visitor = customer(0, "VISITOR");
    assertEquals("00", access("G0000001", student.cardNo(), LedgerDriver.rrn()));
    assertEquals("00", access("D0000001", student.cardNo(), LedgerDriver.rrn()));
    assertEquals("00", access("G0000001", visitor.cardNo(), LedgerDriver.rrn()));
    String denied = LedgerDriver.rrn();
    assertEquals("57", access("D0000001", visitor.cardNo(), denied), "visitors do not enter dorms");
    assertEquals("57", access("D0000001", visitor.cardNo(), denied), "a retry: the same answer");
    assertEquals("57", access("L0000001", visitor.cardNo(), LedgerDriver.rrn()));
    assertEquals("14", access("G0000001", CardNumber.of(99_999_999_998L), LedgerDriver.rrn()));
    assertEquals(
        "58", access(CANTEEN_POS, student.cardNo(), LedgerDriver.rrn()), "a POS is no reader");
    admin.call(() -> lifecycle.reportLoss(student.holder().serial()));
    assertEquals("41", access("G0000001", student.cardNo(), LedgerDriver.rrn()));
    Number recorded =
        (Number)
            ledger
                .em
                .createNativeQuery(
                    "select count(*) from access_decision where terminal_code = 'D0000001' and rrn = ?")
                .setParameter(1, denied)
                .getSingleResult();
    assertEquals(1, recorded.intValue(), "one decision per check, the retry answered from it");
  }

  private static String access(String reader, String cardNo, String rrn) throws Exception {
    return send(TestGateway.financialRequest(
            "0100",
            reader,
            "900000",
            cardNo,
            0,
            rrn,
            LocalDateTime.now(SHANGHAI),
            null,
            TestGateway.macKey(TestGateway.demoSecret(reader))))
        .getString(39);
  }

  @Test
  @DisplayName("a jump in a terminal's RRN sequence is recorded as a gap")
  void rrnGap() throws Exception {
    Customer c = customer(10_000);
    String terminal = "T0000003";
    long base = System.currentTimeMillis() / 10; // 12 digits, rising from run to run
    for (long rrn : new long[] {base, base + 1, base + 4}) {
      assertEquals(
          "00",
          send(request("0200", terminal, "000000", c.cardNo(), 100, Long.toString(rrn), null))
              .getString(39));
    }
    List<?> gaps =
        ledger
            .em
            .createNativeQuery(
                "select first_missing, last_missing from rrn_gap where terminal_code = ?"
                    + " and first_missing = ?")
            .setParameter(1, terminal)
            .setParameter(2, base + 2)
            .getResultList();
    assertEquals(1, gaps.size());
    assertEquals(base + 3, ((Number) ((Object[]) gaps.get(0))[1]).longValue());
  }

  @Test
  @DisplayName(
      "an offline batch uploaded whole, again in part and reordered: each advice posts once")
  void offlineBatchReplayed() throws Exception {
    Customer c = customer(2_000);
    byte[] macKey = TestGateway.macKey(TestGateway.demoSecret(CANTEEN_POS));
    LocalDateTime shift = LocalDateTime.now(SHANGHAI).minusHours(3);
    List<ISOMsg> batch = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      batch.add(
          TestGateway.financialRequest(
              "0220",
              CANTEEN_POS,
              "000000",
              c.cardNo(),
              500 + i,
              LedgerDriver.rrn(),
              shift.plusMinutes(i),
              null,
              macKey));
    }
    long total = batch.stream().mapToLong(m -> Long.parseLong(m.getString(4))).sum();
    try (Socket socket = new Socket("127.0.0.1", TestGateway.ADAPTER_PORT)) {
      for (ISOMsg advice : batch) {
        assertEquals("00", TestGateway.exchange(socket, advice).getString(39));
      }
      List<ISOMsg> again = new ArrayList<>(batch.subList(2, 6));
      java.util.Collections.reverse(again);
      for (ISOMsg advice : again) {
        assertEquals("00", TestGateway.exchange(socket, advice).getString(39), "a repeat");
      }
      for (ISOMsg advice : batch) {
        assertEquals("00", TestGateway.exchange(socket, advice).getString(39));
      }
    }
    assertEquals(2_000 - total, ledger.purse(c.holder()), "below zero, once");
    assertEquals(1 + batch.size(), ledger.entriesOfCard(c.holder()));
  }

  @Test
  @DisplayName("response codes 51, 61, 62, 75 and 54 over the wire")
  void moreDeclines() throws Exception {
    Customer c = customer(3_000);
    assertEquals("51", pay(c, 3_001, null));
    ledger.limits(c.holder(), 2_000, 2_000);
    assertEquals("00", pay(c, 1_500, null));
    assertEquals("61", pay(c, 501, null));
    admin.call(() -> lifecycle.setPin(c.holder().serial(), "222222"));
    ledger.limits(c.holder(), 100, 100_000);
    byte[] secret = TestGateway.demoSecret(CANTEEN_POS);
    byte[] wrong = TestGateway.pinBlock("999999", c.cardNo(), secret);
    assertEquals("55", pay(c, 200, wrong));
    assertEquals("55", pay(c, 200, wrong));
    assertEquals("75", pay(c, 200, wrong), "the third wrong PIN");
    assertEquals("75", pay(c, 200, TestGateway.pinBlock("222222", c.cardNo(), secret)));
    admin.call(() -> lifecycle.freeze(c.holder().serial()));
    assertEquals("62", pay(c, 50, null));
    admin.call(() -> lifecycle.unfreeze(c.holder().serial()));
    clock.shift(java.time.Duration.ofDays(4 * 366)); // past the card's expiry (3 years)
    try {
      assertEquals("54", pay(c, 50, null));
    } finally {
      clock.shift(java.time.Duration.ZERO);
    }
    assertEquals("00", pay(c, 50, null));
    assertEquals(3_000 - 1_500 - 50, ledger.purse(c.holder()));
  }

  private static String pay(Customer c, long fen, byte[] pin) throws Exception {
    return send(request("0200", CANTEEN_POS, "000000", c.cardNo(), fen, LedgerDriver.rrn(), pin))
        .getString(39);
  }
}
