package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.APPROVER;
import static org.yikatong.it.DemoUsers.AUDITOR;
import static org.yikatong.it.DemoUsers.CARD_HOLDER;
import static org.yikatong.it.DemoUsers.CARD_HOLDER_2;
import static org.yikatong.it.DemoUsers.CARD_HOLDER_3;
import static org.yikatong.it.DemoUsers.CARD_HOLDER_CARD;
import static org.yikatong.it.DemoUsers.FINANCE;
import static org.yikatong.it.DemoUsers.FINANCE_PASSWORD;
import static org.yikatong.it.DemoUsers.HELPDESK;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yikatong.it.LedgerDriver.Holder;
import org.yikatong.ledger.domain.ChannelSignature;
import org.yikatong.ledger.domain.PaymentChannel;

/**
 * The ledger's REST API as its users call it (finance, approver, auditor, card holders, payment
 * channels), over HTTP with the demo logins; and the journal export checked by the real hledger.
 * Runs inside the server only to make terminal payments, for which there is no HTTP API.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerApiIT {

  private static final String WECHAT_SECRET = "local-wechat-callback-secret";

  @Deployment
  static EnterpriseArchive ear() {
    return Deployments.builtEarWith(
        LedgerApiIT.class, AsAdministrator.class, LedgerDriver.class, Http.class, DemoUsers.class);
  }

  @Inject LedgerDriver ledger;
  private final Http http = new Http();

  @Test
  @DisplayName(
      "online top-up: bad signature 400 and nothing changes; paid once; repeats answer alike")
  void onlineTopUp() throws Exception {
    String holder = CARD_HOLDER_2;
    long before = ledger.balance("P" + holder);
    HttpResponse<String> created =
        http.post(holder, "me/top-up-orders", "{\"channel\":\"WECHAT\",\"amountFen\":5000}");
    assertEquals(201, created.statusCode(), created.body());
    String orderNo = Http.object(created).getString("orderNo");

    HttpResponse<String> forged = callback(orderNo, "WX" + orderNo, 5000, "00" + "ab".repeat(31));
    assertEquals(400, forged.statusCode(), forged.body());
    assertTrue(forged.body().contains("Bad signature"), forged.body());
    assertEquals(before, ledger.balance("P" + holder));

    String sig =
        ChannelSignature.sign(WECHAT_SECRET, PaymentChannel.WECHAT, orderNo, "WX" + orderNo, 4000);
    HttpResponse<String> wrongAmount = callback(orderNo, "WX" + orderNo, 4000, sig);
    assertEquals(400, wrongAmount.statusCode(), wrongAmount.body());

    String good =
        ChannelSignature.sign(WECHAT_SECRET, PaymentChannel.WECHAT, orderNo, "WX" + orderNo, 5000);
    HttpResponse<String> paid = callback(orderNo, "WX" + orderNo, 5000, good);
    HttpResponse<String> repeat = callback(orderNo, "WX" + orderNo, 5000, good);
    assertEquals(200, paid.statusCode(), paid.body());
    assertEquals("PAID", Http.object(paid).getString("status"));
    assertEquals(200, repeat.statusCode(), repeat.body());
    assertEquals(before + 5000, ledger.balance("P" + holder));

    String other =
        ChannelSignature.sign(WECHAT_SECRET, PaymentChannel.WECHAT, orderNo, "WX2" + orderNo, 5000);
    assertEquals(409, callback(orderNo, "WX2" + orderNo, 5000, other).statusCode());
    assertEquals(before + 5000, ledger.balance("P" + holder));

    HttpResponse<String> mine = http.get(holder, "me/top-up-orders/" + orderNo);
    assertEquals(200, mine.statusCode());
    HttpResponse<String> notMine = http.get(CARD_HOLDER_3, "me/top-up-orders/" + orderNo);
    assertEquals(404, notMine.statusCode(), "another holder's order is not there for them");
  }

  private HttpResponse<String> callback(String orderNo, String txn, long fen, String signature)
      throws Exception {
    return http.post(
        null,
        "channels/wechat/callbacks",
        "{\"orderNo\":\""
            + orderNo
            + "\",\"channelTxnNo\":\""
            + txn
            + "\",\"amountFen\":"
            + fen
            + ",\"signature\":\""
            + signature
            + "\"}");
  }

  @Test
  @DisplayName("a subsidy file with bad lines is refused whole, naming each line")
  void subsidyFileErrors() throws Exception {
    String batch = LedgerDriver.unique("API");
    HttpResponse<String> refused =
        http.send(
            "POST",
            Http.api("ledger/subsidy-batches/" + batch),
            FINANCE,
            FINANCE_PASSWORD,
            "text/csv",
            "holder_no,amount\n20260001,12.345\nNOBODY,5\n20260002,8\n");
    assertEquals(400, refused.statusCode(), refused.body());
    JsonArray errors = Http.object(refused).getJsonArray("errors");
    assertEquals("line 2: bad amount '12.345'", errors.getString(0));
    assertEquals("line 3: no card holder NOBODY", errors.getString(1));
    assertEquals(
        404,
        http.get(FINANCE, "ledger/subsidy-batches/" + batch).statusCode(),
        "nothing was stored");
  }

  @Test
  @DisplayName("maker-checker: the maker cannot approve; another approver posts it")
  void adjustments() throws Exception {
    long before = ledger.balance("P" + CARD_HOLDER_3);
    String body = "{\"accountNo\":\"P20260003\",\"amountFen\":100,\"reason\":\"补录一笔现金充值\"}";
    HttpResponse<String> byFinance = http.post(FINANCE, "ledger/adjustments", body);
    assertEquals(201, byFinance.statusCode(), byFinance.body());
    long id = Http.object(byFinance).getJsonNumber("id").longValue();
    assertEquals(
        403,
        http.post(FINANCE, "ledger/adjustments/" + id + "/approve", null).statusCode(),
        "finance cannot approve");
    assertEquals(before, ledger.balance("P" + CARD_HOLDER_3), "nothing posted while proposed");

    HttpResponse<String> byApprover = http.post(APPROVER, "ledger/adjustments", body);
    long own = Http.object(byApprover).getJsonNumber("id").longValue();
    HttpResponse<String> selfApproval =
        http.post(APPROVER, "ledger/adjustments/" + own + "/approve", null);
    assertEquals(409, selfApproval.statusCode(), selfApproval.body());

    HttpResponse<String> approved =
        http.post(APPROVER, "ledger/adjustments/" + id + "/approve", null);
    assertEquals(200, approved.statusCode(), approved.body());
    assertEquals("APPROVED", Http.object(approved).getString("status"));
    assertEquals(before + 100, ledger.balance("P" + CARD_HOLDER_3));
    assertEquals(
        409,
        http.post(APPROVER, "ledger/adjustments/" + id + "/approve", null).statusCode(),
        "approved once");
    http.post(FINANCE, "ledger/adjustments/" + own + "/reject", null);
  }

  @Test
  @DisplayName(
      "a double tap: the card holder disputes it, finance upholds, the payment is refunded")
  void doubleTapDispute() throws Exception {
    Holder demo = new Holder(CARD_HOLDER, CARD_HOLDER_CARD);
    long fen = 600 + (System.nanoTime() % 100);
    ledger.pay(LedgerDriver.CANTEEN2_POS, demo, fen);
    assertTrue(ledger.pay(LedgerDriver.CANTEEN2_POS, demo, fen).doubleTapSuspected());
    long purse = ledger.purse(demo) + ledger.subsidy(demo);

    HttpResponse<String> taps = http.get(demo.holderNo(), "me/double-taps");
    assertEquals(200, taps.statusCode(), taps.body());
    JsonObject tap = Http.array(taps).getJsonObject(0);
    assertEquals("SUSPECTED", tap.getString("status"));
    assertEquals(fen, tap.getJsonNumber("amountFen").longValue());
    long id = tap.getJsonNumber("id").longValue();
    assertEquals(
        404,
        http.post(CARD_HOLDER_2, "me/double-taps/" + id + "/dispute", null).statusCode(),
        "not another holder's");
    assertEquals(
        200, http.post(demo.holderNo(), "me/double-taps/" + id + "/dispute", null).statusCode());
    long disputed = tap.getJsonNumber("entryId").longValue();
    assertTrue(
        Http.json(http.get(demo.holderNo(), "tickets")).asJsonArray().stream()
            .map(t -> t.asJsonObject())
            .anyMatch(
                t ->
                    t.containsKey("journalEntryId")
                        && t.getJsonNumber("journalEntryId").longValue() == disputed),
        "the dispute is a ticket the card holder can follow");
    HttpResponse<String> upheld = http.post(FINANCE, "ledger/double-taps/" + id + "/uphold", null);
    assertEquals(200, upheld.statusCode(), upheld.body());
    assertEquals("REFUNDED", Http.object(upheld).getString("status"));
    assertEquals(purse + fen, ledger.purse(demo) + ledger.subsidy(demo));
  }

  @Test
  @DisplayName("helpdesk registers a holder and issues a card; finance freezes the account")
  void holderCardAndFreeze() throws Exception {
    String holderNo = LedgerDriver.unique("A");
    String serial = LedgerDriver.unique("C");
    String holder =
        "{\"holderNo\":\""
            + holderNo
            + "\",\"fullName\":\"赵老师\",\"type\":\"STAFF\",\"department\":\"后勤集团\","
            + "\"group\":\"STAFF\"}";
    HttpResponse<String> registered = http.post(HELPDESK, "card-holders", holder);
    assertEquals(201, registered.statusCode(), registered.body());
    assertEquals(
        409,
        http.post(HELPDESK, "card-holders", holder).statusCode(),
        "the holder number is taken");

    String card =
        "{\"holderNo\":\""
            + holderNo
            + "\",\"cardSerialNo\":\""
            + serial
            + "\",\"expiresOn\":\"2030-08-31\",\"depositFen\":2000,\"pin\":\"123456\"}";
    assertEquals(
        400,
        http.post(HELPDESK, "cards", card.replace("2000", "-1")).statusCode(),
        "a negative deposit");
    HttpResponse<String> issued = http.post(HELPDESK, "cards", card);
    assertEquals(201, issued.statusCode(), issued.body());
    assertEquals(2000, Http.object(issued).getJsonNumber("depositFen").longValue());
    Holder h = new Holder(holderNo, serial);
    assertTrue(
        ledger
            .send(
                org.yikatong.ledger.application.PaymentRequest.cashTopUp(
                    LedgerDriver.KIOSK, LedgerDriver.rrn(), serial, 3_000))
            .approved());

    HttpResponse<String> frozen =
        http.post(FINANCE, "ledger/accounts/P" + holderNo + "/freeze", null);
    assertEquals("FROZEN", Http.object(frozen).getString("status"), frozen.body());
    assertEquals(
        org.yikatong.kernel.domain.DeclineReason.ACCOUNT_FROZEN,
        ledger.pay(LedgerDriver.CANTEEN_POS, h, 100).declineReason());
    http.post(FINANCE, "ledger/accounts/P" + holderNo + "/unfreeze", null);
    assertTrue(ledger.pay(LedgerDriver.CANTEEN_POS, h, 100).approved());

    long lastChange =
        ((Number)
                ledger
                    .em
                    .createNativeQuery("select coalesce(max(id), 0) from card_list_change")
                    .getSingleResult())
            .longValue();
    HttpResponse<String> lost = http.post(HELPDESK, "cards/" + serial + "/loss", null);
    assertEquals("LOST", Http.object(lost).getString("status"));
    JsonArray changes =
        Http.array(http.get(HELPDESK, "cards/blacklist-changes?after=" + lastChange));
    assertTrue(
        changes.stream()
            .map(JsonObject.class::cast)
            .anyMatch(
                c -> c.getString("serialNo").equals(serial) && c.getString("action").equals("ADD")),
        changes.toString());

    JsonObject details = Http.object(http.get(HELPDESK, "card-holders/" + holderNo));
    assertEquals(2_900, details.getJsonNumber("purseFen").longValue());
    assertEquals("LOST", details.getJsonArray("cards").getJsonObject(0).getString("status"));
  }

  @Test
  @DisplayName("a card holder reaches only their own card: another's loss and limits answer 404")
  void holderReachesOnlyOwnCard() throws Exception {
    String holderNo = LedgerDriver.unique("B");
    String serial = LedgerDriver.unique("D");
    assertEquals(
        201,
        http.post(
                HELPDESK,
                "card-holders",
                "{\"holderNo\":\""
                    + holderNo
                    + "\",\"fullName\":\"钱同学\",\"type\":\"STUDENT\",\"department\":\"数学系\","
                    + "\"group\":\"STUDENT\",\"cardSerialNo\":\""
                    + serial
                    + "\",\"cardExpiresOn\":\"2030-08-31\"}")
            .statusCode());
    JsonObject before = Http.object(http.get(HELPDESK, "cards/" + serial));

    HttpResponse<String> loss = http.post(CARD_HOLDER, "cards/" + serial + "/loss", null);
    assertEquals(404, loss.statusCode(), loss.body());
    HttpResponse<String> limits =
        http.put(
            CARD_HOLDER,
            "cards/" + serial + "/limits",
            "{\"noPinLimitFen\":50000,\"dailyLimitFen\":500000}");
    assertEquals(404, limits.statusCode(), limits.body());

    JsonObject after = Http.object(http.get(HELPDESK, "cards/" + serial));
    assertEquals(before, after, "the other holder's card is as it was");
    assertEquals("ACTIVE", after.getString("status"));
  }

  @Test
  @DisplayName("roles: a card holder sees only self-service; auditors read the self-check")
  void roles() throws Exception {
    assertEquals(403, http.get(CARD_HOLDER, "ledger/trial-balance").statusCode());
    assertEquals(401, http.anonymous("ledger/trial-balance").statusCode());
    HttpResponse<String> check = http.get(AUDITOR, "ledger/self-check");
    assertEquals(200, check.statusCode(), check.body());
    assertEquals(0, Http.object(check).getJsonNumber("postingsTotalFen").longValue());
    HttpResponse<String> trial = http.get(FINANCE, "ledger/trial-balance");
    assertEquals(0, Http.object(trial).getJsonNumber("totalFen").longValue());
    HttpResponse<String> openapi = http.get(URI.create("http://127.0.0.1:8080/openapi"));
    assertEquals(200, openapi.statusCode());
    assertTrue(openapi.body().contains("/v1/ledger/refunds"), "the API document lists the ledger");
  }

  @Test
  @DisplayName(
      "hledger reads the exported journal and finds every account's balance the ledger has")
  void hledgerAgrees() throws Exception {
    HttpResponse<String> export = http.get(FINANCE, "ledger/journal?from=1900-01-01", "text/plain");
    assertEquals(200, export.statusCode());
    Path file = Files.createTempFile("yikatong-", ".journal");
    Files.writeString(file, export.body(), StandardCharsets.UTF_8);
    Process hledger =
        new ProcessBuilder("hledger", "-f", file.toString(), "balance", "--flat", "-O", "csv")
            .redirectErrorStream(true)
            .start();
    String out = new String(hledger.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(hledger.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, hledger.exitValue(), out);

    Map<String, Long> hledgerFen = new HashMap<>();
    for (String line : out.lines().skip(1).toList()) {
      List<String> cells = List.of(line.replace("\"", "").split(",", 2));
      String amount = cells.get(1).replace(" CNY", "").strip();
      hledgerFen.put(cells.get(0), new BigDecimal(amount).movePointRight(2).longValueExact());
    }
    assertEquals(0L, hledgerFen.get("total"), out);
    @SuppressWarnings("unchecked")
    List<Object[]> accounts =
        ledger
            .em
            .createNativeQuery("select account_type, account_no, balance_fen from account")
            .getResultList();
    int compared = 0;
    for (Object[] a : accounts) {
      String name =
          org.yikatong.ledger.domain.AccountType.valueOf((String) a[0]).ledgerName() + ":" + a[1];
      long balance = ((Number) a[2]).longValue();
      assertEquals(-balance, hledgerFen.getOrDefault(name, 0L), name);
      compared++;
    }
    assertTrue(compared > 100, "compared " + compared + " accounts");
    Files.delete(file);
  }
}
