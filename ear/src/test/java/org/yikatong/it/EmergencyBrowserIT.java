package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
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

/**
 * The emergency panel as the helpdesk works it, in Chinese: declares an emergency for a location
 * (the panel shows how many terminals it matches first), sees the banner on every page, posts an
 * update, ends it after confirming, and finds the review record, where a follow-up action is added.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmergencyBrowserIT {

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
      "the helpdesk declares a location emergency, sees the banner, posts an update, ends it and"
          + " finds its review")
  void declareUpdateEndReview() throws Exception {
    String place = "三食堂" + LedgerDriver.unique("B");
    String kiosk = newTerminalId();
    HttpResponse<String> registered =
        http.post(
            DemoUsers.ADMIN,
            "terminals",
            "{\"terminalId\":\""
                + kiosk
                + "\",\"type\":\"KIOSK\",\"location\":\""
                + place
                + " 1 层\"}");
    assertEquals(201, registered.statusCode(), registered.body());
    String title = place + " 自助机无法充值";

    browser.forgetSession().desk().open("emergency/index.xhtml");
    browser.login(DemoUsers.HELPDESK, DemoUsers.HELPDESK_PASSWORD);
    assertEquals("/yikatong/emergency/index.xhtml", browser.path());

    browser.type(By.id("declare:location"), place);
    browser.waitForText(By.id("declare:matchCount"), "当前匹配终端数： 1");
    browser.type(By.id("declare:title"), title);
    browser.type(By.id("declare:notice"), "三食堂自助机暂停服务，请到一楼服务台办理");
    browser.type(By.id("declare:hotline"), "0571-88880000");
    browser.type(By.id("declare:topUpUrl"), "https://pay.example.edu/top-up");
    browser.click(By.id("declare:submit"));
    browser.waitForTextContaining(By.id("messages"), "应急已启动");

    JsonObject declared = activeByTitle(title);
    long id = declared.getJsonNumber("id").longValue();
    assertEquals(
        kiosk, declared.getJsonArray("terminals").getJsonObject(0).getString("terminalCode"));
    int card = indexOf(title);
    String prefix = "list:" + card + ":";
    assertEquals(title, browser.text(By.id(prefix + "title")));
    assertEquals("1", browser.text(By.id(prefix + "deviceCount")));
    assertEquals("30 分钟内启动", browser.text(By.id(prefix + "inTime")));
    assertTrue(browser.has(By.id(prefix + "qr")), "the QR code of the top-up link is shown");

    // The banner stands on every page, for this emergency, with a link back to the panel.
    browser.open("index.xhtml");
    browser.waitForTextContaining(By.id("emergencyBanner"), title);
    browser.screenshot("emergency-banner");
    browser.open("emergency/index.xhtml");

    browser.choose("update:emergency", title);
    browser.choose("update:stage", "已定位");
    browser.type(By.id("update:text"), "已定位：三食堂网络交换机断电，正在抢修");
    browser.click(By.id("update:post"));
    browser.waitForTextContaining(By.id("emergencyBanner"), "已定位：三食堂网络交换机断电");
    browser.screenshot("emergency-panel");

    browser.choose("endForm:emergency", title);
    browser.type(By.id("endForm:closing"), "交换机已恢复供电，自助机恢复正常");
    browser.click(By.id("endForm:end"));
    browser.click(By.cssSelector(".ui-confirmdialog-yes"));
    browser.waitForTextContaining(By.id("messages"), "应急已结束");
    assertEquals(
        "ENDED",
        Http.object(http.get(DemoUsers.HELPDESK, "emergencies/" + id)).getString("status"));

    browser.follow(By.id("reviewsLink"));
    browser.follow(By.linkText(title));
    assertEquals(title, browser.text(By.id("title")));
    assertEquals("1", browser.text(By.id("devices")));
    browser.type(By.id("actions:action"), "为三食堂交换机加装 UPS");
    browser.type(By.id("actions:owner"), DemoUsers.TECH);
    browser.typeOver(By.id("actions:due_input"), LocalDate.now().plusDays(14).toString());
    browser.click(By.id("actions:add"));
    browser.waitForText(By.id("actions:table:0:description"), "为三食堂交换机加装 UPS");
    browser.screenshot("emergency-review");
    JsonObject review = Http.object(http.get(DemoUsers.HELPDESK, "emergencies/" + id + "/review"));
    assertEquals(1, review.getJsonArray("actions").size());
    assertEquals(
        DemoUsers.TECH, review.getJsonArray("actions").getJsonObject(0).getString("owner"));

    // On a phone, the panel and the review pages fit the screen.
    browser.phone();
    for (String page :
        java.util.List.of(
            "emergency/index.xhtml",
            "emergency/reviews.xhtml",
            "emergency/review.xhtml?id=" + id)) {
      browser.open(page);
      browser.waitFor(By.cssSelector("main.ykt-main"));
      assertEquals("", browser.overflow(), page + " is wider than a phone");
    }
    browser.desk();
  }

  private JsonObject activeByTitle(String title) throws Exception {
    return Http.array(http.get(DemoUsers.HELPDESK, "emergencies?active=true")).stream()
        .map(JsonValue::asJsonObject)
        .filter(e -> title.equals(e.getString("title")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no active emergency " + title));
  }

  /** The position of the emergency's card on the panel (newest first, as the API lists them). */
  private int indexOf(String title) throws Exception {
    var active = Http.array(http.get(DemoUsers.HELPDESK, "emergencies?active=true"));
    for (int i = 0; i < active.size(); i++) {
      if (title.equals(active.getJsonObject(i).getString("title"))) {
        return i;
      }
    }
    throw new AssertionError("no active emergency " + title);
  }

  private static String newTerminalId() {
    String digits = Long.toString(ThreadLocalRandom.current().nextLong(1L << 34), 36).toUpperCase();
    return ("B" + digits + "0000000").substring(0, 8);
  }
}
