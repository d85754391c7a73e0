package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.ChannelTopUps.itemOf;
import static org.yikatong.it.DemoUsers.CARD_HOLDER_2;
import static org.yikatong.it.DemoUsers.CARD_HOLDER_3;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;

/**
 * Channel reconciliation in Chromium, in Chinese, by two people: finance uploads WeChat Pay's bill
 * of the day (a bill with a top-up WeChat was paid for but the card never got), looks at the dry
 * run, records the run and proposes to credit the card; the finance approver approves it; finance
 * closes the run. Checked through the API after each step. The server's clock is set to a business
 * day of the test's own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReconciliationBrowserIT {

  private static Browser browser;
  private final Http http = new Http();
  private final ChannelTopUps topUps = new ChannelTopUps(http);

  @RegisterExtension
  static final TestWatcher SCREENSHOT_ON_FAILURE =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          if (browser != null) {
            browser.snapshot("failed-" + context.getRequiredTestMethod().getName());
          }
        }
      };

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEarWith(ClockControl.class);
  }

  @BeforeAll
  static void startBrowser() {
    browser = Browser.chinese();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @AfterEach
  void clockBack() throws Exception {
    topUps.resetClock();
  }

  @Test
  @DisplayName(
      "a bill with a top-up paid but never credited: uploaded, dry run, recorded, corrected by"
          + " finance, approved by the approver, closed")
  void reconciledByTwo() throws Exception {
    LocalDate day = ChannelTopUps.dayOfItsOwn();
    topUps.clockAt(day.atTime(9, 0));
    String merchant = ChannelTopUps.merchantNo();
    String paid = topUps.order(CARD_HOLDER_2, 5000);
    String paidTxn = ChannelTopUps.transactionId();
    topUps.pay(paid, paidTxn, 5000);
    String notCredited = topUps.order(CARD_HOLDER_3, 2000);
    long purseBefore = topUps.balance("P" + CARD_HOLDER_3);
    Path bill = Files.createTempFile("wechat-bill-" + day, ".csv");
    Files.write(
        bill,
        new WechatBill(merchant)
            .payment(day.atTime(9, 0, 5), paidTxn, paid, 5000, 0)
            .payment(day.atTime(9, 0, 9), ChannelTopUps.transactionId(), notCredited, 2000, 0)
            .bytes());

    // Finance: nothing chosen is refused beside the field; the bill is imported and dry run.
    browser.forgetSession().desk().open("finance/reconciliation.xhtml");
    browser.login(DemoUsers.FINANCE, DemoUsers.FINANCE_PASSWORD);
    assertEquals("/yikatong/finance/reconciliation.xhtml", browser.path());
    browser.click(By.id("upload:importPreview"));
    browser.waitForText(By.cssSelector("#upload\\:formatMessage .ui-message-error-detail"), "必填。");
    assertTrue(statementsOf(merchant).isEmpty(), "nothing imported");

    browser.choose("upload:format", "微信支付交易账单");
    browser.upload(By.cssSelector("#upload input[type='file']"), bill);
    browser.click(By.id("upload:importPreview"));
    browser.waitForText(By.id("previewForm:matched"), "1");
    assertEquals("1", browser.text(By.id("previewForm:missingInLedger")));
    assertEquals("0", browser.text(By.id("previewForm:missingInChannel")));
    browser.screenshot("finance-reconciliation");
    List<JsonObject> files = statementsOf(merchant);
    assertEquals(1, files.size(), files.toString());
    long fileId = files.get(0).getJsonNumber("id").longValue();
    assertEquals(2, files.get(0).getInt("lineCount"));
    assertFalse(
        runsOf(fileId), "the dry run recorded nothing: the file is in no run (" + fileId + ")");

    // The chosen file is recorded as a run, which opens.
    browser.click(By.id("files:record"));
    browser.click(By.cssSelector(".ui-confirmdialog-yes"));
    browser.waitForPath("/yikatong/finance/run.xhtml");
    Matcher idInUrl = Pattern.compile("id=(\\d+)").matcher(browser.url().getQuery());
    assertTrue(idInUrl.find(), browser.url().toString());
    long runId = Long.parseLong(idInUrl.group(1));
    browser.waitForText(By.id("runForm:status"), "处理中");
    JsonObject run = Http.object(http.get(DemoUsers.FINANCE, "reconciliation/runs/" + runId));
    JsonObject missing = itemOf(run, notCredited);
    assertEquals("MISSING_IN_LEDGER", missing.getString("outcome"));
    int row = missing.getInt("itemNo") - 1;
    assertTrue(browser.waitFor(By.id("runForm:close")).getAttribute("class").contains("disabled"));

    // Finance proposes to credit the card; nothing posts yet.
    browser.click(By.id("items:table:" + row + ":correct"));
    browser.waitFor(By.id("correct:propose"));
    browser.type(By.id("correct:reason"), "微信已收款，回调未到");
    browser.click(By.id("correct:propose"));
    browser.waitForText(By.id("items:table:" + row + ":adjustmentStatus"), "待审批");
    JsonObject proposed = itemNo(runId, missing.getInt("itemNo"));
    assertEquals("CREDIT_CARD", proposed.getString("correction"));
    assertEquals("PROPOSED", proposed.getString("adjustmentStatus"));
    assertEquals(DemoUsers.FINANCE, proposed.getString("adjustmentMadeBy"));
    assertEquals(purseBefore, topUps.balance("P" + CARD_HOLDER_3), "not before approval");
    assertFalse(browser.has(By.id("items:table:" + row + ":approve")), "the maker cannot approve");

    // The approver approves it.
    browser.forgetSession().open("finance/run.xhtml?id=" + runId);
    browser.login(DemoUsers.APPROVER, DemoUsers.APPROVER_PASSWORD);
    browser.waitFor(By.id("items:table:" + row + ":approve"));
    browser.screenshot("finance-run-approval");
    browser.click(By.id("items:table:" + row + ":approve"));
    browser.click(By.cssSelector(".ui-confirmdialog-yes"));
    browser.waitForText(By.id("items:table:" + row + ":adjustmentStatus"), "已审批");
    JsonObject approved = itemNo(runId, missing.getInt("itemNo"));
    assertEquals("APPROVED", approved.getString("adjustmentStatus"));
    assertTrue(approved.getBoolean("resolved"));
    assertEquals(purseBefore + 2000, topUps.balance("P" + CARD_HOLDER_3));
    assertFalse(browser.has(By.id("runForm:close")), "closing is finance's");

    // Finance closes the run; its CSV downloads.
    browser.forgetSession().open("finance/run.xhtml?id=" + runId);
    browser.login(DemoUsers.FINANCE, DemoUsers.FINANCE_PASSWORD);
    browser.waitFor(By.id("runForm:close"));
    assertFalse(browser.waitFor(By.id("runForm:close")).getAttribute("class").contains("disabled"));
    browser.click(By.id("runForm:close"));
    browser.click(By.cssSelector(".ui-confirmdialog-yes"));
    browser.waitForText(By.id("runForm:status"), "已关闭");
    browser.screenshot("finance-run");
    JsonObject closed = Http.object(http.get(DemoUsers.AUDITOR, "reconciliation/runs/" + runId));
    assertEquals("CLOSED", closed.getJsonObject("run").getString("status"));
    assertEquals(DemoUsers.FINANCE, closed.getJsonObject("run").getString("closedBy"));
    assertFalse(browser.has(By.id("items:table:" + row + ":explain")), "a closed run only shows");
    String csv = Files.readString(browser.download(By.id("runForm:csv")), StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("\uFEFF序号,结果"), csv);
    assertTrue(csv.contains(notCredited), csv);
  }

  private List<JsonObject> statementsOf(String merchant) throws Exception {
    HttpResponse<String> files = http.get(DemoUsers.AUDITOR, "reconciliation/statements");
    assertEquals(200, files.statusCode(), files.body());
    return Http.array(files).stream()
        .map(JsonValue::asJsonObject)
        .filter(f -> merchant.equals(f.getString("account")))
        .toList();
  }

  private boolean runsOf(long fileId) throws Exception {
    HttpResponse<String> runs = http.get(DemoUsers.AUDITOR, "reconciliation/runs");
    assertEquals(200, runs.statusCode(), runs.body());
    return Http.array(runs).stream()
        .anyMatch(
            r ->
                r.asJsonObject().getJsonArray("statementIds").stream()
                    .anyMatch(id -> ((jakarta.json.JsonNumber) id).longValue() == fileId));
  }

  private JsonObject itemNo(long runId, int itemNo) throws Exception {
    JsonObject run = Http.object(http.get(DemoUsers.FINANCE, "reconciliation/runs/" + runId));
    return run.getJsonArray("items").stream()
        .map(v -> v.asJsonObject())
        .filter(i -> i.getInt("itemNo") == itemNo)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no item " + itemNo + " in " + run));
  }
}
