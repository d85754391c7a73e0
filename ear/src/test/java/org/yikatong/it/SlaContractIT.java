package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.ADMIN;
import static org.yikatong.it.DemoUsers.HELPDESK;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** SLA targets per contract and working calendars over the REST API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SlaContractIT {

  private final Http http = new Http();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEar();
  }

  @Test
  @DisplayName("the default contract carries the contract's targets")
  void defaults() throws Exception {
    JsonObject contract = Http.json(http.get(ADMIN, "sla-contracts/DEFAULT")).asJsonObject();
    assertTrue(contract.getBoolean("defaultContract"));
    assertEquals("CN", contract.getString("calendar"));
    JsonArray targets = contract.getJsonArray("targets");
    assertEquals(11, targets.size(), targets.toString());
    assertTrue(
        targets.stream()
            .map(JsonObject.class::cast)
            .anyMatch(
                t ->
                    t.getString("level").equals("LEVEL_1")
                        && t.getString("target").equals("FIX_PLAN")
                        && t.getInt("amount") == 3
                        && t.getString("unit").equals("WORKING_DAYS")));
    JsonObject calendar = Http.json(http.get(ADMIN, "duty-calendars/CN")).asJsonObject();
    assertEquals("08:00", calendar.getString("dutyStart"));
    assertTrue(calendar.getJsonArray("days").size() >= 30, "the year's holidays");
  }

  @Test
  @DisplayName(
      "a contract of its own: its targets hold its tickets, changes apply to open ones and are"
          + " logged")
  void contractOfItsOwn() throws Exception {
    String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
    String cal = "CAL" + suffix;
    String code = "C" + suffix;
    assertEquals(
        201,
        http.post(
                ADMIN,
                "duty-calendars",
                "{\"code\":\"" + cal + "\",\"name\":\"7x24\",\"dutyStart\":\"00:00\"}")
            .statusCode());
    assertEquals(
        400,
        http.post(
                ADMIN,
                "duty-calendars",
                "{\"code\":\"X" + suffix + "\",\"name\":\"bad\",\"dutyStart\":\"25:00\"}")
            .statusCode(),
        "no such hour");
    HttpResponse<String> created =
        http.post(
            ADMIN,
            "sla-contracts",
            "{\"code\":\"" + code + "\",\"name\":\"图书馆自助设备\",\"calendar\":\"" + cal + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    assertEquals(
        409,
        http.post(
                ADMIN,
                "sla-contracts",
                "{\"code\":\"" + code + "\",\"name\":\"x\",\"calendar\":\"" + cal + "\"}")
            .statusCode());
    HttpResponse<String> changed =
        http.put(
            ADMIN,
            "sla-contracts/" + code + "/targets/LEVEL_2/RESPONSE",
            "{\"amount\":30,\"unit\":\"MINUTES\",\"basis\":\"ROUND_THE_CLOCK\",\"warningMinutes\":10}");
    assertEquals(200, changed.statusCode(), changed.body());
    assertEquals(
        409,
        http.delete(ADMIN, "sla-contracts/" + code + "/targets/LEVEL_2/RESPONSE").statusCode(),
        "every level keeps a response target");
    assertEquals(
        400,
        http.put(
                ADMIN,
                "sla-contracts/" + code + "/targets/LEVEL_2/PLAN",
                "{\"amount\":0,\"unit\":\"HOURS\"}")
            .statusCode());
    assertEquals(
        404,
        http.put(
                ADMIN,
                "sla-contracts/NOPE" + suffix + "/targets/LEVEL_2/PLAN",
                "{\"amount\":1,\"unit\":\"HOURS\"}")
            .statusCode());

    HttpResponse<String> opened =
        http.post(
            HELPDESK,
            "tickets",
            "{\"channel\":\"PHONE\",\"reporterName\":\"馆员\",\"terminalId\":\"L0000001\","
                + "\"category\":\"HARDWARE\",\"title\":\"借还书机无法读卡\",\"description\":\"d\","
                + "\"contract\":\""
                + code
                + "\"}");
    assertEquals(201, opened.statusCode(), opened.body());
    JsonObject ticket = Http.json(opened).asJsonObject();
    Instant createdAt = Instant.parse(ticket.getString("createdAt"));
    assertEquals(
        createdAt.plus(Duration.ofMinutes(30)), Instant.parse(ticket.getString("responseDue")));

    http.put(
        ADMIN,
        "sla-contracts/" + code + "/targets/LEVEL_2/RESPONSE",
        "{\"amount\":1,\"unit\":\"HOURS\",\"basis\":\"ROUND_THE_CLOCK\",\"warningMinutes\":10}");
    JsonObject after =
        Http.json(http.get(HELPDESK, "tickets/" + ticket.getString("ticketNo"))).asJsonObject();
    assertEquals(
        createdAt.plus(Duration.ofHours(1)),
        Instant.parse(after.getString("responseDue")),
        "a changed target applies to the open tickets of the contract");

    assertEquals(
        404,
        http.post(
                HELPDESK,
                "tickets",
                "{\"channel\":\"PHONE\",\"reporterName\":\"x\",\"category\":\"HARDWARE\","
                    + "\"title\":\"t\",\"description\":\"d\",\"contract\":\"NOPE\"}")
            .statusCode(),
        "an unknown contract");
    assertEquals(
        403,
        http.put(
                HELPDESK,
                "sla-contracts/" + code + "/targets/LEVEL_2/PLAN",
                "{\"amount\":1,\"unit\":\"HOURS\"}")
            .statusCode(),
        "only administrators change targets");

    assertEquals(
        200,
        http.put(
                ADMIN,
                "duty-calendars/" + cal + "/days/2026-12-31",
                "{\"kind\":\"HOLIDAY\",\"note\":\"测试\"}")
            .statusCode());
    assertEquals(
        400,
        http.put(ADMIN, "duty-calendars/" + cal + "/days/2026-13-01", "{\"kind\":\"HOLIDAY\"}")
            .statusCode());
    JsonArray changes = Http.json(http.get(ADMIN, "sla-config-changes?max=20")).asJsonArray();
    assertTrue(
        changes.stream()
            .map(JsonObject.class::cast)
            .anyMatch(
                c ->
                    c.getString("subject").equals("contract " + code + " LEVEL_2 RESPONSE")
                        && c.getString("detail").startsWith("30 minutes")
                        && c.getString("actor").equals("admin")),
        changes.toString());
  }
}
