package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * The card service counter in Chromium, in Chinese: a card reported lost at the counter is declined
 * at a terminal at once (through the test gateway), and its purse keeps what it had.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CounterBrowserIT {

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
  @DisplayName("a card reported lost at the counter is declined 41 at a terminal")
  void lostAtTheCounterDeclinedAtTheTerminal() throws Exception {
    String holderNo = LedgerDriver.unique("CT");
    String serial = LedgerDriver.unique("S");
    HttpResponse<String> registered =
        http.post(
            DemoUsers.ADMIN,
            "card-holders",
            "{\"holderNo\":\""
                + holderNo
                + "\",\"fullName\":\"柜台 测试\",\"type\":\"STUDENT\",\"department\":\"计算机学院\","
                + "\"cardSerialNo\":\""
                + serial
                + "\",\"cardExpiresOn\":\""
                + LocalDate.now(SHANGHAI).plusYears(2)
                + "\",\"openingBalanceFen\":5000}");
    assertEquals(201, registered.statusCode(), registered.body());
    String cardNo =
        Http.object(registered).getJsonArray("cards").getJsonObject(0).getString("cardNo");
    String terminal =
        "C" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 34), 36).toUpperCase();
    terminal = (terminal + "0000000").substring(0, 8);
    HttpResponse<String> pos =
        http.post(
            DemoUsers.ADMIN,
            "terminals",
            "{\"terminalId\":\""
                + terminal
                + "\",\"type\":\"POS\",\"merchantCode\":\"M0001\",\"location\":\"柜台测试 收银台\"}");
    assertEquals(201, pos.statusCode(), pos.body());
    byte[] secret = HexFormat.of().parseHex(Http.object(pos).getString("secretHex"));
    assertEquals("00", TestGateway.pay(terminal, secret, cardNo, 100), "the card pays before");

    browser.forgetSession().desk().open("counter/holders.xhtml");
    browser.login(DemoUsers.HELPDESK, DemoUsers.HELPDESK_PASSWORD);
    assertEquals("/yikatong/counter/holders.xhtml", browser.path());
    browser.type(By.id("search:q"), cardNo); // found by the number printed on the card
    browser.click(By.id("search:go"));
    browser.waitForText(By.id("cards:name"), "柜台 测试");
    assertEquals("¥49.00", browser.text(By.id("cards:purse")));
    browser.click(By.id("cards:cardTable:0:loss"));
    browser.click(By.cssSelector(".ui-confirmdialog-yes"));
    browser.waitForText(By.id("cards:cardTable:0:status"), "挂失");
    browser.waitFor(By.id("cards:printReceipt"));
    browser.screenshot("counter-holder");

    assertEquals(
        "41", TestGateway.pay(terminal, secret, cardNo, 200), "declined at once: lost card");
    JsonObject holder = Http.object(http.get(DemoUsers.HELPDESK, "card-holders/" + holderNo));
    assertEquals(4900, holder.getJsonNumber("purseFen").longValue(), "nothing taken");
    assertEquals("LOST", holder.getJsonArray("cards").getJsonObject(0).getString("status"));
  }
}
