package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jpos.iso.ISOMsg;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The monitoring pages in Chromium, as the helpdesk works them in Chinese: the status wall with the
 * demo locations, also on a phone; a rule whose thresholds cannot work refused beside its fields
 * and not saved, then a rule that can; a maintenance window planned and ended early; and an alert
 * raised by a terminal that signed on and went silent, seen, followed through its events and
 * silenced.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MonitoringBrowserIT {

  /** The terminal the alert test signs on and leaves silent; no other test of the class uses it. */
  private static final String SILENT_TERMINAL = "T0000006";

  private static Browser browser;
  private final Http http = new Http();

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

  private static By tile(String location) {
    return By.cssSelector("div.ykt-mon-tile[data-location='" + location + "']");
  }

  private static By tileToggle(String location) {
    return By.cssSelector("div.ykt-mon-tile[data-location='" + location + "'] a.ykt-mon-toggle");
  }

  private static By row(String table, String text) {
    return By.xpath(
        "//tbody[@id='" + table + "_data']/tr[.//*[normalize-space(text())='" + text + "']]");
  }

  private void signInAsHelpdesk() {
    browser.forgetSession().desk().open("");
    browser.login(DemoUsers.HELPDESK, DemoUsers.HELPDESK_PASSWORD);
  }

  @Test
  @DisplayName(
      "the status wall shows a tile per demo location, opens into its terminals, and fits a phone")
  void wallShowsTheDemoLocations() {
    signInAsHelpdesk();
    browser.follow(By.id("nav:monitoring"));
    try {
      assertEquals("/yikatong/monitoring/wall.xhtml", browser.path());
      assertEquals("状态墙", browser.text(By.tagName("h1")));
      for (String location :
          new String[] {"第一食堂 一楼 1号窗口", "第二食堂 1号窗口", "校园超市 收银台", "图书馆大厅 自助圈存机", "东校门 闸机"}) {
        assertTrue(browser.has(tile(location)), "a tile for " + location);
      }
      assertTrue(browser.text(By.id("channels")).contains("微信支付"), "the channels strip");
      assertTrue(browser.has(By.id("wall:trend")), "the trend chart");

      browser.click(tileToggle("文印中心 前台"));
      browser.waitFor(
          By.cssSelector("div.ykt-mon-tile[data-location='文印中心 前台'] .ykt-mon-terminal"));
      String opened = browser.text(tile("文印中心 前台"));
      assertTrue(opened.contains("T0000007"), opened);
      assertTrue(opened.contains("M0004"), "the terminal's merchant: " + opened);

      browser.choose("filters:location", "文印中心");
      browser.waitUntilGone(tile("东校门 闸机"));
      assertTrue(browser.has(tile("文印中心 前台")), "the location chosen stays");
      browser.choose("filters:window", "60");
    } catch (RuntimeException | AssertionError e) {
      browser.snapshot("failed-monitoring-wall");
      throw e;
    }
    browser.open("monitoring/wall.xhtml");
    browser.waitFor(tile("东校门 闸机"));
    browser.screenshot("monitoring-wall");

    browser.phone().open("monitoring/wall.xhtml");
    browser.waitFor(tile("东校门 闸机"));
    assertEquals("", browser.overflow(), "the wall is no wider than a phone");
    browser.choose("filters:location", "第一食堂 一楼 1号窗口");
    browser.waitUntilGone(tile("东校门 闸机"));
    browser.click(tileToggle("第一食堂 一楼 1号窗口"));
    browser.waitFor(
        By.cssSelector("div.ykt-mon-tile[data-location='第一食堂 一楼 1号窗口'] .ykt-mon-terminal"));
    browser.screenshot("monitoring-wall-phone");
    assertEquals("", browser.overflow(), "a tile opened is no wider than a phone");
    browser.desk();
  }

  @Test
  @DisplayName("a rule whose thresholds cannot work is refused beside its fields and not saved")
  void impossibleRuleRefused() {
    String name = "失败率测试 " + LedgerDriver.unique("R");
    signInAsHelpdesk();
    browser.open("monitoring/rules.xhtml");
    try {
      browser.click(By.id("actions:newRule"));
      browser.type(By.id("rule:name"), name);
      browser.type(By.id("rule:raise"), "150");
      browser.type(By.id("rule:clear"), "2");
      browser.click(By.id("rule:save"));
      browser.waitForText(By.id("rule:raiseMessage"), "须大于 0% 且小于 100%（0.01 到 99.99）。");
      assertEquals(
          "这些设置无法生效，未保存。请查看标出的字段。",
          browser.text(By.cssSelector(".ui-messages-error .ui-messages-error-summary")));

      browser.type(By.id("rule:raise"), "5");
      browser.type(By.id("rule:clear"), "8");
      browser.click(By.id("rule:save"));
      browser.waitForText(By.id("rule:clearMessage"), "须在 0 到触发阈值之间。");
      assertEquals("", browser.text(By.id("rule:raiseMessage")), "the rate is fine now");
    } catch (RuntimeException | AssertionError e) {
      browser.snapshot("failed-monitoring-rule-refused");
      throw e;
    }
    browser.screenshot("monitoring-rule-refused");
    assertFalse(browser.has(By.cssSelector(".ui-messages-info")), "nothing reported saved");

    browser.open("monitoring/rules.xhtml");
    browser.waitFor(By.id("rules:table"));
    assertFalse(browser.has(row("rules:table", name)), "the rule was not saved");
  }

  @Test
  @DisplayName("a maintenance window is planned for a terminal and ended early")
  void maintenanceWindowPlannedAndEnded() {
    String reason = "更换读卡器 " + LedgerDriver.unique("M");
    signInAsHelpdesk();
    browser.open("monitoring/maintenance.xhtml");
    try {
      browser.type(By.id("window:subject_input"), "T0000005");
      browser.press(By.id("window:subject_input"), Keys.ESCAPE);
      browser.type(By.id("window:reason"), reason);
      browser.click(By.id("window:create"));
      browser.waitForText(
          By.cssSelector(".ui-messages-info .ui-messages-info-summary"), "维护窗口已创建。");
      By planned = row("windows:table", reason);
      String line = browser.text(planned);
      assertTrue(line.contains("T0000005"), line);
      assertTrue(line.contains("全部规则"), line);
      assertTrue(line.contains("生效中"), line);
      browser.screenshot("monitoring-maintenance");

      browser.click(
          By.xpath(
              "//tbody[@id='windows:table_data']/tr[.//*[normalize-space(text())='"
                  + reason
                  + "']]//button[contains(@id,':end')]"));
      browser.click(By.cssSelector(".ui-confirmdialog-yes"));
      browser.waitForText(By.cssSelector(".ui-messages-info .ui-messages-info-summary"), "已结束。");
      assertFalse(browser.has(planned), "no longer in force");
      assertTrue(browser.text(row("recent:table", reason)).contains("提前结束"));
    } catch (RuntimeException | AssertionError e) {
      browser.snapshot("failed-monitoring-maintenance");
      throw e;
    }
  }

  @Test
  @DisplayName(
      "a terminal that signed on and went silent raises the rule created on the page, shown on the"
          + " alerts page with its events, and is silenced there")
  void silentTerminalRaisesAnAlert() throws Exception {
    String name = "终端失联测试 " + LedgerDriver.unique("S");
    signInAsHelpdesk();
    browser.open("monitoring/rules.xhtml");
    browser.click(By.id("actions:newRule"));
    browser.type(By.id("rule:name"), name);
    browser.choose("rule:kind", "终端失联");
    browser.waitForText(By.id("rule:scope_label"), "按终端");
    browser.type(By.id("rule:subjectFilter"), SILENT_TERMINAL);
    browser.type(By.id("rule:raise"), "1");
    browser.type(By.id("rule:clearHold"), "0");
    browser.click(By.id("rule:save"));
    browser.waitForText(
        By.cssSelector(".ui-messages-info .ui-messages-info-summary"), "规则已创建，从下一分钟起参与评估。");
    assertEquals("1 分钟", raiseOf(name), "the threshold in the rule's unit");
    browser.screenshot("monitoring-rules");

    AlertRulesSwitch others = new AlertRulesSwitch(http);
    others.allOff(); // the demo rules would raise alerts for terminals other tests signed on
    long made =
        Http.array(http.get(DemoUsers.HELPDESK, "alert-rules")).stream()
            .map(jakarta.json.JsonValue::asJsonObject)
            .filter(r -> r.getString("name").equals(name))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    others.set(made, true);
    byte[] macKey = TestGateway.macKey(TestGateway.demoSecret(SILENT_TERMINAL));
    network(macKey, "001");
    Instant later = Instant.now().plus(Duration.ofMinutes(3));
    HttpResponse<String> moved =
        http.put(DemoUsers.ADMIN, "test-clock", "{\"at\":\"" + later + "\"}");
    assertEquals(204, moved.statusCode(), moved.body());
    try {
      browser.open("monitoring/alerts.xhtml");
      browser.click(By.id("actions:evaluate"));
      browser.waitFor(By.cssSelector(".ui-messages-info .ui-messages-info-summary"));
      By alert = row("open:table", name);
      String line = browser.text(alert);
      assertTrue(line.contains(SILENT_TERMINAL), line);
      assertTrue(line.contains("告警中"), line);
      assertTrue(line.contains("单点"), line);
      assertTrue(line.contains("分钟"), "the silence in minutes: " + line);

      browser.click(By.xpath(xpath(name) + "//button[contains(@id,':events')]"));
      browser.waitFor(By.id("timeline"));
      assertTrue(browser.text(By.id("timeline")).contains("告警触发"), "the raise in the timeline");

      browser.click(By.xpath(xpath(name) + "//button[contains(@id,':silence')]"));
      browser.waitFor(By.id("silence:reason"));
      browser.click(By.id("silence:save"));
      browser.waitForText(By.id("silence:reasonMessage"), "必填。");
      browser.type(By.id("silence:reason"), "现场已知，正在处理");
      browser.click(By.id("silence:save"));
      browser.waitForText(By.cssSelector(".ui-messages-info .ui-messages-info-summary"), "告警已静默。");
      browser.waitFor(By.xpath(xpath(name) + "//*[normalize-space(text())='已静默']"));
      browser.screenshot("monitoring-alerts");
    } catch (RuntimeException | AssertionError e) {
      browser.snapshot("failed-monitoring-alerts");
      throw e;
    } finally {
      http.delete(DemoUsers.ADMIN, "test-clock");
      network(macKey, "002");
      others.restore();
      others.set(made, false); // made here: off once the test is over
    }
  }

  private static String xpath(String ruleName) {
    return "//tbody[@id='open:table_data']/tr[.//*[normalize-space(text())='" + ruleName + "']]";
  }

  private String raiseOf(String ruleName) {
    return browser.text(
        By.xpath(
            "//tbody[@id='rules:table_data']/tr[.//*[normalize-space(text())='"
                + ruleName
                + "']]//span[contains(@id,':raise')]"));
  }

  /** Sends a network management message (001 sign on, 002 sign off) as the terminal. */
  private static void network(byte[] macKey, String function) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", TestGateway.ADAPTER_PORT)) {
      ISOMsg answer =
          TestGateway.exchange(
              socket, TestGateway.networkRequest(SILENT_TERMINAL, function, macKey));
      assertEquals("00", answer.getString(39), "network management " + function);
    }
  }
}
