package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The finance office's pages in Chromium, in Chinese: a past business day with a payment at the
 * demo canteen is closed on the settlement page, the close is what the API reads back, and the
 * canteen's settlement statement of that day downloads as a PDF; a payment made through the test
 * gateway is found on the journal page by the card's number, and a malformed card number is marked
 * beside its field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FinanceReportsBrowserIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static Browser browser;
  private final Http http = new Http();

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

  /** A card of a new holder and a POS terminal of the demo canteen M0001 with its secret. */
  private record Payer(String cardNo, String terminal, byte[] secret) {}

  private Payer payer() throws Exception {
    String holderNo = LedgerDriver.unique("FB");
    HttpResponse<String> registered =
        http.post(
            DemoUsers.ADMIN,
            "card-holders",
            "{\"holderNo\":\""
                + holderNo
                + "\",\"fullName\":\"结算 页面\",\"type\":\"STAFF\",\"department\":\"财务处\","
                + "\"cardSerialNo\":\""
                + LedgerDriver.unique("FBS")
                + "\",\"cardExpiresOn\":\""
                + LocalDate.now(SHANGHAI).plusYears(2)
                + "\",\"openingBalanceFen\":10000}");
    assertEquals(201, registered.statusCode(), registered.body());
    String cardNo =
        Http.object(registered).getJsonArray("cards").getJsonObject(0).getString("cardNo");
    String terminal =
        "B" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 34), 36).toUpperCase();
    terminal = (terminal + "0000000").substring(0, 8);
    HttpResponse<String> pos =
        http.post(
            DemoUsers.ADMIN,
            "terminals",
            "{\"terminalId\":\""
                + terminal
                + "\",\"type\":\"POS\",\"merchantCode\":\"M0001\",\"location\":\"财务页面测试\"}");
    assertEquals(201, pos.statusCode(), pos.body());
    return new Payer(
        cardNo, terminal, HexFormat.of().parseHex(Http.object(pos).getString("secretHex")));
  }

  @Test
  @DisplayName("a day closed on the settlement page; the canteen's statement downloads as PDF")
  void closeADayAndDownloadTheStatement() throws Exception {
    Payer payer = payer();
    LocalDate day =
        // Within the years the date picker takes (ten back), and a day no other test uses.
        LocalDate.now(SHANGHAI).minusDays(100 + ThreadLocalRandom.current().nextInt(3_000));
    ZonedDateTime noon = day.atTime(12, 0).atZone(SHANGHAI);
    assertEquals(
        204,
        http.put(DemoUsers.ADMIN, "test-clock", "{\"at\":\"" + noon.toInstant() + "\"}")
            .statusCode());
    try {
      assertEquals("00", TestGateway.pay(payer.terminal(), payer.secret(), payer.cardNo(), 700));
    } finally {
      http.delete(DemoUsers.ADMIN, "test-clock");
    }
    assertEquals(404, http.get(DemoUsers.FINANCE, "ledger/day-closes/" + day).statusCode());

    browser.forgetSession().desk().open("finance/settlement.xhtml");
    browser.login(DemoUsers.FINANCE, DemoUsers.FINANCE_PASSWORD);
    assertEquals("/yikatong/finance/settlement.xhtml", browser.path());
    browser.typeOver(By.id("close:closeDay_input"), day.toString());
    browser.press(By.id("close:closeDay_input"), Keys.TAB);
    browser.click(By.id("close:closeButton"));
    browser.click(By.cssSelector(".ui-confirmdialog-yes"));
    browser.waitForText(
        By.cssSelector(".ui-messages-info .ui-messages-info-summary"), "日结已完成，各商户已结算。");
    browser.waitForText(By.id("merchants:status"), "已日结（最终）");
    browser.screenshot("finance-settlement");

    HttpResponse<String> close = http.get(DemoUsers.FINANCE, "ledger/day-closes/" + day);
    assertEquals(200, close.statusCode(), "the day is closed: " + close.body());
    JsonObject statement =
        Http.object(http.get(DemoUsers.AUDITOR, "finance/settlements/" + day + "/M0001"));
    assertEquals("CLOSED", statement.getString("status"));
    assertTrue(statement.getBoolean("agreesWithDayClose"));
    assertTrue(
        statement.getJsonObject("figures").getJsonNumber("grossFen").longValue() >= 700,
        statement.toString());

    Path pdf = browser.download(By.cssSelector("a[href$='/" + day + "/M0001.pdf']"));
    assertEquals("settlement-" + day + "-M0001.pdf", pdf.getFileName().toString());
    byte[] bytes = Files.readAllBytes(pdf);
    assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
  }

  @Test
  @DisplayName(
      "the journal page finds a gateway payment by the card's number; a malformed number is"
          + " marked beside its field")
  void journalSearchByCard() throws Exception {
    Payer payer = payer();
    assertEquals("00", TestGateway.pay(payer.terminal(), payer.secret(), payer.cardNo(), 1_234));

    browser.forgetSession().desk().open("finance/journal.xhtml");
    browser.login(DemoUsers.AUDITOR, DemoUsers.AUDITOR_PASSWORD);
    assertEquals("/yikatong/finance/journal.xhtml", browser.path());

    browser.type(By.id("journal:card"), "62 88!");
    browser.click(By.id("journal:search"));
    browser.waitForText(By.cssSelector("#journal .ui-message-error"), "只能包含字母、数字和连字符（最多 32 位）。");
    assertTrue(!browser.has(By.id("results:entries")), "nothing was searched");

    browser.type(By.id("journal:card"), payer.cardNo());
    browser.click(By.id("journal:search"));
    browser.waitForText(By.id("results:entries:0:amount"), "¥12.34");
    assertEquals("消费", browser.text(By.id("results:entries:0:kind")));
    String entryNo = browser.text(By.id("results:entries:0:entryNo"));
    browser.screenshot("finance-journal");

    JsonObject found =
        Http.object(
            http.get(
                DemoUsers.AUDITOR, "finance/journal-entries?kind=PAYMENT&card=" + payer.cardNo()));
    assertEquals(1, found.getInt("total"));
    JsonObject entry = found.getJsonArray("entries").getJsonObject(0);
    assertEquals(entryNo, entry.getJsonNumber("entryId").toString());
    assertEquals(payer.terminal(), entry.getString("terminalId"));
    assertEquals(1_234, entry.getJsonNumber("amountFen").longValue());
  }
}
