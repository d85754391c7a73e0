package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.AUDITOR;
import static org.yikatong.it.DemoUsers.HELPDESK;
import static org.yikatong.it.DemoUsers.TECH;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The spare parts depot over the REST API: receipts, withdrawals for a ticket (refused beyond the
 * stock or for an unknown ticket), transfers, the parts used per ticket, and the reorder alert
 * raised once per fall to the level.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SparePartsIT {

  private final Http http = new Http();
  private final String uniq = Long.toString(System.nanoTime(), 36).toUpperCase();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEar();
  }

  private String part(int reorderLevel, long unitCostFen) throws Exception {
    String code = "IT-" + uniq + "-" + reorderLevel;
    HttpResponse<String> created =
        http.post(
            HELPDESK,
            "spare-parts/parts",
            "{\"code\":\""
                + code
                + "\",\"name\":\"扫码头\",\"unit\":\"个\",\"reorderLevel\":"
                + reorderLevel
                + ",\"unitCostFen\":"
                + unitCostFen
                + "}");
    assertEquals(201, created.statusCode(), created.body());
    return code;
  }

  private String depot(String suffix) throws Exception {
    String code = "IT" + uniq.substring(Math.max(0, uniq.length() - 10)) + suffix;
    HttpResponse<String> created =
        http.post(
            HELPDESK,
            "spare-parts/depots",
            "{\"code\":\"" + code + "\",\"name\":\"测试库 " + suffix + "\",\"location\":\"信息中心\"}");
    assertEquals(201, created.statusCode(), created.body());
    return code;
  }

  private String ticket() throws Exception {
    HttpResponse<String> opened =
        http.post(
            HELPDESK,
            "tickets",
            "{\"channel\":\"PHONE\",\"reporterName\":\"图书馆\",\"terminalId\":\"K0000001\","
                + "\"category\":\"HARDWARE\",\"title\":\"圈存机扫码失灵\",\"description\":\"扫码头无反应\"}");
    assertEquals(201, opened.statusCode(), opened.body());
    return Http.object(opened).getString("ticketNo");
  }

  private HttpResponse<String> withdraw(String part, String depot, int quantity, String ticketNo)
      throws Exception {
    return http.post(
        TECH,
        "spare-parts/withdrawals",
        "{\"part\":\""
            + part
            + "\",\"depot\":\""
            + depot
            + "\",\"quantity\":"
            + quantity
            + ",\"ticketNo\":\""
            + ticketNo
            + "\",\"note\":\"更换\"}");
  }

  /** The year's hardware cost in the service statistics (today's period: this year's row). */
  private long hardwareCostThisYear() throws Exception {
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    HttpResponse<String> response =
        http.get(AUDITOR, "service-statistics?from=" + today + "&to=" + today);
    assertEquals(200, response.statusCode(), response.body());
    return Http.object(response)
        .getJsonArray("costsByYear")
        .getJsonObject(0)
        .getJsonObject("fenByKind")
        .getJsonNumber("HARDWARE")
        .longValue();
  }

  private HttpResponse<String> receive(String part, String depot, int quantity) throws Exception {
    return http.post(
        HELPDESK,
        "spare-parts/receipts",
        "{\"part\":\"" + part + "\",\"depot\":\"" + depot + "\",\"quantity\":" + quantity + "}");
  }

  private long total(String part) throws Exception {
    return Http.object(http.get(AUDITOR, "spare-parts/parts/" + part))
        .getJsonNumber("totalQuantity")
        .longValue();
  }

  private JsonArray alerts(String part) throws Exception {
    return Http.json(http.get(AUDITOR, "spare-parts/alerts?all=true&part=" + part)).asJsonArray();
  }

  private List<String> worklog(String ticketNo) throws Exception {
    return Http.object(http.get(HELPDESK, "tickets/" + ticketNo)).getJsonArray("history").stream()
        .map(JsonValue::asJsonObject)
        .filter(e -> e.getString("kind").equals("WORKLOG"))
        .map(e -> e.getString("text"))
        .toList();
  }

  @Test
  @DisplayName(
      "receive, withdraw for a ticket, refused beyond stock, transfer, usage per ticket,"
          + " reorder alert raised once until restocked")
  void depotFlow() throws Exception {
    String part = part(2, 35_000);
    String a = depot("A");
    String b = depot("B");
    String ticketNo = ticket();

    assertEquals(201, receive(part, a, 5).statusCode(), "the helpdesk receives");
    assertEquals(
        403,
        http.post(
                TECH,
                "spare-parts/receipts",
                "{\"part\":\"" + part + "\",\"depot\":\"" + a + "\",\"quantity\":1}")
            .statusCode(),
        "technicians withdraw, they do not receive");
    assertEquals(5, total(part));

    long hardwareBefore = hardwareCostThisYear();
    HttpResponse<String> first = withdraw(part, a, 2, ticketNo);
    assertEquals(201, first.statusCode(), first.body());
    assertEquals(70_000, Http.object(first).getJsonNumber("costFen").longValue());
    assertEquals(
        hardwareBefore + 70_000,
        hardwareCostThisYear(),
        "the service statistics count the parts used in repairs");
    assertEquals(ticketNo, Http.object(first).getString("ticketNo"));
    assertEquals(0, alerts(part).size(), "3 left, above the level 2");
    assertEquals(
        List.of("领用备件 扫码头（" + part + "）× 2，库位 " + a + "（测试库 A），成本 700.00元；更换"),
        worklog(ticketNo),
        "the withdrawal is in the ticket's work log");

    assertEquals(409, withdraw(part, a, 4, ticketNo).statusCode(), "only 3 in stock");
    assertEquals(404, withdraw(part, a, 1, "GD19990101-1").statusCode(), "no such ticket");
    assertEquals(400, withdraw(part, a, 0, ticketNo).statusCode());
    assertEquals(
        403,
        http.post(
                AUDITOR,
                "spare-parts/withdrawals",
                "{\"part\":\""
                    + part
                    + "\",\"depot\":\""
                    + a
                    + "\",\"quantity\":1,\"ticketNo\":\""
                    + ticketNo
                    + "\"}")
            .statusCode());
    assertEquals(3, total(part), "refusals change nothing");
    assertEquals(1, worklog(ticketNo).size(), "refused withdrawals log nothing");

    assertEquals(201, withdraw(part, a, 1, ticketNo).statusCode());
    JsonArray raised = alerts(part);
    assertEquals(1, raised.size(), "2 left: at the level");
    assertEquals(2, raised.getJsonObject(0).getInt("totalQuantity"));
    assertTrue(raised.getJsonObject(0).getBoolean("open"));
    String alertRef = "BH-" + raised.getJsonObject(0).getJsonNumber("id").longValue();
    List<String> told = http.notices(alertRef);
    assertTrue(
        told.stream().anyMatch(n -> n.startsWith("REORDER_ALERT/helpdesk/")),
        "the helpdesk is told: " + told);
    assertTrue(
        told.stream().anyMatch(n -> n.startsWith("REORDER_ALERT/admin/")),
        "the administrator is told: " + told);
    assertTrue(
        told.stream().allMatch(n -> n.startsWith("REORDER_ALERT/")), "one kind only: " + told);
    assertEquals(told.stream().distinct().toList(), told, "once per recipient and channel");

    HttpResponse<String> moved =
        http.post(
            HELPDESK,
            "spare-parts/transfers",
            "{\"part\":\""
                + part
                + "\",\"fromDepot\":\""
                + a
                + "\",\"toDepot\":\""
                + b
                + "\",\"quantity\":1}");
    assertEquals(201, moved.statusCode(), moved.body());
    assertEquals(409, withdraw(part, b, 2, ticketNo).statusCode(), "B holds one");
    assertEquals(201, withdraw(part, b, 1, ticketNo).statusCode());
    assertEquals(1, total(part));
    assertEquals(1, alerts(part).size(), "still low: raised once");
    assertEquals(told, http.notices(alertRef), "still low: told once");

    JsonObject usage = Http.object(http.get(AUDITOR, "spare-parts/usage?ticket=" + ticketNo));
    assertEquals(3, usage.getJsonArray("withdrawals").size());
    assertEquals(4 * 35_000, usage.getJsonNumber("totalCostFen").longValue());
    assertEquals(404, http.get(AUDITOR, "spare-parts/usage?ticket=GD19990101-1").statusCode());

    assertEquals(201, receive(part, a, 4).statusCode());
    JsonArray cleared = alerts(part);
    assertEquals(1, cleared.size());
    assertFalse(cleared.getJsonObject(0).getBoolean("open"), "restocked above the level: cleared");
    assertEquals(201, withdraw(part, a, 3, ticketNo).statusCode());
    JsonArray twice = alerts(part);
    assertEquals(2, twice.size(), "a new fall to the level: a new alert");
    assertEquals(
        told.size(),
        http.notices("BH-" + twice.getJsonObject(0).getJsonNumber("id").longValue()).size(),
        "the new alert is told as the first was");
    assertEquals(told, http.notices(alertRef), "the first alert's notices stay as they were");

    JsonArray stock = Http.json(http.get(AUDITOR, "spare-parts/stock?part=" + part)).asJsonArray();
    assertEquals(2, stock.size());
    assertEquals(
        2, stock.getJsonObject(0).getInt("quantity") + stock.getJsonObject(1).getInt("quantity"));
  }

  @Test
  @DisplayName("concurrent withdrawals never take more than the stock")
  void concurrentWithdrawals() throws Exception {
    String part = part(0, 6_000);
    String depot = depot("C");
    String ticketNo = ticket();
    assertEquals(201, receive(part, depot, 5).statusCode());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(pool.submit(() -> withdraw(part, depot, 1, ticketNo).statusCode()));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get(60, TimeUnit.SECONDS));
      }
      assertEquals(5, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
      assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    } finally {
      pool.shutdownNow();
    }
    assertEquals(0, total(part));
    assertEquals(1, alerts(part).size(), "the fall to zero raised one alert");
  }

  @Test
  @DisplayName("a closed ticket takes no parts: 409, the stock and its history unchanged")
  void closedTicketRefused() throws Exception {
    String part = part(0, 12_000);
    String depot = depot("X");
    String ticketNo = ticket();
    assertEquals(201, receive(part, depot, 3).statusCode());
    HttpResponse<String> resolved =
        http.post(TECH, "tickets/" + ticketNo + "/resolve", "{\"text\":\"重启后恢复\"}");
    assertEquals(200, resolved.statusCode(), resolved.body());
    HttpResponse<String> closed =
        http.post(HELPDESK, "tickets/" + ticketNo + "/confirm", "{\"rating\":5}");
    assertEquals("CLOSED", Http.object(closed).getString("status"), closed.body());

    HttpResponse<String> refused = withdraw(part, depot, 1, ticketNo);
    assertEquals(409, refused.statusCode(), refused.body());
    assertEquals(3, total(part), "nothing taken");
    assertEquals(List.of(), worklog(ticketNo), "nothing logged");
    JsonObject usage = Http.object(http.get(AUDITOR, "spare-parts/usage?ticket=" + ticketNo));
    assertEquals(0, usage.getJsonArray("withdrawals").size(), "no movement recorded");
  }
}
