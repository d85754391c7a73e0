package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
 * The service desk's records in Chromium, in Chinese, as the helpdesk keeps them: a knowledge
 * article, a complaint, a training session with its attendance, and the rating of a ticket. What
 * the page did is read back through the REST API; each test names its records with a code of its
 * own, so the others' records never get in the way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeskRecordsBrowserIT {

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
  @DisplayName("an article written and published on the page is published for the API")
  void articleWrittenAndPublished() throws Exception {
    String code = LedgerDriver.unique("KB");
    String title = "圈存机充值不到账 " + code;
    signIn("desk/knowledge.xhtml");
    try {
      browser.type(By.id("editor:title"), title);
      browser.type(By.id("editor:body"), "圈存机提示充值成功但卡内余额未变：请在任一 POS 刷卡一次，余额即同步到卡上。若仍未到账，记下流水号并报修。");
      browser.type(By.id("editor:keywords"), "圈存 不到账 充值");
      browser.click(By.id("editor:save"));
      browser.waitForText(By.id("editor:status"), "草稿");
      browser.click(By.id("editor:publish"));
      browser.click(By.cssSelector(".ui-confirmdialog-yes"));
      browser.waitForText(By.id("editor:status"), "已发布");
      browser.type(By.id("filters:q"), code);
      browser.waitForText(By.id("articles:table:0:title"), title);
      assertEquals("已发布", browser.text(By.id("articles:table:0:status")));
    } catch (RuntimeException | AssertionError e) {
      browser.snapshot("failed-desk-knowledge");
      throw e;
    }
    browser.screenshot("desk-knowledge");

    JsonArray found = Http.array(ok(http.get(DemoUsers.HELPDESK, "knowledge-articles?q=" + code)));
    assertEquals(1, found.size(), found.toString());
    JsonObject article = found.getJsonObject(0);
    assertEquals(title, article.getString("title"));
    assertEquals("PUBLISHED", article.getString("status"));
    assertEquals("STAFF", article.getString("audience"));
    assertEquals(DemoUsers.HELPDESK, article.getString("author"));
    assertEquals(List.of("圈存", "不到账", "充值"), strings(article.getJsonArray("keywords")));
    assertFalse(article.isNull("publishedAt"), "published at a time");
  }

  @Test
  @DisplayName("an article without its text says so beside the field and saves nothing")
  void requiredFieldLeftEmpty() throws Exception {
    String code = LedgerDriver.unique("KB");
    signIn("desk/knowledge.xhtml");
    try {
      browser.type(By.id("editor:title"), "没有正文的文章 " + code);
      browser.click(By.id("editor:save"));
      browser.waitForText(By.id("editor:bodyMessage"), "必填。");
      assertFalse(browser.has(By.id("editor:status")), "still a new article, not saved");
    } catch (RuntimeException | AssertionError e) {
      browser.snapshot("failed-desk-knowledge-required");
      throw e;
    }

    JsonArray found = Http.array(ok(http.get(DemoUsers.HELPDESK, "knowledge-articles?q=" + code)));
    assertEquals(0, found.size(), "nothing saved: " + found);
  }

  @Test
  @DisplayName("a complaint taken at the counter and registered on the page is read back")
  void complaintRegistered() throws Exception {
    String code = LedgerDriver.unique("TS");
    String subject = "食堂二楼 POS 重复扣款未退 " + code;
    signIn("desk/complaints.xhtml");
    try {
      browser.choose("complaint:channel", "柜台当面");
      browser.type(By.id("complaint:complainant"), "李同学");
      browser.type(By.id("complaint:holderNo"), DemoUsers.CARD_HOLDER);
      browser.type(By.id("complaint:contact"), "13900000000");
      browser.type(By.id("complaint:subject"), subject);
      browser.type(By.id("complaint:text"), "午餐刷卡扣了两次 12.50 元，三天了还没有退回。");
      browser.click(By.id("complaint:save"));
      browser.waitFor(By.cssSelector(".ui-messages-info, .ui-messages-error, .ui-message-error"));
      assertEquals(
          "投诉已登记。", browser.text(By.cssSelector(".ui-messages-info .ui-messages-info-summary")));
      browser.waitForText(By.id("complaints:table:0:subject"), subject);
      assertEquals("待受理", browser.text(By.id("complaints:table:0:status")));
    } catch (RuntimeException | AssertionError e) {
      browser.snapshot("failed-desk-complaints");
      throw e;
    }
    browser.screenshot("desk-complaints");

    String today = LocalDate.now(SHANGHAI).toString();
    JsonObject complaint =
        only(
            Http.array(
                ok(
                    http.get(
                        DemoUsers.HELPDESK, "complaints?max=1000&from=" + today + "&to=" + today))),
            "subject",
            subject);
    assertEquals("李同学", complaint.getString("complainant"));
    assertEquals(DemoUsers.CARD_HOLDER, complaint.getString("complainantHolderNo"));
    assertEquals("13900000000", complaint.getString("contact"));
    assertEquals("IN_PERSON", complaint.getString("channel"));
    assertEquals("OPEN", complaint.getString("status"));
    assertEquals(DemoUsers.HELPDESK, complaint.getString("receivedBy"));
  }

  @Test
  @DisplayName(
      "a training session scheduled with its attendance on the page is read back with cost")
  void trainingWithAttendance() throws Exception {
    String code = LedgerDriver.unique("PX");
    String topic = "圈存机日常操作培训 " + code;
    LocalDate today = LocalDate.now(SHANGHAI);
    signIn("desk/training.xhtml");
    try {
      browser.type(By.id("newSession:topic"), topic);
      browser.type(By.id("newSession:audience"), "操作员");
      browser.type(By.id("newSession:trainer"), "王工");
      browser.type(By.id("newSession:startsAt_input"), today + " 14:00");
      browser.press(By.id("newSession:startsAt_input"), Keys.ESCAPE);
      browser.type(By.id("newSession:duration"), "90");
      browser.type(By.id("newSession:location"), "图书馆报告厅");
      browser.type(By.id("newSession:cost"), "1850.50");
      browser.click(By.id("newSession:save"));
      browser.waitFor(By.cssSelector(".ui-messages-info, .ui-messages-error, .ui-message-error"));
      assertTrue(
          browser.messagesShown().contains("培训已安排"),
          () -> "the session is scheduled, but the page said: " + browser.messagesShown());
      // The session scheduled is shown at once, for its sign-in sheet.
      browser.type(By.id("attendance:name"), "张老师");
      browser.type(By.id("attendance:department"), "财务处");
      browser.click(By.id("attendance:register"));
      browser.waitForText(By.id("attendance:attendees:0:name"), "张老师");
      assertEquals("已到", browser.text(By.id("attendance:attendees:0:present")));
      browser.waitForText(By.id("attendance:counts"), "1 / 1");
    } catch (RuntimeException | AssertionError e) {
      browser.snapshot("failed-desk-training");
      throw e;
    }
    browser.screenshot("desk-training");

    JsonObject session =
        only(
            Http.array(
                ok(
                    http.get(
                        DemoUsers.HELPDESK, "training-sessions?from=" + today + "&to=" + today))),
            "topic",
            topic);
    assertEquals(185050, session.getJsonNumber("costFen").longValue());
    assertEquals("王工", session.getString("trainer"));
    assertEquals(90, session.getInt("durationMinutes"));
    assertEquals(1, session.getInt("registered"));
    assertEquals(1, session.getInt("attended"));
    JsonObject attendee = session.getJsonArray("attendees").getJsonObject(0);
    assertEquals("张老师", attendee.getString("name"));
    assertEquals("财务处", attendee.getString("department"));
    assertTrue(attendee.getBoolean("attended"));
    JsonObject cost =
        Http.object(
            ok(http.get(DemoUsers.HELPDESK, "training-sessions/cost?year=" + today.getYear())));
    assertTrue(
        cost.getJsonNumber("costFen").longValue() >= 185050, "the year's cost counts it: " + cost);
  }

  @Test
  @DisplayName("a reporter's rating of a ticket is listed on the surveys page with its ticket")
  void ticketRatingListed() throws Exception {
    String code = LedgerDriver.unique("PJ");
    HttpResponse<String> opened =
        http.post(
            DemoUsers.HELPDESK,
            "tickets",
            "{\"channel\":\"PHONE\",\"reporterName\":\"赵老师\",\"location\":\"行政楼 "
                + code
                + "\",\"category\":\"HARDWARE\",\"title\":\"门禁读卡器不亮 "
                + code
                + "\",\"description\":\"行政楼东门读卡器无显示\"}");
    assertEquals(201, opened.statusCode(), opened.body());
    String no = Http.object(opened).getString("ticketNo");
    ok(http.post(DemoUsers.HELPDESK, "tickets/" + no + "/resolve", "{\"text\":\"更换读卡器\"}"));
    ok(
        http.post(
            DemoUsers.HELPDESK, "tickets/" + no + "/confirm", "{\"rating\":2,\"text\":\"等了很久\"}"));

    signIn("desk/surveys.xhtml");
    try {
      // The ticket closed last is listed first.
      browser.waitForText(By.id("ratings:table:0:ticket"), no);
      assertEquals("2 / 5", browser.text(By.id("ratings:table:0:rating")));
      browser.screenshot("desk-surveys");
      browser.follow(By.id("ratings:table:0:ticket"));
      assertTrue(browser.path().endsWith("/helpdesk/ticket.xhtml"), browser.path());
      assertEquals(no, browser.text(By.id("ticket:no")));
    } catch (RuntimeException | AssertionError e) {
      browser.snapshot("failed-desk-surveys");
      throw e;
    }
  }

  /** Signs the helpdesk in on a page of the console, in a fresh browser on a desk's screen. */
  private static void signIn(String page) {
    browser.forgetSession().desk().open(page);
    browser.login(DemoUsers.HELPDESK, DemoUsers.HELPDESK_PASSWORD);
    assertEquals("/yikatong/" + page, browser.path());
  }

  private static HttpResponse<String> ok(HttpResponse<String> response) {
    assertTrue(response.statusCode() / 100 == 2, response.statusCode() + " " + response.body());
    return response;
  }

  /** The one object of the array whose field has this value. */
  private static JsonObject only(JsonArray array, String field, String value) {
    List<JsonObject> matching =
        array.stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> value.equals(o.getString(field, null)))
            .toList();
    assertEquals(1, matching.size(), field + " " + value + " in " + array);
    return matching.get(0);
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }
}
