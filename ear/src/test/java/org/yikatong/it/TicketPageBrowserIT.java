package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.openqa.selenium.By;

/**
 * The ticket page in Chromium, in Chinese, as the helpdesk works it: linking the payment the
 * reporter disputes, a step on a ticket someone else changed meanwhile, and a double-clicked
 * button.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TicketPageBrowserIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static Browser browser;
  private final Http http = new Http();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEar();
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

  @Test
  @DisplayName(
      "the payment a reporter disputes is picked from their purse and linked to the ticket")
  void linksTheDisputedPayment() throws Exception {
    String holderNo = LedgerDriver.unique("TP");
    HttpResponse<String> registered =
        http.post(
            DemoUsers.ADMIN,
            "card-holders",
            "{\"holderNo\":\""
                + holderNo
                + "\",\"fullName\":\"流水 测试\",\"type\":\"STUDENT\",\"department\":\"数学学院\","
                + "\"cardSerialNo\":\""
                + LedgerDriver.unique("S")
                + "\",\"cardExpiresOn\":\""
                + LocalDate.now(SHANGHAI).plusYears(2)
                + "\",\"openingBalanceFen\":3000}");
    assertEquals(201, registered.statusCode(), registered.body());
    String cardNo =
        Http.object(registered).getJsonArray("cards").getJsonObject(0).getString("cardNo");
    String terminal =
        "P" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 34), 36).toUpperCase();
    terminal = (terminal + "0000000").substring(0, 8);
    HttpResponse<String> pos =
        http.post(
            DemoUsers.ADMIN,
            "terminals",
            "{\"terminalId\":\""
                + terminal
                + "\",\"type\":\"POS\",\"merchantCode\":\"M0001\",\"location\":\"一食堂 收银台\"}");
    assertEquals(201, pos.statusCode(), pos.body());
    byte[] secret = HexFormat.of().parseHex(Http.object(pos).getString("secretHex"));
    assertEquals("00", TestGateway.pay(terminal, secret, cardNo, 1250));
    String no = open(holderNo, "扣款两次");

    browser.forgetSession().desk().open("helpdesk/ticket.xhtml?no=" + no);
    browser.login(DemoUsers.HELPDESK, DemoUsers.HELPDESK_PASSWORD);
    browser.waitForText(By.id("ticket:no"), no);
    assertTrue(browser.text(By.id("ticket:payments")).contains("12.50"), "the reporter's payment");

    browser.type(By.id("ticket:entryId_input"), "999999999");
    browser.click(By.id("ticket:linkEntry"));
    browser.waitFor(By.cssSelector("#messages .ui-messages-error"));
    assertFalse(browser.has(By.id("ticket:linkedPayment")), "an entry that does not exist");
    assertFalse(
        Http.object(http.get(DemoUsers.HELPDESK, "tickets/" + no)).containsKey("journalEntryId"),
        "nothing linked");

    browser.click(By.id("ticket:payments:0:linkPayment"));
    browser.waitFor(By.id("ticket:linkedPayment"));
    assertTrue(browser.text(By.id("ticket:linkedPayment")).contains("¥12.50"));
    browser.screenshot("helpdesk-ticket-payment");
    JsonObject stored = Http.object(http.get(DemoUsers.HELPDESK, "tickets/" + no));
    long entryId = stored.getJsonNumber("journalEntryId").longValue();
    assertTrue(browser.text(By.id("ticket:linkedPayment")).contains("#" + entryId));
    assertTrue(
        stored.getJsonArray("history").stream()
            .map(JsonObject.class::cast)
            .anyMatch(e -> e.getString("kind").equals("JOURNAL_ENTRY")),
        "the timeline records the link");
  }

  @Test
  @DisplayName(
      "a step on a ticket changed meanwhile by someone else is not taken, and the page says so")
  void staleTicketIsNotOverwritten() throws Exception {
    String no = open(null, "门禁无法开门");
    browser.forgetSession().desk().open("helpdesk/ticket.xhtml?no=" + no);
    browser.login(DemoUsers.HELPDESK, DemoUsers.HELPDESK_PASSWORD);
    browser.waitForText(By.id("ticket:no"), no);

    HttpResponse<String> elsewhere =
        http.post(DemoUsers.ADMIN, "tickets/" + no + "/comments", "{\"text\":\"已电话联系报修人\"}");
    assertEquals(200, elsewhere.statusCode(), elsewhere.body());

    browser.type(By.id("ticket:text"), "页面上的备注");
    browser.click(By.id("ticket:comment"));
    browser.waitForText(
        By.cssSelector("#messages .ui-messages-error-summary"), "此工单已被他人修改。页面已显示最新内容，本次操作未执行。");
    assertTrue(
        browser.text(By.id("timeline")).contains("已电话联系报修人"),
        "the page shows the ticket as it now is");
    assertEquals(0, comments(no, "页面上的备注"), "the stale step was not taken");
  }

  @Test
  @DisplayName("a double-clicked step acts once")
  void doubleClickActsOnce() throws Exception {
    String no = open(null, "读卡器时好时坏");
    browser.forgetSession().desk().open("helpdesk/ticket.xhtml?no=" + no);
    browser.login(DemoUsers.HELPDESK, DemoUsers.HELPDESK_PASSWORD);
    browser.waitForText(By.id("ticket:no"), no);

    browser.type(By.id("ticket:text"), "已通知厂家");
    browser.doubleClick(By.id("ticket:comment"));
    browser.waitFor(By.cssSelector("#messages .ui-messages-info"));
    browser.waitForText(By.id("ticket:text"), "");
    assertEquals(1, comments(no, "已通知厂家"));
  }

  /** Opens a phone ticket through the API, for a holder or nobody in particular. */
  private String open(String holderNo, String title) throws Exception {
    HttpResponse<String> opened =
        http.post(
            DemoUsers.HELPDESK,
            "tickets",
            "{\"channel\":\"PHONE\",\"reporterName\":\"报修人\",\"reporterContact\":\"13900000000\","
                + (holderNo == null ? "" : "\"reporterHolderNo\":\"" + holderNo + "\",")
                + "\"category\":\"HARDWARE\",\"campusWide\":false,\"title\":\""
                + title
                + "\",\"description\":\""
                + title
                + "\"}");
    assertEquals(201, opened.statusCode(), opened.body());
    return Http.object(opened).getString("ticketNo");
  }

  private long comments(String no, String text) throws Exception {
    return Http.object(http.get(DemoUsers.HELPDESK, "tickets/" + no))
        .getJsonArray("history")
        .stream()
        .map(JsonObject.class::cast)
        .filter(e -> e.getString("kind").equals("COMMENT") && text.equals(e.getString("text", "")))
        .count();
  }
}
