package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.openqa.selenium.Keys;

/**
 * The duty roster in Chromium, in Chinese: a change made on the page decides the next dispatch. The
 * test has a post (and area) of its own, so other tickets are dispatched as before.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RosterBrowserIT {

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
  @DisplayName("today's roster set on the page sends the post's next ticket to its new A")
  void rosterChangeDecidesTheNextDispatch() throws Exception {
    String code = LedgerDriver.unique("RB").toUpperCase();
    String area = "体育馆" + code;
    HttpResponse<String> post =
        http.put(
            DemoUsers.ADMIN,
            "duty-posts/" + code,
            "{\"name\":\"体育馆片区\",\"area\":\""
                + area
                + "\",\"skills\":[\"HARDWARE\"],\"teamLead\":\"lead\",\"manager\":\"manager\","
                + "\"maxLoad\":99}");
    assertEquals(200, post.statusCode(), post.body());
    HttpResponse<String> standing =
        http.put(
            DemoUsers.ADMIN,
            "duty-roster/" + code,
            "{\"primary\":\"" + DemoUsers.TECH + "\",\"backup\":\"" + DemoUsers.TECH2 + "\"}");
    assertEquals(200, standing.statusCode(), standing.body());
    assertEquals(DemoUsers.TECH, openAt(area), "the standing roster's A");

    browser.forgetSession().desk().open("helpdesk/roster.xhtml");
    browser.login(DemoUsers.HELPDESK, DemoUsers.HELPDESK_PASSWORD);
    assertEquals("/yikatong/helpdesk/roster.xhtml", browser.path());
    try {
      browser.choose("roster:post", "(" + code + ")");
      browser.choose("roster:primary", "(" + DemoUsers.TECH2 + ")");
      browser.choose("roster:backup", "(" + DemoUsers.TECH + ")");
      browser.type(
          By.id("roster:rosterDay_input"), LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
      browser.press(By.id("roster:rosterDay_input"), Keys.ESCAPE);
      browser.click(By.id("roster:save"));
      browser.waitFor(By.cssSelector(".ui-messages-info, .ui-messages-error, .ui-message-error"));
      assertEquals(
          "排班已保存：此岗位之后的工单按新排班派发。",
          browser.text(By.cssSelector(".ui-messages-info .ui-messages-info-summary")));
    } catch (RuntimeException | AssertionError e) {
      browser.snapshot("failed-roster");
      throw e;
    }
    browser.screenshot("helpdesk-roster");

    assertEquals(DemoUsers.TECH2, openAt(area), "today's roster, set on the page, decides");
  }

  @Test
  @DisplayName("a post added on the roster page; a code it cannot take is refused beside the field")
  void postAddedOnThePage() throws Exception {
    String code = LedgerDriver.unique("PP").toUpperCase();
    browser.forgetSession().desk().open("helpdesk/roster.xhtml");
    browser.login(DemoUsers.HELPDESK, DemoUsers.HELPDESK_PASSWORD);
    try {
      browser.type(By.id("post:code"), "图书馆 1");
      browser.type(By.id("post:name"), "图书馆片区");
      browser.type(By.id("post:area"), "图书馆" + code);
      browser.click(By.id("post:skills"));
      browser.click(
          By.cssSelector("#post\\:skills_panel li[data-item-value='HARDWARE'] .ui-chkbox-box"));
      browser.click(By.tagName("h1"));
      browser.type(By.id("post:teamLead"), "lead");
      browser.type(By.id("post:manager"), "manager");
      browser.type(By.id("post:maxLoad_input"), "5");
      browser.click(By.id("post:savePost"));
      browser.waitForText(By.cssSelector("#post .ui-message-error"), "只能使用字母、数字、- 和 _，最多 32 位。");
      assertEquals(0, posts(code), "nothing saved");

      browser.type(By.id("post:code"), code);
      browser.click(By.id("post:savePost"));
      browser.waitForText(By.cssSelector(".ui-messages-info .ui-messages-info-summary"), "岗位已保存。");
    } catch (RuntimeException | AssertionError e) {
      browser.snapshot("failed-roster-post");
      throw e;
    }
    assertEquals(1, posts(code));
    jakarta.json.JsonObject post =
        Http.array(http.get(DemoUsers.HELPDESK, "duty-posts")).stream()
            .map(jakarta.json.JsonObject.class::cast)
            .filter(p -> p.getString("code").equals(code))
            .findFirst()
            .orElseThrow();
    assertEquals("图书馆" + code, post.getString("area"));
    assertEquals(5, post.getInt("maxLoad"));
    assertEquals("[\"HARDWARE\"]", post.getJsonArray("skills").toString());
  }

  private long posts(String code) throws Exception {
    return Http.array(http.get(DemoUsers.HELPDESK, "duty-posts")).stream()
        .map(jakarta.json.JsonObject.class::cast)
        .filter(p -> p.getString("code").equals(code))
        .count();
  }

  /** Opens a hardware ticket in the area over the API and answers whom it was dispatched to. */
  private String openAt(String area) throws Exception {
    HttpResponse<String> opened =
        http.post(
            DemoUsers.HELPDESK,
            "tickets",
            "{\"channel\":\"PHONE\",\"reporterName\":\"体育老师\",\"location\":\""
                + area
                + " 东门\",\"category\":\"HARDWARE\",\"title\":\"闸机不开\",\"description\":\"东门闸机刷卡无反应\"}");
    assertEquals(201, opened.statusCode(), opened.body());
    return Http.object(opened).getString("assignee");
  }
}
