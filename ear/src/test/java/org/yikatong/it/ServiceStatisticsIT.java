package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.ADMIN;
import static org.yikatong.it.DemoUsers.AUDITOR;
import static org.yikatong.it.DemoUsers.FINANCE;
import static org.yikatong.it.DemoUsers.HELPDESK;
import static org.yikatong.it.DemoUsers.TECH;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service statistics over REST: today's figures move by exactly the tickets this test opens
 * (counted against a baseline fetched first, as other tests open tickets too), as JSON and CSV; bad
 * periods and roles are refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServiceStatisticsIT {

  private final Http http = new Http();
  private final String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEar();
  }

  private JsonObject stats() throws Exception {
    HttpResponse<String> r = http.get(AUDITOR, "service-statistics?from=" + today + "&to=" + today);
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r).asJsonObject();
  }

  private static long count(JsonObject stats, String map, String key) {
    return stats.getJsonObject(map).getJsonNumber(key).longValue();
  }

  private String open(String json) throws Exception {
    HttpResponse<String> opened = http.post(HELPDESK, "tickets", json);
    assertEquals(201, opened.statusCode(), opened.body());
    return Http.json(opened).asJsonObject().getString("ticketNo");
  }

  @Test
  @DisplayName("today's figures count the tickets opened, responded to and resolved; JSON and CSV")
  void todaysFigures() throws Exception {
    JsonObject before = stats();
    String hardware =
        open(
            "{\"channel\":\"PHONE\",\"reporterName\":\"食堂王师傅\",\"terminalId\":\"T0000006\","
                + "\"category\":\"HARDWARE\",\"level\":\"LEVEL_1\",\"title\":\"收银 POS 死机\","
                + "\"description\":\"超市收银台 POS 无响应\"}");
    String question =
        open(
            "{\"channel\":\"WEB\",\"reporterName\":\"李同学\",\"category\":\"OPERATOR_ERROR\","
                + "\"title\":\"如何挂失\",\"description\":\"校园卡丢失怎么挂失\"}");
    assertEquals(
        200,
        http.post(HELPDESK, "tickets/" + hardware + "/assign", "{\"technician\":\"tech\"}")
            .statusCode());
    assertEquals(
        200,
        http.post(HELPDESK, "tickets/" + question + "/resolve", "{\"text\":\"已告知自助挂失步骤\"}")
            .statusCode());

    JsonObject after = stats();
    assertEquals(today, after.getString("from"));
    assertEquals("Asia/Shanghai", after.getString("zone"));
    assertEquals(before.getInt("tickets") + 2, after.getInt("tickets"), after.toString());
    assertEquals(
        count(before, "ticketsByLevel", "LEVEL_1") + 1, count(after, "ticketsByLevel", "LEVEL_1"));
    assertEquals(
        count(before, "ticketsByLevel", "LEVEL_3") + 1, count(after, "ticketsByLevel", "LEVEL_3"));
    assertEquals(
        count(before, "ticketsByLevel", "LEVEL_2"), count(after, "ticketsByLevel", "LEVEL_2"));
    assertEquals(
        count(before, "ticketsByChannel", "PHONE") + 1, count(after, "ticketsByChannel", "PHONE"));
    assertEquals(
        count(before, "ticketsByChannel", "WEB") + 1, count(after, "ticketsByChannel", "WEB"));
    assertEquals(
        count(before, "ticketsByCategory", "HARDWARE") + 1,
        count(after, "ticketsByCategory", "HARDWARE"));
    assertEquals(
        count(before, "ticketsByCategory", "OPERATOR_ERROR") + 1,
        count(after, "ticketsByCategory", "OPERATOR_ERROR"));
    assertEquals(
        before.getJsonObject("timeToRespond").getInt("tickets") + 2,
        after.getJsonObject("timeToRespond").getInt("tickets"));
    assertEquals(
        before.getJsonObject("timeToResolve").getInt("tickets") + 1,
        after.getJsonObject("timeToResolve").getInt("tickets"));
    assertTrue(after.getJsonObject("timeToResolve").containsKey("meanMinutes"), after.toString());

    JsonObject faults = after.getJsonObject("faultRate");
    assertTrue(faults.getInt("faultyTerminals") >= 1, faults.toString());
    assertTrue(faults.getInt("terminals") >= 12, faults.toString());
    assertEquals(
        faults.getJsonNumber("percent").bigDecimalValue().compareTo(new java.math.BigDecimal("2"))
            < 0,
        faults.getBoolean("targetMet"));
    JsonObject level1 =
        after.getJsonArray("slaCompliance").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("level").equals("LEVEL_1"))
            .findFirst()
            .orElseThrow();
    assertEquals(count(after, "ticketsByLevel", "LEVEL_1"), level1.getInt("tickets"));
    assertTrue(after.getJsonObject("penalties").containsKey("deductedFen"));
    assertTrue(after.getBoolean("complaintsReported"), "the complaint register reports");
    assertTrue(after.getBoolean("costsReported"), "training and spare parts report costs");
    assertEquals(1, after.getJsonArray("complaintsByMonth").size(), "one day: one month");
    assertEquals(1, after.getJsonArray("costsByYear").size(), "one day: one year");

    String query = "?from=" + today + "&to=" + today;
    for (String csvPath : List.of("service-statistics" + query, "service-statistics.csv" + query)) {
      HttpResponse<String> csv = http.get(FINANCE, csvPath, "text/csv");
      assertEquals(200, csv.statusCode(), csv.body());
      assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
      List<String> lines = List.of(csv.body().split("\r\n"));
      assertEquals("figure,key,value", lines.get(0));
      assertTrue(lines.contains("tickets,total," + after.getInt("tickets")), csv.body());
      assertTrue(
          lines.contains("ticketsByLevel,LEVEL_1," + count(after, "ticketsByLevel", "LEVEL_1")),
          csv.body());
      assertTrue(lines.contains("faultRate,terminals," + faults.getInt("terminals")), csv.body());
    }
  }

  @Test
  @DisplayName("bad periods are 400 problem details; technicians and card holders may not read")
  void refusals() throws Exception {
    for (String query :
        List.of(
            "from=2026-11-02&to=2026-11-01",
            "from=2026-13-01&to=2026-12-01",
            "from=2020-01-01&to=2026-01-01",
            "to=2026-11-01")) {
      HttpResponse<String> r = http.get(ADMIN, "service-statistics?" + query);
      assertEquals(400, r.statusCode(), query + ": " + r.body());
      assertTrue(
          r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
          query);
    }
    assertEquals(
        403, http.get(TECH, "service-statistics?from=" + today + "&to=" + today).statusCode());
    assertEquals(
        401, http.get(Http.api("service-statistics?from=" + today + "&to=" + today)).statusCode());
  }
}
