package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.CARD_HOLDER;
import static org.yikatong.it.DemoUsers.CARD_HOLDER_2;
import static org.yikatong.it.DemoUsers.CARD_HOLDER_3;
import static org.yikatong.it.DemoUsers.HELPDESK;
import static org.yikatong.it.DemoUsers.TECH;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ticket flow over the REST API with the demo logins: helpdesk, technician, card holders. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TicketIT {

  private final Http http = new Http();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEarWith(ClockControl.class);
  }

  /** A Wednesday at 10:00 in Shanghai, within the service hours of every level's targets. */
  private static Instant nextWorkingMorning() {
    return ZonedDateTime.now(ZoneId.of("Asia/Shanghai"))
        .with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY))
        .withHour(10)
        .truncatedTo(ChronoUnit.HOURS)
        .toInstant();
  }

  @Test
  @DisplayName(
      "a phone report: opened, graded, assigned, paused while waiting, resolved, confirmed")
  void ticketFlow() throws Exception {
    assertEquals(
        204,
        http.put(HELPDESK, "test-clock", "{\"at\":\"" + nextWorkingMorning() + "\"}").statusCode());
    try {
      ticketFlowInWorkingHours();
    } finally {
      http.delete(HELPDESK, "test-clock");
    }
  }

  private void ticketFlowInWorkingHours() throws Exception {
    HttpResponse<String> opened =
        http.post(
            HELPDESK,
            "tickets",
            "{\"channel\":\"PHONE\",\"reporterName\":\"王老师\",\"reporterContact\":\"13800000000\","
                + "\"terminalId\":\"T0000003\",\"category\":\"HARDWARE\",\"title\":\"POS 黑屏\","
                + "\"description\":\"二楼清真窗口 POS 无显示\"}");
    assertEquals(201, opened.statusCode(), opened.body());
    JsonObject ticket = Http.object(opened);
    String no = ticket.getString("ticketNo");
    assertEquals("ASSIGNED", ticket.getString("status"), "dispatched by the duty roster");
    assertTrue(ticket.containsKey("assignee"));
    assertFalse(ticket.containsKey("respondedAt"), "an automatic assignment is no response");
    assertEquals("LEVEL_2", ticket.getString("level"), "suggested for one device");
    Instant created = Instant.parse(ticket.getString("createdAt"));
    assertEquals(
        created.plus(Duration.ofMinutes(10)), Instant.parse(ticket.getString("responseDue")));

    assertEquals(
        409, http.post(HELPDESK, "tickets/" + no + "/confirm", "{\"rating\":5}").statusCode());
    assertEquals(
        404,
        http.post(HELPDESK, "tickets/" + no + "/assign", "{\"technician\":\"finance\"}")
            .statusCode(),
        "finance is no technician");
    JsonObject assigned =
        Http.object(
            http.post(
                HELPDESK,
                "tickets/" + no + "/assign",
                "{\"technician\":\"tech\",\"text\":\"值班\"}"));
    assertEquals("ASSIGNED", assigned.getString("status"));
    assertFalse(assigned.isNull("respondedAt"), "assigning is the response");

    HttpResponse<String> started = http.post(TECH, "tickets/" + no + "/start", null);
    assertEquals("IN_PROGRESS", Http.object(started).getString("status"), started.body());
    JsonObject waiting =
        Http.object(http.post(TECH, "tickets/" + no + "/wait", "{\"text\":\"哪台机器?\"}"));
    assertEquals("WAITING_FOR_REPORTER", waiting.getString("status"));
    assertFalse(waiting.containsKey("resolutionDue"), "the clock stands: no resolution deadline");
    JsonObject answered =
        Http.object(http.post(HELPDESK, "tickets/" + no + "/answer", "{\"text\":\"清真窗口那台\"}"));
    assertTrue(answered.containsKey("resolutionDue"));
    JsonObject resolved =
        Http.object(http.post(TECH, "tickets/" + no + "/resolve", "{\"text\":\"更换电源适配器\"}"));
    assertEquals("RESOLVED", resolved.getString("status"));
    java.util.List<String> notices =
        Http.json(http.get(HELPDESK, "notifications?reference=" + no)).asJsonArray().stream()
            .map(
                m ->
                    m.asJsonObject().getString("kind")
                        + "/"
                        + m.asJsonObject().getString("recipient"))
            .toList();
    assertTrue(
        notices.contains("ASSIGNED/" + ticket.getString("assignee")),
        "the technician the roster chose is told: " + notices);
    assertTrue(notices.contains("ASSIGNED/tech"), "and the one the helpdesk chose: " + notices);
    assertTrue(
        notices.contains("RESOLVED/helpdesk"),
        "the helpdesk that took the call hears of the resolution: " + notices);
    assertEquals(
        400, http.post(HELPDESK, "tickets/" + no + "/confirm", "{\"rating\":6}").statusCode());
    JsonObject closed =
        Http.object(
            http.post(HELPDESK, "tickets/" + no + "/confirm", "{\"rating\":5,\"text\":\"满意\"}"));
    assertEquals("CLOSED", closed.getString("status"));
    assertEquals(5, closed.getInt("rating"));
    assertEquals(
        409, http.post(HELPDESK, "tickets/" + no + "/reopen", "{\"text\":\"again\"}").statusCode());
    assertTrue(closed.getJsonArray("history").size() >= 7, closed.toString());
    assertEquals(
        404,
        http.get(CARD_HOLDER, "tickets/" + no).statusCode(),
        "a card holder does not see others' tickets");
  }

  @Test
  @DisplayName("a card holder reports through the app and follows only their own tickets")
  void cardHolderTickets() throws Exception {
    HttpResponse<String> opened =
        http.post(
            CARD_HOLDER_2,
            "tickets",
            "{\"channel\":\"PHONE\",\"reporterName\":\"学生\",\"category\":\"SOFTWARE\","
                + "\"level\":\"LEVEL_1\",\"title\":\"充值未到账\",\"description\":\"微信充值 50 元未到账\"}");
    assertEquals(201, opened.statusCode(), opened.body());
    JsonObject ticket = Http.object(opened);
    assertEquals(
        "APP", ticket.getString("channel"), "a card holder's report comes through the app");
    assertEquals("LEVEL_2", ticket.getString("level"), "card holders do not set the level");
    assertEquals(CARD_HOLDER_2, ticket.getString("reporterHolderNo"));
    String no = ticket.getString("ticketNo");
    assertEquals(200, http.get(CARD_HOLDER_2, "tickets/" + no).statusCode());
    assertEquals(404, http.get(CARD_HOLDER_3, "tickets/" + no).statusCode());
    assertTrue(
        Http.json(http.get(CARD_HOLDER_3, "tickets")).asJsonArray().stream()
            .noneMatch(t -> t.asJsonObject().getString("ticketNo").equals(no)));
  }

  @Test
  @DisplayName("bad reports are refused and nothing is saved")
  void badInput() throws Exception {
    assertEquals(
        404,
        http.post(
                HELPDESK,
                "tickets",
                "{\"channel\":\"PHONE\",\"reporterName\":\"x\",\"terminalId\":\"NOPE0000\","
                    + "\"category\":\"HARDWARE\",\"title\":\"t\",\"description\":\"d\"}")
            .statusCode());
    assertEquals(
        400,
        http.post(
                HELPDESK,
                "tickets",
                "{\"channel\":\"PHONE\",\"reporterName\":\"x\",\"category\":\"HARDWARE\",\"description\":\"d\"}")
            .statusCode(),
        "no title");
    assertEquals(404, http.get(HELPDESK, "tickets/GD20260101-0").statusCode());
  }
}
