package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.AUDITOR;
import static org.yikatong.it.DemoUsers.HELPDESK;
import static org.yikatong.it.DemoUsers.TECH;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yikatong.kernel.application.AdjustableClock;

/**
 * Inspections over the REST API with the demo logins, the server clock set instead of waiting: a
 * 2-hourly kiosk patrol is planned once however often the planner runs, a round with a failed item
 * opens a ticket naming the round, and rounds not done by their due time are overdue, then missed.
 * Runs inside the server only to set its clock.
 */
@ExtendWith(ArquillianExtension.class)
class InspectionIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Deployment
  static EnterpriseArchive ear() {
    return Deployments.builtEarWith(InspectionIT.class, Http.class, DemoUsers.class);
  }

  @Inject AdjustableClock clock;
  private final Http http = new Http();

  @Test
  @DisplayName(
      "a kiosk patrol: planned once, a failed item opens a ticket naming the round, overdue rounds"
          + " flagged then missed")
  void patrol() throws Exception {
    // A Monday 7:00 in Shanghai, well ahead of anything else the tests post.
    ZonedDateTime monday =
        Instant.now()
            .plus(Duration.ofDays(60))
            .atZone(SHANGHAI)
            .toLocalDate()
            .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
            .atTime(7, 0)
            .atZone(SHANGHAI);
    try {
      at(monday.toInstant());
      String name = "圈存机巡查 IT " + Long.toString(System.nanoTime(), 36);
      String template =
          "{\"name\":\""
              + name
              + "\",\"kind\":\"PATROL\",\"targetType\":\"KIOSK\",\"items\":["
              + "{\"text\":\"屏幕与触摸正常\",\"category\":\"HARDWARE\"},"
              + "{\"text\":\"网络连接正常\",\"category\":\"NETWORK\"},"
              + "{\"text\":\"圈存测试交易成功\",\"category\":\"SOFTWARE\"}]}";
      assertEquals(403, http.post(AUDITOR, "inspection-templates", template).statusCode());
      HttpResponse<String> created = http.post(HELPDESK, "inspection-templates", template);
      assertEquals(201, created.statusCode(), created.body());
      long templateId = Http.object(created).getJsonNumber("id").longValue();
      assertEquals(
          409,
          http.post(HELPDESK, "inspection-templates", template).statusCode(),
          "names are unique");
      assertEquals(
          404,
          http.post(
                  HELPDESK,
                  "inspection-schedules",
                  "{\"templateId\":" + templateId + ",\"everyHours\":2,\"assignee\":\"finance\"}")
              .statusCode(),
          "finance is no technician");
      HttpResponse<String> scheduled =
          http.post(
              HELPDESK,
              "inspection-schedules",
              "{\"templateId\":" + templateId + ",\"everyHours\":2,\"assignee\":\"tech\"}");
      assertEquals(201, scheduled.statusCode(), scheduled.body());
      JsonObject schedule = Http.object(scheduled);
      long scheduleId = schedule.getJsonNumber("id").longValue();
      Instant eight = monday.withHour(8).toInstant();
      assertEquals(eight, Instant.parse(schedule.getString("nextRoundAt")));
      assertEquals(120, schedule.getInt("graceMinutes"), "due one interval later by default");

      // 8:00: the planner plans the day's patrols and tomorrow's first, once.
      at(eight);
      assertEquals(403, http.post(TECH, "inspection-rounds/check", null).statusCode());
      assertEquals(200, http.post(HELPDESK, "inspection-rounds/check", null).statusCode());
      List<Instant> expected =
          List.of(8, 10, 12, 14, 16, 18, 20, 22).stream()
              .map(h -> monday.withHour(h).toInstant())
              .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
      expected.add(monday.plusDays(1).withHour(8).toInstant());
      assertEquals(expected, plannedTimes(scheduleId));
      assertEquals(200, http.post(HELPDESK, "inspection-rounds/check", null).statusCode());
      assertEquals(expected, plannedTimes(scheduleId), "planned once however often it runs");

      long first = roundAt(scheduleId, eight).getJsonNumber("id").longValue();
      long second =
          roundAt(scheduleId, monday.withHour(10).toInstant()).getJsonNumber("id").longValue();
      HttpResponse<String> started = http.post(TECH, "inspection-rounds/" + first + "/start", null);
      assertEquals("IN_PROGRESS", Http.object(started).getString("status"), started.body());
      assertEquals(
          409, http.post(TECH, "inspection-rounds/" + first + "/start", null).statusCode());
      assertEquals(
          403, http.post(AUDITOR, "inspection-rounds/" + second + "/start", null).statusCode());

      // A result for every item, or nothing.
      assertEquals(
          400,
          results(first, "{\"itemNo\":1,\"outcome\":\"OK\"},{\"itemNo\":2,\"outcome\":\"OK\"}")
              .statusCode(),
          "item 3 has no result");
      assertEquals(
          400,
          results(
                  first,
                  "{\"itemNo\":1,\"outcome\":\"OK\"},{\"itemNo\":2,\"outcome\":\"FAILED\"},"
                      + "{\"itemNo\":3,\"outcome\":\"OK\"}")
              .statusCode(),
          "a failure needs a note");
      assertEquals(
          404,
          results(
                  first,
                  "{\"itemNo\":1,\"outcome\":\"OK\"},{\"itemNo\":2,\"outcome\":\"FAILED\","
                      + "\"note\":\"断网\",\"terminalCode\":\"K9999999\"},{\"itemNo\":3,\"outcome\":\"OK\"}")
              .statusCode(),
          "an unknown terminal: the ticket is refused");
      JsonObject unchanged = Http.object(http.get(TECH, "inspection-rounds/" + first));
      assertEquals("IN_PROGRESS", unchanged.getString("status"), "nothing half-saved");
      assertTrue(
          unchanged.getJsonArray("items").stream()
              .noneMatch(i -> i.asJsonObject().containsKey("outcome")),
          unchanged.toString());

      HttpResponse<String> done =
          results(
              first,
              "{\"itemNo\":3,\"outcome\":\"OK\"},{\"itemNo\":1,\"outcome\":\"OK\"},"
                  + "{\"itemNo\":2,\"outcome\":\"FAILED\",\"note\":\"网口松动，重插后仍时断时续\","
                  + "\"terminalCode\":\"K0000001\"}");
      assertEquals(200, done.statusCode(), done.body());
      JsonObject completed = Http.object(done);
      assertEquals("COMPLETED", completed.getString("status"));
      assertEquals("tech", completed.getString("completedBy"));
      JsonArray items = completed.getJsonArray("items");
      assertFalse(items.getJsonObject(0).containsKey("ticketNo"), "an OK item opens nothing");
      String ticketNo = items.getJsonObject(1).getString("ticketNo");
      assertEquals(409, results(first, "{\"itemNo\":1,\"outcome\":\"OK\"}").statusCode());

      JsonObject ticket = Http.object(http.get(HELPDESK, "tickets/" + ticketNo));
      assertEquals("MONITORING", ticket.getString("channel"));
      assertEquals("NETWORK", ticket.getString("category"));
      assertEquals("K0000001", ticket.getString("terminalId"));
      assertEquals("LEVEL_2", ticket.getString("level"), "one device");
      assertTrue(
          ticket.getString("description").contains("巡检轮次 #" + first),
          ticket.getString("description"));
      assertTrue(ticket.getString("description").contains("网口松动"));

      // 12:00:01: the 10:00 patrol, never begun, is past its due time.
      at(monday.withHour(12).plusSeconds(1).toInstant());
      JsonArray overdue =
          Http.json(http.get(AUDITOR, "inspection-rounds/overdue?schedule=" + scheduleId))
              .asJsonArray();
      List<Long> overdueIds =
          overdue.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
      assertTrue(overdueIds.contains(second), overdue.toString());
      assertFalse(overdueIds.contains(first), "completed in time");
      JsonObject late = Http.object(http.get(TECH, "inspection-rounds/" + second));
      assertTrue(late.getBoolean("overdue"));
      assertEquals("PLANNED", late.getString("status"));
      JsonObject noon = roundAt(scheduleId, monday.withHour(12).toInstant());
      assertFalse(noon.getBoolean("overdue"), "the 12:00 patrol is due at 14:00");

      assertEquals(200, http.post(HELPDESK, "inspection-rounds/check", null).statusCode());
      JsonObject missed = Http.object(http.get(TECH, "inspection-rounds/" + second));
      assertEquals("MISSED", missed.getString("status"));
      assertTrue(missed.getBoolean("overdue"));
      assertEquals(
          409, http.post(TECH, "inspection-rounds/" + second + "/start", null).statusCode());

      // The missed round's assignee and the helpdesk are told, once however often the planner runs.
      List<String> told = http.notices("XJ-" + second);
      assertTrue(
          told.stream().anyMatch(n -> n.startsWith("ROUND_OVERDUE/tech/")),
          "the assignee is told: " + told);
      assertTrue(
          told.stream().anyMatch(n -> n.startsWith("ROUND_OVERDUE/helpdesk/")),
          "the helpdesk is told: " + told);
      assertTrue(
          told.stream().allMatch(n -> n.startsWith("ROUND_OVERDUE/")), "one kind only: " + told);
      assertEquals(told.stream().distinct().toList(), told, "once per recipient and channel");
      at(monday.withHour(12).plusMinutes(5).toInstant());
      assertEquals(200, http.post(HELPDESK, "inspection-rounds/check", null).statusCode());
      assertEquals(told, http.notices("XJ-" + second), "the second run tells nobody again");
      assertEquals(List.of(), http.notices("XJ-" + first), "completed in time: nobody is told");

      // A round begun but not completed by its due time is overdue too, and told of once.
      long noonRound = noon.getJsonNumber("id").longValue();
      at(monday.withHour(13).toInstant());
      assertEquals(
          "IN_PROGRESS",
          Http.object(http.post(TECH, "inspection-rounds/" + noonRound + "/start", null))
              .getString("status"));
      at(monday.withHour(14).plusMinutes(1).toInstant());
      HttpResponse<String> checked = http.post(HELPDESK, "inspection-rounds/check", null);
      assertEquals(200, checked.statusCode(), checked.body());
      assertTrue(Http.object(checked).getInt("notified") >= 1, checked.body());
      List<String> begun = http.notices("XJ-" + noonRound);
      assertTrue(begun.stream().anyMatch(n -> n.startsWith("ROUND_OVERDUE/tech/")), "" + begun);
      assertEquals(200, http.post(HELPDESK, "inspection-rounds/check", null).statusCode());
      assertEquals(begun, http.notices("XJ-" + noonRound), "told once");
      assertEquals(
          "IN_PROGRESS",
          Http.object(http.get(TECH, "inspection-rounds/" + noonRound)).getString("status"),
          "begun in time: overdue, not missed");
    } finally {
      clock.shift(Duration.ZERO);
    }
  }

  private HttpResponse<String> results(long round, String items) throws Exception {
    return http.post(
        TECH, "inspection-rounds/" + round + "/results", "{\"results\":[" + items + "]}");
  }

  private List<Instant> plannedTimes(long scheduleId) throws Exception {
    return rounds(scheduleId).stream()
        .map(v -> Instant.parse(v.asJsonObject().getString("plannedAt")))
        .sorted()
        .toList();
  }

  private JsonObject roundAt(long scheduleId, Instant plannedAt) throws Exception {
    return rounds(scheduleId).stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> Instant.parse(r.getString("plannedAt")).equals(plannedAt))
        .findFirst()
        .orElseThrow();
  }

  private JsonArray rounds(long scheduleId) throws Exception {
    HttpResponse<String> response =
        http.get(TECH, "inspection-rounds?max=500&schedule=" + scheduleId);
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response).asJsonArray();
  }

  private void at(Instant instant) {
    clock.shift(Duration.between(Instant.now(), instant));
  }
}
