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
 * and terminals), and the form as PDF.
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
