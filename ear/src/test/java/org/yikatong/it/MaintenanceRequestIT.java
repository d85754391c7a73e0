package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.AUDITOR;
import static org.yikatong.it.DemoUsers.CARD_HOLDER;
import static org.yikatong.it.DemoUsers.CARD_HOLDER_2;
import static org.yikatong.it.DemoUsers.HELPDESK;
import static org.yikatong.it.DemoUsers.TECH;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The user problem feedback and resolution form over the REST API with the demo logins: the whole
 * flow, refusals (409 out of order, 400 without the step's text, 404 for unknown numbers, tickets
 * and terminals), the form as PDF, and a card holder's own request (submitted, seen and confirmed
 * by them alone; staff steps stay staff-only).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MaintenanceRequestIT {

  private final Http http = new Http();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEar();
  }

  private static String submission(String kind, String extra) {
    return "{\"kind\":\""
        + kind
        + "\",\"requestingUnit\":\"财务处\",\"requesterName\":\"王会计\","
        + "\"requesterContact\":\"0951-2061234\",\"title\":\"补助报表按院系汇总\","
        + "\"description\":\"每月补助发放后需要按院系汇总\""
        + extra
        + "}";
  }

  @Test
  @DisplayName(
      "a perfective request: submitted, reviewed, planned, implemented, verified,"
          + " confirmed, archived, printed")
  void wholeForm() throws Exception {
    HttpResponse<String> created =
        http.post(
            HELPDESK,
            "maintenance-requests",
            submission("PERFECTIVE", ",\"terminalId\":\"K0000001\""));
    assertEquals(201, created.statusCode(), created.body());
    JsonObject request = Http.object(created);
    String no = request.getString("requestNo");
    assertTrue(no.matches("WX\\d{8}-\\d+"), no);
    assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/" + no));
    assertEquals("SUBMITTED", request.getString("status"));
    assertTrue(request.getBoolean("customRequest"));
    assertEquals(
        List.of("UNDERSTAND", "ANSWER"),
        request.getJsonArray("deadlines").getValuesAs(JsonObject.class).stream()
            .map(d -> d.getString("deadline"))
            .toList());

    // Out of order: 409, and nothing changes.
    HttpResponse<String> early =
        http.post(TECH, "maintenance-requests/" + no + "/implement", "{\"text\":\"直接改\"}");
    assertEquals(409, early.statusCode(), early.body());
    // A step without its text: 400.
    assertEquals(400, http.post(TECH, "maintenance-requests/" + no + "/review", "{}").statusCode());
    assertEquals(
        400,
        http.post(TECH, "maintenance-requests/" + no + "/review", "{\"text\":\"\"}").statusCode());
    assertEquals(
        "SUBMITTED",
        Http.object(http.get(AUDITOR, "maintenance-requests/" + no)).getString("status"));

    assertEquals(
        200,
        http.post(TECH, "maintenance-requests/" + no + "/review", "{\"text\":\"属于完善性维护，受理\"}")
            .statusCode());
    assertEquals(
        200,
        http.post(
                TECH,
                "maintenance-requests/" + no + "/plan",
                "{\"text\":\"报表中心增加院系汇总报表\",\"by\":\"王会计\"}")
            .statusCode());
    assertEquals(200, http.post(TECH, "maintenance-requests/" + no + "/start", null).statusCode());
    assertEquals(
        409,
        http.post(TECH, "maintenance-requests/" + no + "/start", null).statusCode(),
        "started once");
    assertEquals(
        200,
        http.post(TECH, "maintenance-requests/" + no + "/implement", "{\"text\":\"已部署报表 R-27\"}")
            .statusCode());
    assertEquals(
        200,
        http.post(TECH, "maintenance-requests/" + no + "/verify", "{\"text\":\"与手工统计一致\"}")
            .statusCode());
    HttpResponse<String> byTech =
        http.post(TECH, "maintenance-requests/" + no + "/confirm", "{\"text\":\"满足需要\"}");
    assertEquals(403, byTech.statusCode(), "the helpdesk takes down the user's confirmation");
    assertEquals(
        200,
        http.post(HELPDESK, "maintenance-requests/" + no + "/confirm", "{\"text\":\"满足需要\"}")
            .statusCode());
    HttpResponse<String> archived =
        http.post(HELPDESK, "maintenance-requests/" + no + "/archive", null);
    assertEquals(200, archived.statusCode(), archived.body());
    JsonObject done = Http.object(archived);
    assertEquals("ARCHIVED", done.getString("status"));
    assertEquals("王会计", done.getString("confirmedBy"));
    List<JsonObject> history = done.getJsonArray("history").getValuesAs(JsonObject.class);
    assertEquals(
        List.of(
            "null>SUBMITTED",
            "SUBMITTED>REVIEWED",
            "REVIEWED>PLAN_AGREED",
            "PLAN_AGREED>PLAN_AGREED",
            "PLAN_AGREED>IMPLEMENTED",
            "IMPLEMENTED>VERIFIED",
            "VERIFIED>CONFIRMED",
            "CONFIRMED>ARCHIVED"),
        history.stream()
            .map(e -> e.getString("fromStatus", "null") + ">" + e.getString("toStatus"))
            .toList());
    assertEquals("tech", history.get(1).getString("actor"));
    assertEquals("helpdesk", history.get(7).getString("actor"));
    assertEquals(
        409, http.post(HELPDESK, "maintenance-requests/" + no + "/archive", null).statusCode());

    // The list filters by kind and status.
    List<String> archivedPerfective =
        Http.json(http.get(AUDITOR, "maintenance-requests?kind=PERFECTIVE&status=ARCHIVED&max=500"))
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(
                r ->
                    r.getString("status")
                        + "/"
                        + r.getString("kind")
                        + "/"
                        + r.getString("requestNo"))
            .toList();
    assertTrue(
        archivedPerfective.contains("ARCHIVED/PERFECTIVE/" + no), archivedPerfective.toString());
    assertTrue(archivedPerfective.stream().allMatch(s -> s.startsWith("ARCHIVED/PERFECTIVE/")));

    // The printable form.
    HttpResponse<byte[]> pdf = pdf(AUDITOR, no);
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII));
    PdfReader reader = new PdfReader(pdf.body());
    try {
      String text = new PdfTextExtractor(reader).getTextFromPage(1);
      assertTrue(text.contains(no), text);
    } finally {
      reader.close();
    }
  }

  @Test
  @DisplayName("rejected at review with a reason; unknown numbers, tickets and terminals are 404")
  void refusals() throws Exception {
    HttpResponse<String> created =
        http.post(HELPDESK, "maintenance-requests", submission("ADAPTIVE", ""));
    assertEquals(201, created.statusCode(), created.body());
    String no = Http.object(created).getString("requestNo");
    assertEquals(
        400,
        http.post(HELPDESK, "maintenance-requests/" + no + "/reject", "{\"text\":\" \"}")
            .statusCode());
    HttpResponse<String> rejected =
        http.post(HELPDESK, "maintenance-requests/" + no + "/reject", "{\"text\":\"不属于合同范围\"}");
    assertEquals(200, rejected.statusCode(), rejected.body());
    assertEquals("REJECTED", Http.object(rejected).getString("status"));
    assertEquals("不属于合同范围", Http.object(rejected).getString("rejectionReason"));
    assertEquals(
        409,
        http.post(TECH, "maintenance-requests/" + no + "/plan", "{\"text\":\"方案\"}").statusCode());

    assertEquals(404, http.get(TECH, "maintenance-requests/WX20260101-999999999").statusCode());
    assertEquals(
        404,
        http.post(TECH, "maintenance-requests/WX20260101-999999999/review", "{\"text\":\"x\"}")
            .statusCode());
    assertEquals(404, pdf(TECH, "WX20260101-999999999").statusCode());
    assertEquals(
        404,
        http.post(
                HELPDESK,
                "maintenance-requests",
                submission("CORRECTIVE", ",\"ticketNo\":\"GD20260101-999999999\""))
            .statusCode());
    assertEquals(
        404,
        http.post(
                HELPDESK,
                "maintenance-requests",
                submission("CORRECTIVE", ",\"terminalId\":\"X9999999\""))
            .statusCode());
    // Missing mandatory fields of the form.
    assertEquals(
        400,
        http.post(
                HELPDESK,
                "maintenance-requests",
                "{\"kind\":\"ADAPTIVE\",\"requesterName\":\"王会计\"}")
            .statusCode());
    assertEquals(400, http.post(HELPDESK, "maintenance-requests", "{}").statusCode());
    // Auditors read, but do not submit; without credentials nothing.
    assertEquals(
        403, http.post(AUDITOR, "maintenance-requests", submission("ADAPTIVE", "")).statusCode());
    assertEquals(401, http.anonymous("maintenance-requests/" + no).statusCode());
  }

  @Test
  @DisplayName("a corrective request can name the fault ticket behind it")
  void referencesATicket() throws Exception {
    HttpResponse<String> ticket =
        http.post(
            HELPDESK,
            "tickets",
            "{\"channel\":\"PHONE\",\"reporterName\":\"王老师\",\"category\":\"SOFTWARE\","
                + "\"title\":\"补助到账时间错误\",\"description\":\"补助显示到账时间晚一天\"}");
    assertEquals(201, ticket.statusCode(), ticket.body());
    String ticketNo = Http.object(ticket).getString("ticketNo");
    HttpResponse<String> created =
        http.post(
            HELPDESK,
            "maintenance-requests",
            submission("CORRECTIVE", ",\"ticketNo\":\"" + ticketNo + "\""));
    assertEquals(201, created.statusCode(), created.body());
    assertEquals(ticketNo, Http.object(created).getString("ticketNo"));
    assertTrue(
        Http.object(created).getJsonArray("deadlines").isEmpty(), "faults run on the ticket SLA");
  }

  @Test
  @DisplayName(
      "a card holder submits, sees and confirms their own request; another holder gets 404,"
          + " staff steps by a holder 403")
  void cardHoldersOwnRequest() throws Exception {
    HttpResponse<String> created =
        http.post(
            CARD_HOLDER,
            "maintenance-requests",
            "{\"kind\":\"PERFECTIVE\",\"requestingUnit\":\"计算机学院\","
                + "\"title\":\"App 增加消费提醒\",\"description\":\"单笔消费超过设定金额时推送提醒\"}");
    assertEquals(201, created.statusCode(), created.body());
    JsonObject request = Http.object(created);
    String no = request.getString("requestNo");
    assertEquals(CARD_HOLDER, request.getString("requesterHolderNo"));
    assertEquals(CARD_HOLDER, request.getString("createdBy"));
    assertTrue(!request.getString("requesterName").isBlank(), "the name on the card");
    assertEquals("SUBMITTED", request.getString("status"));
    assertTrue(
        request.getJsonArray("deadlines").getValuesAs(JsonObject.class).stream()
            .allMatch(d -> d.containsKey("warningFrom")),
        "each deadline shows when its warning comes");

    // Their own: found and listed; another holder's view: it does not exist.
    assertEquals(200, http.get(CARD_HOLDER, "maintenance-requests/" + no).statusCode());
    List<String> mine =
        Http.json(http.get(CARD_HOLDER, "maintenance-requests?max=500"))
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(r -> r.getString("requesterHolderNo", "") + "/" + r.getString("requestNo"))
            .toList();
    assertTrue(mine.contains(CARD_HOLDER + "/" + no), mine.toString());
    assertTrue(mine.stream().allMatch(r -> r.startsWith(CARD_HOLDER + "/")), "their own only");
    HttpResponse<String> others = http.get(CARD_HOLDER_2, "maintenance-requests/" + no);
    assertEquals(404, others.statusCode(), others.body());
    assertTrue(
        Http.json(http.get(CARD_HOLDER_2, "maintenance-requests?max=500")).asJsonArray().stream()
            .map(JsonObject.class::cast)
            .noneMatch(r -> no.equals(r.getString("requestNo"))));
    assertEquals(
        404,
        http.post(CARD_HOLDER_2, "maintenance-requests/" + no + "/confirm", "{\"text\":\"可以\"}")
            .statusCode());
    // Staff steps stay staff-only.
    assertEquals(
        403,
        http.post(CARD_HOLDER, "maintenance-requests/" + no + "/review", "{\"text\":\"自己受理\"}")
            .statusCode());
    assertEquals(
        403, http.post(CARD_HOLDER, "maintenance-requests/" + no + "/archive", null).statusCode());
    assertEquals(
        403, http.post(CARD_HOLDER, "maintenance-requests/deadline-check", null).statusCode());
    // The staff see it; the steps up to the verification.
    assertEquals(
        CARD_HOLDER,
        Http.object(http.get(HELPDESK, "maintenance-requests/" + no))
            .getString("requesterHolderNo"));
    assertEquals(
        200,
        http.post(TECH, "maintenance-requests/" + no + "/review", "{\"text\":\"受理\"}")
            .statusCode());
    assertEquals(
        200,
        http.post(TECH, "maintenance-requests/" + no + "/plan", "{\"text\":\"App 设置页增加提醒金额\"}")
            .statusCode());
    assertEquals(
        200,
        http.post(TECH, "maintenance-requests/" + no + "/implement", "{\"text\":\"已发布 App 3.2\"}")
            .statusCode());
    // Out of order for the holder too: 409.
    assertEquals(
        409,
        http.post(CARD_HOLDER, "maintenance-requests/" + no + "/confirm", "{\"text\":\"满足需要\"}")
            .statusCode());
    assertEquals(
        200,
        http.post(TECH, "maintenance-requests/" + no + "/verify", "{\"text\":\"测试通过\"}")
            .statusCode());

    // The holder confirms their own request, as the requester.
    HttpResponse<String> confirmed =
        http.post(
            CARD_HOLDER,
            "maintenance-requests/" + no + "/confirm",
            "{\"text\":\"满足需要\",\"by\":\"别人\"}");
    assertEquals(200, confirmed.statusCode(), confirmed.body());
    JsonObject done = Http.object(confirmed);
    assertEquals("CONFIRMED", done.getString("status"));
    assertEquals(request.getString("requesterName"), done.getString("confirmedBy"));
    List<JsonObject> history = done.getJsonArray("history").getValuesAs(JsonObject.class);
    assertEquals(CARD_HOLDER, history.get(history.size() - 1).getString("actor"));
    assertEquals(
        200, http.post(HELPDESK, "maintenance-requests/" + no + "/archive", null).statusCode());
  }

  private HttpResponse<byte[]> pdf(String user, String no) throws Exception {
    return http.bytes(
        user,
        "maintenance-requests/" + no + "/form.pdf",
        "application/pdf, application/problem+json");
  }
}
