package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

  private static URI requests(String path) {
    return Http.CONSOLE.resolve("api/v1/maintenance-requests" + path);
  }

  private HttpResponse<String> helpdesk(String path, String json) throws Exception {
    return http.send(
        "POST",
        requests(path),
        DemoUsers.HELPDESK,
        DemoUsers.HELPDESK_PASSWORD,
        "application/json",
        json);
  }

  private HttpResponse<String> tech(String path, String json) throws Exception {
    return http.send(
        "POST", requests(path), DemoUsers.TECH, DemoUsers.TECH_PASSWORD, "application/json", json);
  }

  private HttpResponse<String> get(String user, String password, String path) throws Exception {
    return http.send("GET", requests(path), user, password, null, null);
  }

  private static JsonObject body(HttpResponse<String> response) {
    return Http.json(response).asJsonObject();
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
        helpdesk("", submission("PERFECTIVE", ",\"terminalId\":\"K0000001\""));
    assertEquals(201, created.statusCode(), created.body());
    JsonObject request = body(created);
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
    HttpResponse<String> early = tech("/" + no + "/implement", "{\"text\":\"直接改\"}");
    assertEquals(409, early.statusCode(), early.body());
    // A step without its text: 400.
    assertEquals(400, tech("/" + no + "/review", "{}").statusCode());
    assertEquals(400, tech("/" + no + "/review", "{\"text\":\"\"}").statusCode());
    assertEquals(
        "SUBMITTED",
        body(get(DemoUsers.AUDITOR, DemoUsers.AUDITOR_PASSWORD, "/" + no)).getString("status"));

    assertEquals(200, tech("/" + no + "/review", "{\"text\":\"属于完善性维护，受理\"}").statusCode());
    assertEquals(
        200, tech("/" + no + "/plan", "{\"text\":\"报表中心增加院系汇总报表\",\"by\":\"王会计\"}").statusCode());
    assertEquals(200, tech("/" + no + "/start", null).statusCode());
    assertEquals(409, tech("/" + no + "/start", null).statusCode(), "started once");
    assertEquals(200, tech("/" + no + "/implement", "{\"text\":\"已部署报表 R-27\"}").statusCode());
    assertEquals(200, tech("/" + no + "/verify", "{\"text\":\"与手工统计一致\"}").statusCode());
    HttpResponse<String> byTech = tech("/" + no + "/confirm", "{\"text\":\"满足需要\"}");
    assertEquals(403, byTech.statusCode(), "the helpdesk takes down the user's confirmation");
    assertEquals(200, helpdesk("/" + no + "/confirm", "{\"text\":\"满足需要\"}").statusCode());
    HttpResponse<String> archived = helpdesk("/" + no + "/archive", null);
    assertEquals(200, archived.statusCode(), archived.body());
    JsonObject done = body(archived);
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
    assertEquals(409, helpdesk("/" + no + "/archive", null).statusCode());

    // The list filters by kind and status.
    List<String> archivedPerfective =
        Http.json(
                get(
                    DemoUsers.AUDITOR,
                    DemoUsers.AUDITOR_PASSWORD,
                    "?kind=PERFECTIVE&status=ARCHIVED&max=500"))
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
    HttpResponse<byte[]> pdf = pdf(DemoUsers.AUDITOR, DemoUsers.AUDITOR_PASSWORD, no);
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
    HttpResponse<String> created = helpdesk("", submission("ADAPTIVE", ""));
    assertEquals(201, created.statusCode(), created.body());
    String no = body(created).getString("requestNo");
    assertEquals(400, helpdesk("/" + no + "/reject", "{\"text\":\" \"}").statusCode());
    HttpResponse<String> rejected = helpdesk("/" + no + "/reject", "{\"text\":\"不属于合同范围\"}");
    assertEquals(200, rejected.statusCode(), rejected.body());
    assertEquals("REJECTED", body(rejected).getString("status"));
    assertEquals("不属于合同范围", body(rejected).getString("rejectionReason"));
    assertEquals(409, tech("/" + no + "/plan", "{\"text\":\"方案\"}").statusCode());

    assertEquals(
        404, get(DemoUsers.TECH, DemoUsers.TECH_PASSWORD, "/WX20260101-999999999").statusCode());
    assertEquals(404, tech("/WX20260101-999999999/review", "{\"text\":\"x\"}").statusCode());
    assertEquals(
        404, pdf(DemoUsers.TECH, DemoUsers.TECH_PASSWORD, "WX20260101-999999999").statusCode());
    assertEquals(
        404,
        helpdesk("", submission("CORRECTIVE", ",\"ticketNo\":\"GD20260101-999999999\""))
            .statusCode());
    assertEquals(
        404, helpdesk("", submission("CORRECTIVE", ",\"terminalId\":\"X9999999\"")).statusCode());
    // Missing mandatory fields of the form.
    assertEquals(
        400, helpdesk("", "{\"kind\":\"ADAPTIVE\",\"requesterName\":\"王会计\"}").statusCode());
    assertEquals(400, helpdesk("", "{}").statusCode());
    // Auditors read, but do not submit; without credentials nothing.
    assertEquals(
        403,
        http.send(
                "POST",
                requests(""),
                DemoUsers.AUDITOR,
                DemoUsers.AUDITOR_PASSWORD,
                "application/json",
                submission("ADAPTIVE", ""))
            .statusCode());
    assertEquals(401, http.send("GET", requests("/" + no), null, null, null, null).statusCode());
  }

  @Test
  @DisplayName("a corrective request can name the fault ticket behind it")
  void referencesATicket() throws Exception {
    HttpResponse<String> ticket =
        http.send(
            "POST",
            Http.CONSOLE.resolve("api/v1/tickets"),
            DemoUsers.HELPDESK,
            DemoUsers.HELPDESK_PASSWORD,
            "application/json",
            "{\"channel\":\"PHONE\",\"reporterName\":\"王老师\",\"category\":\"SOFTWARE\","
                + "\"title\":\"补助到账时间错误\",\"description\":\"补助显示到账时间晚一天\"}");
    assertEquals(201, ticket.statusCode(), ticket.body());
    String ticketNo = body(ticket).getString("ticketNo");
    HttpResponse<String> created =
        helpdesk("", submission("CORRECTIVE", ",\"ticketNo\":\"" + ticketNo + "\""));
    assertEquals(201, created.statusCode(), created.body());
    assertEquals(ticketNo, body(created).getString("ticketNo"));
    assertTrue(body(created).getJsonArray("deadlines").isEmpty(), "faults run on the ticket SLA");
  }

  private static final String HOLDER = "20260001";
  private static final String OTHER_HOLDER = "20260002";
  private static final String CARD_PASSWORD = "Ykt!Card2026";

  private HttpResponse<String> holder(String who, String method, String path, String json)
      throws Exception {
    return http.send(
        method, requests(path), who, CARD_PASSWORD, json == null ? null : "application/json", json);
  }

  @Test
  @DisplayName(
      "a card holder submits, sees and confirms their own request; another holder gets 404,"
          + " staff steps by a holder 403")
  void cardHoldersOwnRequest() throws Exception {
    HttpResponse<String> created =
        holder(
            HOLDER,
            "POST",
            "",
            "{\"kind\":\"PERFECTIVE\",\"requestingUnit\":\"计算机学院\","
                + "\"title\":\"App 增加消费提醒\",\"description\":\"单笔消费超过设定金额时推送提醒\"}");
    assertEquals(201, created.statusCode(), created.body());
    JsonObject request = body(created);
    String no = request.getString("requestNo");
    assertEquals(HOLDER, request.getString("requesterHolderNo"));
    assertEquals(HOLDER, request.getString("createdBy"));
    assertTrue(!request.getString("requesterName").isBlank(), "the name on the card");
    assertEquals("SUBMITTED", request.getString("status"));
    assertTrue(
        request.getJsonArray("deadlines").getValuesAs(JsonObject.class).stream()
            .allMatch(d -> d.containsKey("warningFrom")),
        "each deadline shows when its warning comes");

    // Their own: found and listed; another holder's view: it does not exist.
    assertEquals(200, holder(HOLDER, "GET", "/" + no, null).statusCode());
    List<String> mine =
        Http.json(holder(HOLDER, "GET", "?max=500", null))
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(r -> r.getString("requesterHolderNo", "") + "/" + r.getString("requestNo"))
            .toList();
    assertTrue(mine.contains(HOLDER + "/" + no), mine.toString());
    assertTrue(mine.stream().allMatch(r -> r.startsWith(HOLDER + "/")), "their own only");
    HttpResponse<String> others = holder(OTHER_HOLDER, "GET", "/" + no, null);
    assertEquals(404, others.statusCode(), others.body());
    assertTrue(
        Http.json(holder(OTHER_HOLDER, "GET", "?max=500", null)).asJsonArray().stream()
            .map(JsonObject.class::cast)
            .noneMatch(r -> no.equals(r.getString("requestNo"))));
    assertEquals(
        404, holder(OTHER_HOLDER, "POST", "/" + no + "/confirm", "{\"text\":\"可以\"}").statusCode());
    // Staff steps stay staff-only.
    assertEquals(
        403, holder(HOLDER, "POST", "/" + no + "/review", "{\"text\":\"自己受理\"}").statusCode());
    assertEquals(403, holder(HOLDER, "POST", "/" + no + "/archive", null).statusCode());
    assertEquals(403, holder(HOLDER, "POST", "/deadline-check", null).statusCode());
    // The staff see it; the steps up to the verification.
    assertEquals(
        HOLDER,
        body(get(DemoUsers.HELPDESK, DemoUsers.HELPDESK_PASSWORD, "/" + no))
            .getString("requesterHolderNo"));
    assertEquals(200, tech("/" + no + "/review", "{\"text\":\"受理\"}").statusCode());
    assertEquals(200, tech("/" + no + "/plan", "{\"text\":\"App 设置页增加提醒金额\"}").statusCode());
    assertEquals(200, tech("/" + no + "/implement", "{\"text\":\"已发布 App 3.2\"}").statusCode());
    // Out of order for the holder too: 409.
    assertEquals(
        409, holder(HOLDER, "POST", "/" + no + "/confirm", "{\"text\":\"满足需要\"}").statusCode());
    assertEquals(200, tech("/" + no + "/verify", "{\"text\":\"测试通过\"}").statusCode());

    // The holder confirms their own request, as the requester.
    HttpResponse<String> confirmed =
        holder(HOLDER, "POST", "/" + no + "/confirm", "{\"text\":\"满足需要\",\"by\":\"别人\"}");
    assertEquals(200, confirmed.statusCode(), confirmed.body());
    JsonObject done = body(confirmed);
    assertEquals("CONFIRMED", done.getString("status"));
    assertEquals(request.getString("requesterName"), done.getString("confirmedBy"));
    List<JsonObject> history = done.getJsonArray("history").getValuesAs(JsonObject.class);
    assertEquals(HOLDER, history.get(history.size() - 1).getString("actor"));
    assertEquals(200, helpdesk("/" + no + "/archive", null).statusCode());
  }

  private HttpResponse<byte[]> pdf(String user, String password, String no) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(requests("/" + no + "/form.pdf"))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", Http.basic(user, password))
            .header("Accept", "application/pdf, application/problem+json")
            .GET()
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }
}
