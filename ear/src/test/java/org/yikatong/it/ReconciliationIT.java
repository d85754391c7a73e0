package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.ChannelTopUps.itemOf;
import static org.yikatong.it.ChannelTopUps.itemsOf;
import static org.yikatong.it.DemoUsers.APPROVER;
import static org.yikatong.it.DemoUsers.AUDITOR;
import static org.yikatong.it.DemoUsers.CARD_HOLDER_2;
import static org.yikatong.it.DemoUsers.CARD_HOLDER_3;
import static org.yikatong.it.DemoUsers.FINANCE;
import static org.yikatong.it.DemoUsers.FINANCE_PASSWORD;
import static org.yikatong.it.DemoUsers.HELPDESK;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Channel reconciliation over the API, as the finance office works it: card holders top up online
 * and WeChat Pay confirms through its signed callback; WeChat's bill of the day comes with planted
 * differences; finance imports it, looks at a dry run, records the run, proposes a correction per
 * difference, the finance approver approves them, and finance closes the run. Each test sets the
 * server's clock to a business day of its own, so the day's top-ups are the test's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReconciliationIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEarWith(ClockControl.class);
  }

  private final Http http = new Http();
  private final ChannelTopUps topUps = new ChannelTopUps(http);

  @AfterEach
  void clockBack() throws Exception {
    topUps.resetClock();
  }

  @Test
  @DisplayName(
      "a whole run: matched, paid but not credited, missing from the bill, amount mismatch and"
          + " fee; corrected under maker-checker, closed, and then unchangeable")
  void wholeRun() throws Exception {
    LocalDate day = ChannelTopUps.dayOfItsOwn();
    topUps.clockAt(day.atTime(10, 0));
    String merchant = ChannelTopUps.merchantNo();

    // The ledger's side: three paid top-ups and one paid at WeChat whose callback never came.
    String matched = topUps.order(CARD_HOLDER_2, 5000);
    String matchedTxn = ChannelTopUps.transactionId();
    topUps.pay(matched, matchedTxn, 5000);
    String notCredited = topUps.order(CARD_HOLDER_3, 2000);
    String notInBill = topUps.order(CARD_HOLDER_2, 3000);
    topUps.pay(notInBill, ChannelTopUps.transactionId(), 3000);
    String mismatch = topUps.order(CARD_HOLDER_3, 4000);
    String mismatchTxn = ChannelTopUps.transactionId();
    topUps.pay(mismatch, mismatchTxn, 4000);
    long purse2 = topUps.balance("P" + CARD_HOLDER_2);
    long purse3 = topUps.balance("P" + CARD_HOLDER_3);

    // WeChat's side: the matched one with WeChat's charge of 0.30, the one never credited, the
    // mismatch for 1.00 less; the top-up of 30.00 is not in the bill.
    WechatBill bill =
        new WechatBill(merchant)
            .payment(day.atTime(10, 0, 5), matchedTxn, matched, 5000, 30)
            .payment(day.atTime(10, 0, 10), ChannelTopUps.transactionId(), notCredited, 2000, 0)
            .payment(day.atTime(10, 0, 20), mismatchTxn, mismatch, 3900, 0);

    HttpResponse<String> imported = importBill(bill);
    assertEquals(201, imported.statusCode(), imported.body());
    JsonObject file = Http.object(imported);
    long fileId = file.getJsonNumber("id").longValue();
    assertEquals("WECHAT", file.getString("channel"));
    assertEquals(merchant, file.getString("account"));
    assertEquals(day.toString(), file.getString("day"));
    assertEquals(3, file.getInt("lineCount"));
    assertEquals(10900, file.getJsonNumber("paymentsFen").longValue());
    assertEquals(FINANCE, file.getString("importedBy"));

    HttpResponse<String> again = importBill(bill);
    assertEquals(409, again.statusCode(), again.body());
    assertTrue(Http.object(again).getString("detail").contains("imported already"), again.body());

    // A dry run shows the outcome and records nothing.
    Set<Long> runsBefore = runIds();
    HttpResponse<String> dry =
        http.post(FINANCE, "reconciliation/dry-runs", "{\"statementIds\":[" + fileId + "]}");
    assertEquals(200, dry.statusCode(), dry.body());
    JsonObject preview = Http.object(dry);
    assertTrue(preview.getJsonObject("run").getBoolean("dryRun"));
    assertFalse(preview.getJsonObject("run").containsKey("id"), preview.toString());
    assertEquals("MATCHED", itemOf(preview, matched).getString("outcome"));
    assertEquals(runsBefore, runIds(), "a dry run records nothing");
    HttpResponse<String> auditorLooks =
        http.post(AUDITOR, "reconciliation/dry-runs", "{\"statementIds\":[" + fileId + "]}");
    assertEquals(200, auditorLooks.statusCode(), "an auditor may look: " + auditorLooks.body());

    // The recorded run: every kind of difference, each an item.
    HttpResponse<String> recorded =
        http.post(FINANCE, "reconciliation/runs", "{\"statementIds\":[" + fileId + "]}");
    assertEquals(201, recorded.statusCode(), recorded.body());
    JsonObject run = Http.object(recorded);
    long runId = run.getJsonObject("run").getJsonNumber("id").longValue();
    assertEquals("OPEN", run.getJsonObject("run").getString("status"));

    JsonObject ok = itemOf(run, matched);
    assertEquals("MATCHED", ok.getString("outcome"));
    assertEquals("REFERENCE", ok.getString("matchedBy"));
    assertTrue(ok.getBoolean("resolved"));

    JsonObject unpaid = itemOf(run, notCredited);
    assertEquals("MISSING_IN_LEDGER", unpaid.getString("outcome"));
    assertEquals(2000, unpaid.getJsonNumber("differenceFen").longValue());
    assertEquals("P" + CARD_HOLDER_3, unpaid.getString("purseAccountNo"), "named by the order");

    JsonObject lacking = itemOf(run, notInBill);
    assertEquals("MISSING_IN_CHANNEL", lacking.getString("outcome"));
    assertEquals(-3000, lacking.getJsonNumber("differenceFen").longValue());
    assertEquals("P" + CARD_HOLDER_2, lacking.getString("purseAccountNo"));

    JsonObject short100 = itemOf(run, mismatch);
    assertEquals("AMOUNT_MISMATCH", short100.getString("outcome"));
    assertEquals(-100, short100.getJsonNumber("differenceFen").longValue());

    List<JsonObject> fees = itemsOf(run, "FEE");
    assertEquals(1, fees.size(), run.toString());
    JsonObject fee = fees.get(0);
    assertEquals(-30, fee.getJsonNumber("differenceFen").longValue());

    // Nothing else of the day is open but what the test planted.
    List<Integer> planted =
        List.of(
            unpaid.getInt("itemNo"),
            lacking.getInt("itemNo"),
            short100.getInt("itemNo"),
            fee.getInt("itemNo"));
    explainOthers(runId, run, planted);

    HttpResponse<String> tooEarly = http.post(FINANCE, runPath(runId) + "/close", null);
    assertEquals(409, tooEarly.statusCode(), tooEarly.body());

    // Finance proposes; a correction that does not fit the item is refused.
    HttpResponse<String> misfit = propose(runId, fee.getInt("itemNo"), "CREDIT_CARD");
    assertEquals(400, misfit.statusCode(), misfit.body());
    long credit = adjustmentOf(propose(runId, unpaid.getInt("itemNo"), "CREDIT_CARD"));
    long reverse = adjustmentOf(propose(runId, lacking.getInt("itemNo"), "REVERSE_TOP_UP"));
    long shortfall = adjustmentOf(propose(runId, short100.getInt("itemNo"), "REVERSE_TOP_UP"));
    long feeBooked = adjustmentOf(propose(runId, fee.getInt("itemNo"), "BOOK_FEE"));
    HttpResponse<String> twice = propose(runId, fee.getInt("itemNo"), "MOVE_TO_SUSPENSE");
    assertEquals(409, twice.statusCode(), "one proposal waits: " + twice.body());
    assertEquals(purse3, topUps.balance("P" + CARD_HOLDER_3), "nothing posts before approval");

    // The maker cannot approve; a helpdesk user cannot either.
    assertEquals(
        403,
        http.post(FINANCE, itemPath(runId, unpaid.getInt("itemNo")) + "/approve", null)
            .statusCode());
    assertEquals(
        403,
        http.post(HELPDESK, itemPath(runId, unpaid.getInt("itemNo")) + "/approve", null)
            .statusCode());

    // The approver approves: through the run, and one through the ledger's own approval.
    approve(runId, unpaid.getInt("itemNo"));
    HttpResponse<String> viaLedger =
        http.post(APPROVER, "ledger/adjustments/" + reverse + "/approve", null);
    assertEquals(200, viaLedger.statusCode(), viaLedger.body());
    approve(runId, short100.getInt("itemNo"));
    approve(runId, fee.getInt("itemNo"));

    assertEquals(purse3 + 2000 - 100, topUps.balance("P" + CARD_HOLDER_3));
    assertEquals(purse2 - 3000, topUps.balance("P" + CARD_HOLDER_2));
    JsonObject adjusted = Http.object(http.get(FINANCE, runPath(runId)));
    for (long id : List.of(credit, reverse, shortfall, feeBooked)) {
      JsonObject item =
          adjusted.getJsonArray("items").stream()
              .map(JsonValue::asJsonObject)
              .filter(i -> i.containsKey("adjustmentId"))
              .filter(i -> i.getJsonNumber("adjustmentId").longValue() == id)
              .findFirst()
              .orElseThrow();
      assertEquals("APPROVED", item.getString("adjustmentStatus"));
      assertTrue(item.getBoolean("resolved"), item.toString());
    }
    assertTrue(adjusted.getJsonObject("run").getBoolean("readyToClose"), adjusted.toString());
    JsonObject inLedger =
        Http.array(http.get(FINANCE, "ledger/adjustments?status=APPROVED")).stream()
            .map(JsonValue::asJsonObject)
            .filter(a -> a.getJsonNumber("id").longValue() == credit)
            .findFirst()
            .orElseThrow();
    assertEquals(FINANCE, inLedger.getString("madeBy"));
    assertEquals(APPROVER, inLedger.getString("checkedBy"));
    assertEquals("P" + CARD_HOLDER_3, inLedger.getString("accountNo"));
    assertEquals("SYS-CLEARING_WECHAT", inLedger.getString("counterAccountNo"));
    assertEquals(2000, inLedger.getJsonNumber("amountFen").longValue());

    // Finance closes; a closed run refuses every change.
    HttpResponse<String> closed = http.post(FINANCE, runPath(runId) + "/close", null);
    assertEquals(200, closed.statusCode(), closed.body());
    assertEquals("CLOSED", Http.object(closed).getString("status"));
    assertEquals(FINANCE, Http.object(closed).getString("closedBy"));
    HttpResponse<String> unchangeable =
        http.post(
            FINANCE, itemPath(runId, ok.getInt("itemNo")) + "/explain", "{\"note\":\"再看一遍\"}");
    assertEquals(409, unchangeable.statusCode(), unchangeable.body());
    assertTrue(
        Http.object(unchangeable).getString("detail").contains("is closed"), unchangeable.body());
    assertEquals(409, propose(runId, fee.getInt("itemNo"), "MOVE_TO_SUSPENSE").statusCode());
    assertEquals(409, http.post(FINANCE, runPath(runId) + "/close", null).statusCode());

    // The day of that account is reconciled: another statement of it is refused.
    WechatBill late =
        new WechatBill(merchant)
            .payment(day.atTime(11, 0), ChannelTopUps.transactionId(), "TU-LATE", 100, 0);
    HttpResponse<String> refused = importBill(late);
    assertEquals(409, refused.statusCode(), refused.body());
    assertTrue(Http.object(refused).getString("detail").contains("reconciled"), refused.body());

    // The run item by item as CSV, for the spreadsheet.
    HttpResponse<byte[]> csv = http.bytes(AUDITOR, runPath(runId) + "/items.csv", "text/csv");
    assertEquals(200, csv.statusCode());
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF序号,结果"), text);
    assertTrue(text.contains(",MISSING_IN_LEDGER,"), text);
    assertTrue(text.contains(",-1.00,"), "amounts in yuan: " + text);
  }

  @Test
  @DisplayName(
      "an ambiguous match by amount and time is suggested, and a person confirms it; a file that"
          + " cannot be read is refused whole")
  void suggestionConfirmed() throws Exception {
    LocalDate day = ChannelTopUps.dayOfItsOwn();
    topUps.clockAt(day.atTime(15, 0));
    // Two paid top-ups of 10.00 within minutes; the bill's line names an order we never had.
    String first = topUps.order(CARD_HOLDER_2, 1000);
    topUps.pay(first, ChannelTopUps.transactionId(), 1000);
    String second = topUps.order(CARD_HOLDER_3, 1000);
    topUps.pay(second, ChannelTopUps.transactionId(), 1000);
    WechatBill bill =
        new WechatBill(ChannelTopUps.merchantNo())
            .payment(day.atTime(15, 0, 30), ChannelTopUps.transactionId(), "TU-UNKNOWN", 1000, 0);

    HttpResponse<String> broken =
        http.send(
            "POST",
            Http.api("reconciliation/statements?format=WECHAT_BILL"),
            FINANCE,
            FINANCE_PASSWORD,
            "text/csv",
            bill.text().replace("`10.00", "`ten"));
    assertEquals(400, broken.statusCode(), broken.body());
    JsonArray errors = Http.object(broken).getJsonArray("errors");
    assertEquals(1, errors.size(), broken.body());
    assertTrue(errors.getString(0).startsWith("Line "), broken.body());

    HttpResponse<String> imported = importBill(bill);
    assertEquals(201, imported.statusCode(), imported.body());
    long fileId = Http.object(imported).getJsonNumber("id").longValue();
    HttpResponse<String> recorded =
        http.post(FINANCE, "reconciliation/runs", "{\"statementIds\":[" + fileId + "]}");
    assertEquals(201, recorded.statusCode(), recorded.body());
    JsonObject run = Http.object(recorded);
    long runId = run.getJsonObject("run").getJsonNumber("id").longValue();

    JsonObject line = itemOf(run, "TU-UNKNOWN");
    assertEquals("MISSING_IN_LEDGER", line.getString("outcome"));
    List<Integer> suggestions =
        line.getJsonArray("suggestions").stream()
            .map(v -> ((jakarta.json.JsonNumber) v).intValue())
            .toList();
    int firstItem = itemOf(run, first).getInt("itemNo");
    int secondItem = itemOf(run, second).getInt("itemNo");
    assertEquals(Set.of(firstItem, secondItem), Set.copyOf(suggestions), line.toString());

    HttpResponse<String> confirmed =
        http.post(
            FINANCE,
            itemPath(runId, line.getInt("itemNo")) + "/confirm",
            "{\"movementItemNo\":" + secondItem + "}");
    assertEquals(200, confirmed.statusCode(), confirmed.body());
    JsonObject item = Http.object(confirmed);
    assertEquals("MATCHED", item.getString("outcome"));
    assertEquals("CONFIRMED", item.getString("matchedBy"));
    assertEquals(second, item.getString("orderNo"));
    assertTrue(item.getBoolean("resolved"));

    JsonObject after = Http.object(http.get(FINANCE, runPath(runId)));
    // The ledger's movement, paired into the statement line's item, stays as an item of its own.
    JsonObject paired =
        after.getJsonArray("items").stream()
            .map(jakarta.json.JsonValue::asJsonObject)
            .filter(i -> "PAIRED".equals(i.getString("state", null)))
            .filter(i -> second.equals(i.getString("orderNo", null)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the paired movement: " + after));
    assertEquals(line.getInt("itemNo"), paired.getInt("pairedWith"));
    JsonObject other = itemOf(after, first);
    assertEquals("MISSING_IN_CHANNEL", other.getString("outcome"));
    assertFalse(other.getBoolean("resolved"));
    assertNull(other.get("pairedWith"));

    HttpResponse<String> explained =
        http.post(
            FINANCE,
            itemPath(runId, other.getInt("itemNo")) + "/explain",
            "{\"note\":\"微信次日账单补录，已与微信客服核实\"}");
    assertEquals(200, explained.statusCode(), explained.body());
    explainOthers(
        runId,
        Http.object(http.get(FINANCE, runPath(runId))),
        List.of(line.getInt("itemNo"), other.getInt("itemNo")));
    HttpResponse<String> closed = http.post(FINANCE, runPath(runId) + "/close", null);
    assertEquals(200, closed.statusCode(), closed.body());
  }

  private HttpResponse<String> importBill(WechatBill bill) throws Exception {
    return http.send(
        "POST",
        Http.api("reconciliation/statements?format=WECHAT_BILL&fileName=wechat-bill.csv"),
        FINANCE,
        FINANCE_PASSWORD,
        "text/csv",
        bill.text());
  }

  private Set<Long> runIds() throws Exception {
    HttpResponse<String> runs = http.get(FINANCE, "reconciliation/runs?channel=WECHAT");
    assertEquals(200, runs.statusCode(), runs.body());
    return Http.array(runs).stream()
        .map(r -> r.asJsonObject().getJsonNumber("id").longValue())
        .collect(Collectors.toSet());
  }

  private HttpResponse<String> propose(long runId, int itemNo, String correction) throws Exception {
    return http.post(
        FINANCE,
        itemPath(runId, itemNo) + "/corrections",
        "{\"correction\":\"" + correction + "\",\"reason\":\"对账差异\"}");
  }

  private static long adjustmentOf(HttpResponse<String> proposed) {
    assertEquals(200, proposed.statusCode(), proposed.body());
    JsonObject item = Http.object(proposed);
    assertEquals("PROPOSED", item.getString("adjustmentStatus"));
    assertTrue(item.getBoolean("awaitingApproval"));
    assertEquals(FINANCE, item.getString("adjustmentMadeBy"));
    return item.getJsonNumber("adjustmentId").longValue();
  }

  private void approve(long runId, int itemNo) throws Exception {
    HttpResponse<String> approved = http.post(APPROVER, itemPath(runId, itemNo) + "/approve", null);
    assertEquals(200, approved.statusCode(), approved.body());
    assertEquals("APPROVED", Http.object(approved).getString("adjustmentStatus"));
  }

  /**
   * Explains any open item but those named: a top-up another test paid on the same day, should two
   * tests ever draw the same one.
   */
  private void explainOthers(long runId, JsonObject run, List<Integer> planted) throws Exception {
    for (JsonValue v : run.getJsonArray("items")) {
      JsonObject i = v.asJsonObject();
      if (!i.getBoolean("resolved") && !planted.contains(i.getInt("itemNo"))) {
        HttpResponse<String> explained =
            http.post(
                FINANCE,
                itemPath(runId, i.getInt("itemNo")) + "/explain",
                "{\"note\":\"another test's top-up of the same day\"}");
        assertEquals(200, explained.statusCode(), explained.body());
      }
    }
  }

  private static String runPath(long runId) {
    return "reconciliation/runs/" + runId;
  }

  private static String itemPath(long runId, int itemNo) {
    return runPath(runId) + "/items/" + itemNo;
  }
}
