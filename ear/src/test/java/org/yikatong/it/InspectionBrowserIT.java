package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
 * Inspections and spare parts in Chromium, in Chinese: a technician works a round planned for today
 * on a phone-sized screen — a failed item without a note is marked beside it and nothing is
 * recorded, with the note the round completes and the page links to the ticket the failure opened —
 * and a receipt recorded at the desk raises the depot's stock. The round's day is set on the server
 * clock (a morning tomorrow), so the test does not depend on the hour the suite runs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InspectionBrowserIT {

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

  @Test
  @DisplayName(
      "a round of today worked on a phone: a failure needs a note, then completes and opens a"
          + " ticket")
  void roundOnAPhone() throws Exception {
    // Tomorrow at 10:00 in Shanghai is "today" for the server: within the duty hours, whatever
    // the hour the suite runs.
    ZonedDateTime morning = LocalDate.now(SHANGHAI).plusDays(1).atTime(10, 0).atZone(SHANGHAI);
    HttpResponse<String> clockSet =
        http.put(DemoUsers.ADMIN, "test-clock", "{\"at\":\"" + morning.toInstant() + "\"}");
    assertEquals(204, clockSet.statusCode(), clockSet.body());
    try {
      workARound(morning);
    } finally {
      http.delete(DemoUsers.ADMIN, "test-clock");
    }
  }

  private void workARound(ZonedDateTime morning) throws Exception {
    String code = LedgerDriver.unique("XB");
    String name = "机房巡检 " + code;
    HttpResponse<String> template =
        http.post(
            DemoUsers.ADMIN,
            "inspection-templates",
            "{\"name\":\""
                + name
                + "\",\"kind\":\"FULL\",\"targetArea\":\"信息中心机房 "
                + code
                + "\",\"items\":[{\"text\":\"服务器指示灯正常\",\"category\":\"HARDWARE\"},"
                + "{\"text\":\"核心交换机端口正常\",\"category\":\"NETWORK\"}]}");
    assertEquals(201, template.statusCode(), template.body());
    long templateId = Http.object(template).getJsonNumber("id").longValue();
    // One round a week, at 10:30 on the server's today: the planner plans exactly that one.
    HttpResponse<String> schedule =
        http.post(
            DemoUsers.ADMIN,
            "inspection-schedules",
            "{\"templateId\":"
                + templateId
                + ",\"weekday\":\""
                + morning.getDayOfWeek()
                + "\",\"at\":\"10:30:00\",\"graceMinutes\":120,\"assignee\":\""
                + DemoUsers.TECH
                + "\"}");
    assertEquals(201, schedule.statusCode(), schedule.body());
    long scheduleId = Http.object(schedule).getJsonNumber("id").longValue();
    HttpResponse<String> planned = http.post(DemoUsers.ADMIN, "inspection-rounds/check", null);
    assertEquals(200, planned.statusCode(), planned.body());
    JsonArray rounds =
        Http.json(http.get(DemoUsers.ADMIN, "inspection-rounds?schedule=" + scheduleId))
            .asJsonArray();
    assertEquals(1, rounds.size(), rounds.toString());
    JsonObject round = rounds.getJsonObject(0);
    assertEquals("PLANNED", round.getString("status"));
    assertEquals(morning.withMinute(30).toInstant(), Instant.parse(round.getString("plannedAt")));
    long roundId = round.getJsonNumber("id").longValue();

    browser.forgetSession().phone().open("tech/rounds.xhtml");
    browser.login(DemoUsers.TECH, DemoUsers.TECH_PASSWORD);
    assertEquals("/yikatong/tech/rounds.xhtml", browser.path());
    By card = By.cssSelector("a[data-round='" + roundId + "']");
    assertTrue(browser.text(card).contains(name), browser.text(card));
    browser.screenshot("tech-rounds");
    browser.follow(card);
    browser.click(By.id("round:start"));
    browser.waitForText(By.id("round:status"), "巡检中");

    // Item 2 failed without a note: marked beside the note, nothing recorded.
    browser.click(outcome(0, "OK"));
    browser.click(outcome(1, "FAILED"));
    browser.click(By.id("round:submit"));
    browser.click(By.cssSelector(".ui-confirmdialog-yes"));
    browser.waitForText(
        By.cssSelector("#round\\:items\\:1\\:noteMessage .ui-message-error-detail"),
        "不合格项须说明具体情况。");
    JsonObject unchanged = Http.object(http.get(DemoUsers.TECH, "inspection-rounds/" + roundId));
    assertEquals("IN_PROGRESS", unchanged.getString("status"), "nothing recorded");
    assertTrue(
        unchanged.getJsonArray("items").stream()
            .noneMatch(i -> i.asJsonObject().containsKey("outcome")),
        unchanged.toString());

    // With the note, the round completes and the page links to the ticket it opened.
    browser.type(By.id("round:items:1:note"), "核心交换机 3 号端口指示灯不亮");
    browser.click(By.id("round:submit"));
    browser.click(By.cssSelector(".ui-confirmdialog-yes"));
    browser.waitForText(By.id("round:status"), "已完成");
    By ticketLink = By.id("round:opened:0:ticket");
    String ticketNo = browser.text(ticketLink);
    assertTrue(ticketNo.startsWith("GD"), ticketNo);
    String href = browser.waitFor(ticketLink).getAttribute("href");
    assertTrue(
        href.contains("/yikatong/tech/ticket.xhtml") && href.contains("no=" + ticketNo), href);
    browser.screenshot("tech-inspection-round");

    JsonObject completed = Http.object(http.get(DemoUsers.TECH, "inspection-rounds/" + roundId));
    assertEquals("COMPLETED", completed.getString("status"));
    assertEquals(DemoUsers.TECH, completed.getString("completedBy"));
    JsonArray items = completed.getJsonArray("items");
    assertEquals("OK", items.getJsonObject(0).getString("outcome"));
    assertFalse(items.getJsonObject(0).containsKey("ticketNo"), "a passed item opens nothing");
    assertEquals("FAILED", items.getJsonObject(1).getString("outcome"));
    assertEquals(ticketNo, items.getJsonObject(1).getString("ticketNo"));

    HttpResponse<String> opened = http.get(DemoUsers.HELPDESK, "tickets/" + ticketNo);
    assertEquals(200, opened.statusCode(), opened.body());
    JsonObject ticket = Http.object(opened);
    assertEquals("MONITORING", ticket.getString("channel"));
    assertEquals("NETWORK", ticket.getString("category"));
    assertTrue(
        ticket.getString("description").contains("巡检轮次 #" + roundId),
        ticket.getString("description"));
    assertTrue(ticket.getString("description").contains("3 号端口指示灯不亮"));
  }

  @Test
  @DisplayName("a receipt recorded on the spare parts page raises the depot's stock")
  void receiptRaisesStock() throws Exception {
    String part = LedgerDriver.unique("PB");
    String depot = LedgerDriver.unique("DB");
    HttpResponse<String> created =
        http.post(
            DemoUsers.ADMIN,
            "spare-parts/parts",
            "{\"code\":\""
                + part
                + "\",\"name\":\"读卡模块\",\"unit\":\"个\",\"reorderLevel\":1,\"unitCostFen\":12000}");
    assertEquals(201, created.statusCode(), created.body());
    HttpResponse<String> store =
        http.post(
            DemoUsers.ADMIN,
            "spare-parts/depots",
            "{\"code\":\"" + depot + "\",\"name\":\"信息中心备件库\",\"location\":\"信息中心 101\"}");
    assertEquals(201, store.statusCode(), store.body());
    HttpResponse<String> first =
        http.post(
            DemoUsers.ADMIN,
            "spare-parts/receipts",
            "{\"part\":\"" + part + "\",\"depot\":\"" + depot + "\",\"quantity\":2}");
    assertEquals(201, first.statusCode(), first.body());
    assertEquals(2, stock(part, depot));

    browser.forgetSession().desk().open("desk/parts.xhtml");
    browser.login(DemoUsers.HELPDESK, DemoUsers.HELPDESK_PASSWORD);
    assertEquals("/yikatong/desk/parts.xhtml", browser.path());

    // A transfer into the depot it comes from is marked beside the field; nothing moves.
    browser.choose("transfer:part", "(" + part + ")");
    browser.choose("transfer:from", "(" + depot + ")");
    browser.choose("transfer:to", "(" + depot + ")");
    browser.type(By.id("transfer:quantity"), "1");
    browser.click(By.id("transfer:save"));
    browser.click(By.cssSelector(".ui-confirmdialog-yes"));
    browser.waitForText(
        By.cssSelector("#transfer\\:toMessage .ui-message-error-detail"), "调入库房须与调出库房不同。");
    assertEquals(2, stock(part, depot), "nothing moved");

    browser.choose("receipt:part", "(" + part + ")");
    browser.choose("receipt:depot", "(" + depot + ")");
    browser.type(By.id("receipt:quantity"), "5");
    browser.click(By.id("receipt:save"));
    browser.click(By.cssSelector(".ui-confirmdialog-yes"));
    browser.waitForText(
        By.cssSelector(".ui-messages-info .ui-messages-info-summary"), "入库已登记，库存已增加。");
    browser.screenshot("desk-parts");

    assertEquals(7, stock(part, depot), "2 before and 5 received on the page");
  }

  /** The pass or fail button of a checklist item (its index on the page). */
  private static By outcome(int index, String value) {
    return By.xpath(
        "//div[@id='round:items:" + index + ":outcome']/div[.//input[@value='" + value + "']]");
  }

  /** What the depot holds of the part, read through the API. */
  private int stock(String part, String depot) throws Exception {
    HttpResponse<String> response =
        http.get(DemoUsers.HELPDESK, "spare-parts/stock?part=" + part + "&depot=" + depot);
    assertEquals(200, response.statusCode(), response.body());
    JsonArray rows = Http.json(response).asJsonArray();
    assertEquals(1, rows.size(), rows.toString());
    return rows.getJsonObject(0).getInt("quantity");
  }
}
