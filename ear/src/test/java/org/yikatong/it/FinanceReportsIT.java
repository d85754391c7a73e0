package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.ADMIN;
import static org.yikatong.it.DemoUsers.AUDITOR;
import static org.yikatong.it.DemoUsers.CARD_HOLDER_2;
import static org.yikatong.it.DemoUsers.FINANCE;
import static org.yikatong.it.DemoUsers.FINANCE_PASSWORD;
import static org.yikatong.it.DemoUsers.HELPDESK;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yikatong.ledger.domain.ChannelSignature;
import org.yikatong.ledger.domain.PaymentChannel;

/**
 * The finance reports over HTTP with the demo logins: the journal search finds exactly the entries
 * each filter names (card, holder, terminal, merchant, kind, period, a channel's order and
 * transaction numbers); a card holder's statement adds up (opening plus movements is the closing
 * balance, which is the purse's balance); subsidy usage lists a batch posted; every report is
 * served as CSV and PDF; the helpdesk reads none of them.
 *
 * <p>The holder is registered on a past business day (the server's clock set back for it), so that
 * today's statement opens with a balance.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FinanceReportsIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final String WECHAT_SECRET = "local-wechat-callback-secret";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEarWith(ClockControl.class);
  }

  private final Http http = new Http();

  /** A card holder of this test with a card, and a POS terminal of the demo canteen. */
  private record Setup(String holderNo, String cardNo, String terminal, byte[] secret) {}

  private Setup setup(long openingFen, LocalDate registeredOn) throws Exception {
    String holderNo = LedgerDriver.unique("FR");
    String serial = LedgerDriver.unique("FS");
    ZonedDateTime noon = registeredOn.atTime(12, 0).atZone(SHANGHAI);
    assertEquals(
        204, http.put(ADMIN, "test-clock", "{\"at\":\"" + noon.toInstant() + "\"}").statusCode());
    HttpResponse<String> registered;
    try {
      registered =
          http.post(
              ADMIN,
              "card-holders",
              "{\"holderNo\":\""
                  + holderNo
                  + "\",\"fullName\":\"报表 测试\",\"type\":\"STUDENT\",\"department\":\"财务处\","
                  + "\"cardSerialNo\":\""
                  + serial
                  + "\",\"cardExpiresOn\":\""
                  + LocalDate.now(SHANGHAI).plusYears(2)
                  + "\",\"openingBalanceFen\":"
                  + openingFen
                  + "}");
    } finally {
      http.delete(ADMIN, "test-clock");
    }
    assertEquals(201, registered.statusCode(), registered.body());
    String cardNo =
        Http.object(registered).getJsonArray("cards").getJsonObject(0).getString("cardNo");
    String terminal =
        "R" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 34), 36).toUpperCase();
    terminal = (terminal + "0000000").substring(0, 8);
    HttpResponse<String> pos =
        http.post(
            ADMIN,
            "terminals",
            "{\"terminalId\":\""
                + terminal
                + "\",\"type\":\"POS\",\"merchantCode\":\"M0001\",\"location\":\"报表测试 收银台\"}");
    assertEquals(201, pos.statusCode(), pos.body());
    byte[] secret = HexFormat.of().parseHex(Http.object(pos).getString("secretHex"));
    return new Setup(holderNo, cardNo, terminal, secret);
  }

  @Test
  @DisplayName(
      "journal search: card, holder, terminal, merchant, kind, period and channel order each find"
          + " their entries")
  void journalSearch() throws Exception {
    LocalDate today = LocalDate.now(SHANGHAI);
    LocalDate past = today.minusDays(1_000 + ThreadLocalRandom.current().nextInt(30_000));
    Setup s = setup(20_000, past);
    for (long fen : new long[] {1_200, 800, 450}) {
      assertEquals("00", TestGateway.pay(s.terminal(), s.secret(), s.cardNo(), fen));
    }

    JsonObject payments = search(FINANCE, "card=" + s.cardNo() + "&kind=PAYMENT");
    assertEquals(3, payments.getInt("total"));
    List<JsonObject> found = entries(payments);
    assertEquals(
        List.of(450L, 800L, 1_200L),
        found.stream().map(e -> e.getJsonNumber("amountFen").longValue()).toList(),
        "newest first");
    for (JsonObject e : found) {
      assertEquals(s.terminal(), e.getString("terminalId"));
      assertEquals("M0001", e.getString("merchantCode"));
      assertEquals(s.holderNo(), e.getString("holderNo"));
      assertEquals(s.cardNo(), e.getString("cardNo"));
    }
    long paid1200 = found.get(2).getJsonNumber("entryId").longValue();

    HttpResponse<String> refund =
        http.post(
            FINANCE,
            "ledger/refunds",
            "{\"refundNo\":\""
                + LedgerDriver.unique("FRR")
                + "\",\"paymentEntryId\":"
                + paid1200
                + ",\"amountFen\":200,\"reason\":\"多扣\"}");
    assertEquals(201, refund.statusCode(), refund.body());

    JsonObject byTerminal = search(AUDITOR, "terminalId=" + s.terminal());
    assertEquals(4, byTerminal.getInt("total"), "three payments and the refund");
    assertEquals(
        Set.of("PAYMENT", "REFUND"),
        entries(byTerminal).stream().map(e -> e.getString("kind")).collect(Collectors.toSet()));
    assertEquals(
        4, search(FINANCE, "terminalId=" + s.terminal() + "&merchantCode=M0001").getInt("total"));
    assertEquals(
        0, search(FINANCE, "terminalId=" + s.terminal() + "&merchantCode=M0002").getInt("total"));

    JsonObject refunds = search(FINANCE, "card=" + s.cardNo() + "&kind=REFUND");
    assertEquals(1, refunds.getInt("total"));
    JsonObject refundEntry = entries(refunds).get(0);
    assertEquals(200, refundEntry.getJsonNumber("amountFen").longValue());
    assertEquals(paid1200, refundEntry.getJsonNumber("correctsEntryId").longValue());

    JsonObject opening = search(FINANCE, "holderNo=" + s.holderNo() + "&to=" + past);
    assertEquals(1, opening.getInt("total"), "only the opening balance is of that day");
    assertEquals("OPENING_BALANCE", entries(opening).get(0).getString("kind"));
    assertEquals(past.toString(), entries(opening).get(0).getString("businessDate"));
    assertEquals(
        4,
        search(FINANCE, "holderNo=" + s.holderNo() + "&from=" + today + "&to=" + today)
            .getInt("total"),
        "today: the payments and the refund");
    assertEquals(
        3, search(FINANCE, "card=" + s.cardNo() + "&kind=PAYMENT&from=" + today).getInt("total"));

    // A top-up order paid through its channel is found by either of its numbers.
    HttpResponse<String> order =
        http.post(CARD_HOLDER_2, "me/top-up-orders", "{\"channel\":\"WECHAT\",\"amountFen\":3300}");
    assertEquals(201, order.statusCode(), order.body());
    String orderNo = Http.object(order).getString("orderNo");
    String txn = "WXF" + orderNo;
    HttpResponse<String> paid =
        http.post(
            null,
            "channels/wechat/callbacks",
            "{\"orderNo\":\""
                + orderNo
                + "\",\"channelTxnNo\":\""
                + txn
                + "\",\"amountFen\":3300,\"signature\":\""
                + ChannelSignature.sign(WECHAT_SECRET, PaymentChannel.WECHAT, orderNo, txn, 3300)
                + "\"}");
    assertEquals(200, paid.statusCode(), paid.body());
    JsonObject byOrder = search(FINANCE, "channelRef=" + orderNo);
    JsonObject byTxn = search(FINANCE, "channelRef=" + txn);
    assertEquals(1, byOrder.getInt("total"));
    assertEquals(1, byTxn.getInt("total"));
    JsonObject topUp = entries(byOrder).get(0);
    assertEquals("ONLINE_TOP_UP", topUp.getString("kind"));
    assertEquals(3300, topUp.getJsonNumber("amountFen").longValue());
    assertEquals(
        topUp.getJsonNumber("entryId").longValue(),
        entries(byTxn).get(0).getJsonNumber("entryId").longValue());

    HttpResponse<String> csv =
        http.get(FINANCE, "finance/journal-entries.csv?terminalId=" + s.terminal(), "text/csv");
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    List<String> lines = csv.body().lines().toList();
    assertTrue(lines.get(0).startsWith("\uFEFF凭证号,营业日,"), lines.get(0));
    assertEquals(1 + 4, lines.size(), "the header and a line per entry");
    for (JsonObject e : entries(byTerminal)) {
      assertTrue(
          lines.stream().anyMatch(l -> l.startsWith(e.getJsonNumber("entryId") + ",")),
          "entry " + e.getJsonNumber("entryId"));
    }
    HttpResponse<String> accepted =
        http.get(FINANCE, "finance/journal-entries?terminalId=" + s.terminal(), "text/csv");
    assertEquals(200, accepted.statusCode());
    assertEquals(csv.body(), accepted.body(), "Accept: text/csv asks for the same file");
    assertPdf(AUDITOR, "finance/journal-entries.pdf?terminalId=" + s.terminal());
    assertEquals(
        403, http.get(HELPDESK, "finance/journal-entries?terminalId=" + s.terminal()).statusCode());
  }

  @Test
  @DisplayName(
      "a holder's statement: opening + movements = closing = the purse's balance; subsidy usage"
          + " lists the batch; every report as CSV and PDF")
  void statementAndReports() throws Exception {
    LocalDate today = LocalDate.now(SHANGHAI);
    LocalDate past = today.minusDays(1_000 + ThreadLocalRandom.current().nextInt(30_000));
    Setup s = setup(15_000, past);
    assertEquals("00", TestGateway.pay(s.terminal(), s.secret(), s.cardNo(), 2_000));
    assertEquals("00", TestGateway.pay(s.terminal(), s.secret(), s.cardNo(), 350));
    String batch = LedgerDriver.unique("FRB");
    HttpResponse<String> subsidy =
        http.send(
            "POST",
            Http.api("ledger/subsidy-batches/" + batch),
            FINANCE,
            FINANCE_PASSWORD,
            "text/csv",
            s.holderNo() + ",6.00\n");
    assertEquals(200, subsidy.statusCode(), subsidy.body());

    HttpResponse<String> response =
        http.get(
            FINANCE,
            "finance/holder-statements/" + s.holderNo() + "?from=" + today + "&to=" + today);
    assertEquals(200, response.statusCode(), response.body());
    JsonObject statement = Http.object(response);
    JsonObject purse = purse(statement, "CARDHOLDER_PURSE");
    assertEquals(15_000, purse.getJsonNumber("openingFen").longValue(), "the opening of the past");
    assertEquals(2_350, purse.getJsonNumber("debitsFen").longValue());
    assertEquals(0, purse.getJsonNumber("creditsFen").longValue());
    assertAddsUp(purse);
    assertEquals(12_650, purse.getJsonNumber("closingFen").longValue());
    assertEquals(
        balance("P" + s.holderNo()),
        purse.getJsonNumber("closingFen").longValue(),
        "the closing balance is the purse's");
    JsonObject subsidyPurse = purse(statement, "CARDHOLDER_SUBSIDY");
    assertEquals(0, subsidyPurse.getJsonNumber("openingFen").longValue());
    assertEquals(600, subsidyPurse.getJsonNumber("closingFen").longValue());
    assertAddsUp(subsidyPurse);
    assertEquals(
        15_000 + 0, statement.getJsonNumber("openingFen").longValue(), "both purses opening");
    assertEquals(12_650 + 600, statement.getJsonNumber("closingFen").longValue());

    JsonObject whole =
        Http.object(
            http.get(
                FINANCE,
                "finance/holder-statements/" + s.holderNo() + "?from=" + past + "&to=" + today));
    JsonObject all = purse(whole, "CARDHOLDER_PURSE");
    assertEquals(0, all.getJsonNumber("openingFen").longValue());
    assertEquals(15_000, all.getJsonNumber("creditsFen").longValue(), "the opening balance");
    assertAddsUp(all);

    HttpResponse<String> csv =
        http.get(
            FINANCE,
            "finance/holder-statements/" + s.holderNo() + ".csv?from=" + today + "&to=" + today,
            "text/csv");
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.body().startsWith("\uFEFF账户,营业日,"), csv.body());
    assertTrue(csv.body().contains("P" + s.holderNo() + "," + today + ",,,期初余额,,,,150.00"));
    assertTrue(
        csv.body().contains("P" + s.holderNo() + "," + today + ",,,期末余额,,0.00,23.50,126.50"));
    assertPdf(FINANCE, "finance/holder-statements/" + s.holderNo() + ".pdf?from=" + today);

    JsonObject usage =
        Http.object(http.get(AUDITOR, "finance/subsidy-usage?from=" + today + "&to=" + today));
    assertTrue(usage.getJsonNumber("grantedFen").longValue() >= 600);
    assertEquals(
        usage.getJsonNumber("closingFen").longValue(),
        usage.getJsonNumber("openingFen").longValue()
            + usage.getJsonNumber("grantedFen").longValue()
            - usage.getJsonNumber("spentFen").longValue()
            - usage.getJsonNumber("expiredFen").longValue()
            - usage.getJsonNumber("cancelledFen").longValue()
            + usage.getJsonNumber("otherFen").longValue());
    JsonObject posted =
        usage.getJsonArray("batches").stream()
            .map(JsonValue::asJsonObject)
            .filter(b -> b.getString("batchNo").equals(batch))
            .findFirst()
            .orElseThrow();
    assertEquals(600, posted.getJsonNumber("totalFen").longValue());
    assertEquals(1, posted.getInt("lines"));
    assertTrue(
        http.get(FINANCE, "finance/subsidy-usage.csv?from=" + today, "text/csv")
            .body()
            .contains(batch + ","));
    assertPdf(FINANCE, "finance/subsidy-usage.pdf?from=" + today);

    HttpResponse<String> trial = http.get(AUDITOR, "finance/trial-balance.csv", "text/csv");
    assertEquals(200, trial.statusCode(), trial.body());
    assertTrue(trial.body().startsWith("\uFEFF科目类型,科目名称,"), trial.body());
    assertTrue(trial.body().contains("\r\nCARDHOLDER_PURSE,持卡人现金钱包,"), trial.body());
    assertTrue(trial.body().contains("\r\n合计,,,"), trial.body());
    assertPdf(AUDITOR, "finance/trial-balance.pdf");
    assertEquals(
        200,
        http.get(ADMIN, "finance/trial-balance", "text/csv").statusCode(),
        "Accept: text/csv on the report's own path");

    HttpResponse<String> suspense = http.get(FINANCE, "finance/suspense-items");
    assertEquals(200, suspense.statusCode(), suspense.body());
    JsonObject items = Http.object(suspense);
    assertEquals(
        items.getJsonNumber("suspenseBalanceFen").longValue(),
        items.getJsonNumber("itemsSuspenseFen").longValue()
            + items.getJsonNumber("unattributedFen").longValue());
    assertTrue(
        http.get(FINANCE, "finance/suspense-items.csv", "text/csv")
            .body()
            .startsWith("\uFEFF凭证号,营业日,类型,跟进原因,"));
    assertPdf(FINANCE, "finance/suspense-items.pdf");
    assertEquals(
        404,
        http.get(FINANCE, "finance/holder-statements/" + LedgerDriver.unique("NOBODY"))
            .statusCode());
    assertEquals(403, http.get(HELPDESK, "finance/subsidy-usage").statusCode());
  }

  // --- helpers --------------------------------------------------------------------------------

  private JsonObject search(String user, String query) throws Exception {
    HttpResponse<String> response = http.get(user, "finance/journal-entries?size=200&" + query);
    assertEquals(200, response.statusCode(), query + ": " + response.body());
    return Http.object(response);
  }

  private static List<JsonObject> entries(JsonObject page) {
    JsonArray entries = page.getJsonArray("entries");
    return entries.stream().map(JsonValue::asJsonObject).toList();
  }

  private static JsonObject purse(JsonObject statement, String type) {
    return statement.getJsonArray("purses").stream()
        .map(JsonValue::asJsonObject)
        .filter(p -> p.getString("type").equals(type))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " in " + statement));
  }

  /** Opening plus every movement is the closing balance, each movement's balance after in step. */
  private static void assertAddsUp(JsonObject purse) {
    long balance = purse.getJsonNumber("openingFen").longValue();
    for (JsonValue v : purse.getJsonArray("movements")) {
      JsonObject m = v.asJsonObject();
      balance += m.getJsonNumber("amountFen").longValue();
      assertEquals(balance, m.getJsonNumber("balanceAfterFen").longValue());
    }
    assertEquals(balance, purse.getJsonNumber("closingFen").longValue());
    assertEquals(
        purse.getJsonNumber("closingFen").longValue(),
        purse.getJsonNumber("openingFen").longValue()
            + purse.getJsonNumber("creditsFen").longValue()
            - purse.getJsonNumber("debitsFen").longValue());
  }

  private long balance(String accountNo) throws Exception {
    HttpResponse<String> account = http.get(FINANCE, "ledger/accounts/" + accountNo);
    assertEquals(200, account.statusCode(), account.body());
    return Http.object(account).getJsonNumber("balanceFen").longValue();
  }

  private void assertPdf(String user, String path) throws Exception {
    HttpResponse<byte[]> pdf = http.bytes(user, path, "application/pdf");
    assertEquals(200, pdf.statusCode(), path);
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII), path);
    assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").contains(".pdf"), path);
  }
}
