package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.AUDITOR;
import static org.yikatong.it.DemoUsers.CARD_HOLDER;
import static org.yikatong.it.DemoUsers.CARD_HOLDER_2;
import static org.yikatong.it.DemoUsers.CARD_HOLDER_3;
import static org.yikatong.it.DemoUsers.HELPDESK;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Feedback and training over the REST API with the demo logins: quarterly surveys answered once per
 * respondent with their results, the complaint flow, training sessions with attendance and cost.
 * Each test works in its own survey quarter or training year, picked at random far in the future.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedbackIT {

  private static final ZoneId CAMPUS = ZoneId.of("Asia/Shanghai");
  private final Http http = new Http();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEar();
  }

  /** Opens a survey in a quarter nobody used yet. */
  private long survey() throws Exception {
    for (int attempt = 0; attempt < 10; attempt++) {
      String quarter =
          (2100 + ThreadLocalRandom.current().nextInt(800))
              + "-Q"
              + (1 + ThreadLocalRandom.current().nextInt(4));
      HttpResponse<String> opened =
          http.post(
              HELPDESK,
              "surveys",
              "{\"quarter\":\""
                  + quarter
                  + "\",\"title\":\"用户满意度调查 "
                  + quarter
                  + "\","
                  + "\"questions\":[\"报修响应速度\",\"问题解决质量\",\"服务态度\"]}");
      if (opened.statusCode() == 201) {
        JsonObject survey = Http.object(opened);
        assertEquals(quarter, survey.getString("quarter"));
        assertEquals(3, survey.getJsonArray("questions").size());
        assertEquals("OPEN", survey.getString("status"));
        assertEquals(
            409,
            http.post(
                    HELPDESK,
                    "surveys",
                    "{\"quarter\":\"" + quarter + "\",\"title\":\"t\"," + "\"questions\":[\"q\"]}")
                .statusCode(),
            "one survey per quarter");
        return survey.getJsonNumber("id").longValue();
      }
      assertEquals(409, opened.statusCode(), opened.body());
    }
    throw new AssertionError("no free quarter found");
  }

  @Test
  @DisplayName("a survey: one response per respondent, scores 1..5, results with means and counts")
  void survey_responses_and_results() throws Exception {
    long id = survey();
    String responses = "surveys/" + id + "/responses";

    HttpResponse<String> first =
        http.post(
            CARD_HOLDER,
            responses,
            "{\"respondentKind\":\"DEPARTMENT\",\"respondent\":\"someone else\","
                + "\"scores\":[5,4,3],\"remark\":\"圈存机经常排队\"}");
    assertEquals(201, first.statusCode(), first.body());
    assertEquals(
        CARD_HOLDER,
        Http.object(first).getString("respondent"),
        "a card holder answers as themselves");
    assertEquals("CARD_HOLDER", Http.object(first).getString("respondentKind"));
    assertEquals(
        409,
        http.post(CARD_HOLDER, responses, "{\"scores\":[1,1,1]}").statusCode(),
        "a second response by the same card holder");
    assertEquals(201, http.post(CARD_HOLDER_2, responses, "{\"scores\":[4,4,1]}").statusCode());
    assertEquals(400, http.post(CARD_HOLDER_3, responses, "{\"scores\":[6,4,3]}").statusCode());
    assertEquals(400, http.post(CARD_HOLDER_3, responses, "{\"scores\":[0,4,3]}").statusCode());
    assertEquals(400, http.post(CARD_HOLDER_3, responses, "{\"scores\":[4,3]}").statusCode());
    assertEquals(400, http.post(CARD_HOLDER_3, responses, "{}").statusCode());
    String department =
        "{\"respondentKind\":\"DEPARTMENT\",\"respondent\":\"图书馆\",\"scores\":[5,2,3]}";
    assertEquals(201, http.post(HELPDESK, responses, department).statusCode());
    assertEquals(409, http.post(HELPDESK, responses, department).statusCode());
    assertEquals(
        404,
        http.post(CARD_HOLDER_3, "surveys/99999999/responses", "{\"scores\":[5,5,5]}")
            .statusCode());

    HttpResponse<String> read = http.get(AUDITOR, "surveys/" + id + "/results");
    assertEquals(200, read.statusCode(), read.body());
    JsonObject results = Http.object(read);
    // (5,4,3), (4,4,1), (5,2,3)
    assertEquals(3, results.getInt("responses"));
    assertEquals(9, results.getInt("count"));
    assertEquals(new BigDecimal("3.44"), results.getJsonNumber("mean").bigDecimalValue());
    JsonObject q1 = results.getJsonArray("questions").getJsonObject(0);
    assertEquals(3, q1.getInt("count"));
    assertEquals(new BigDecimal("4.67"), q1.getJsonNumber("mean").bigDecimalValue());
    assertEquals(2, q1.getJsonObject("distribution").getInt("5"));
    assertEquals(0, q1.getJsonObject("distribution").getInt("1"));
    JsonObject all = results.getJsonObject("distribution");
    assertEquals(1, all.getInt("1"));
    assertEquals(3, all.getInt("4"));
    assertEquals(
        new BigDecimal("2.33"),
        results.getJsonArray("questions").getJsonObject(2).getJsonNumber("mean").bigDecimalValue());
    assertEquals(403, http.get(CARD_HOLDER, "surveys/" + id + "/results").statusCode());
    assertEquals(404, http.get(HELPDESK, "surveys/99999999/results").statusCode());

    assertEquals(
        "CLOSED",
        Http.object(http.post(HELPDESK, "surveys/" + id + "/close", null)).getString("status"));
    assertEquals(
        409, http.post(CARD_HOLDER_3, responses, "{\"scores\":[5,5,5]}").statusCode(), "closed");
  }

  @Test
  @DisplayName("a complaint: OPEN → INVESTIGATING → RESOLVED with a reply; other moves 409")
  void complaint_flow() throws Exception {
    HttpResponse<String> filed =
        http.post(
            CARD_HOLDER,
            "complaints",
            "{\"complainant\":\"王同学\",\"complainantHolderNo\":\"20260099\",\"channel\":\"PHONE\","
                + "\"subject\":\"食堂 POS 重复扣款\",\"text\":\"午餐被扣两次，报修后三天无人处理。\","
                + "\"staffConcerned\":\"第一食堂 收银员\"}");
    assertEquals(201, filed.statusCode(), filed.body());
    JsonObject complaint = Http.object(filed);
    long id = complaint.getJsonNumber("id").longValue();
    assertEquals("OPEN", complaint.getString("status"));
    assertEquals("APP", complaint.getString("channel"), "a card holder complains through the app");
    assertEquals(CARD_HOLDER, complaint.getString("complainantHolderNo"), "about themselves");
    String path = "complaints/" + id;

    assertEquals(409, http.post(HELPDESK, path + "/resolve", "{\"reply\":\"已退款\"}").statusCode());
    assertEquals(403, http.post(CARD_HOLDER, path + "/investigate", null).statusCode());
    JsonObject investigating = Http.object(http.post(HELPDESK, path + "/investigate", null));
    assertEquals("INVESTIGATING", investigating.getString("status"));
    assertEquals("helpdesk", investigating.getString("investigator"));
    assertEquals(409, http.post(HELPDESK, path + "/investigate", null).statusCode());
    assertEquals(400, http.post(HELPDESK, path + "/resolve", "{\"reply\":\" \"}").statusCode());
    HttpResponse<String> resolved =
        http.post(HELPDESK, path + "/resolve", "{\"reply\":\"已核实并退回重复扣款 12.00 元，向您致歉。\"}");
    assertEquals(200, resolved.statusCode(), resolved.body());
    assertEquals("RESOLVED", Http.object(resolved).getString("status"));
    assertTrue(Http.object(resolved).containsKey("closedAt"));
    assertEquals(409, http.post(HELPDESK, path + "/reject", "{\"reply\":\"x\"}").statusCode());
    assertEquals(409, http.post(HELPDESK, path + "/investigate", null).statusCode());

    assertEquals(200, http.get(CARD_HOLDER, path).statusCode());
    assertEquals(404, http.get(CARD_HOLDER_2, path).statusCode(), "another's complaint");
    assertEquals(200, http.get(AUDITOR, path).statusCode());
    assertTrue(
        Http.json(http.get(CARD_HOLDER_2, "complaints")).asJsonArray().stream()
            .noneMatch(c -> c.asJsonObject().getJsonNumber("id").longValue() == id));

    LocalDate day = LocalDate.ofInstant(Instant.parse(complaint.getString("receivedAt")), CAMPUS);
    JsonObject statistics =
        Http.object(http.get(HELPDESK, "service-statistics?from=" + day + "&to=" + day));
    assertTrue(statistics.getBoolean("complaintsReported"), statistics.toString());
    assertTrue(
        statistics
                .getJsonArray("complaintsByMonth")
                .getJsonObject(0)
                .getJsonNumber("count")
                .longValue()
            >= 1,
        "the service statistics count the complaint: " + statistics);
    assertTrue(
        Http.json(http.get(HELPDESK, "complaints?from=" + day + "&to=" + day))
            .asJsonArray()
            .stream()
            .anyMatch(c -> c.asJsonObject().getJsonNumber("id").longValue() == id),
        "listed in its period");
    assertTrue(
        Http.json(
                http.get(HELPDESK, "complaints?from=" + day.plusDays(1) + "&to=" + day.plusDays(2)))
            .asJsonArray()
            .stream()
            .noneMatch(c -> c.asJsonObject().getJsonNumber("id").longValue() == id),
        "not listed outside it");
    JsonObject perMonth =
        Http.object(
            http.get(
                HELPDESK,
                "complaints/per-month?from="
                    + day.withDayOfMonth(1).minusMonths(1)
                    + "&to="
                    + day));
    assertEquals(2, perMonth.size(), perMonth.toString());
    assertTrue(
        perMonth.getJsonNumber(day.toString().substring(0, 7)).longValue() >= 1,
        perMonth.toString());

    JsonObject rejected =
        Http.object(
            http.post(
                HELPDESK,
                "complaints",
                "{\"complainant\":\"赵老师\",\"channel\":\"PHONE\",\"subject\":\"门禁\",\"text\":\"门禁太慢\"}"));
    long other = rejected.getJsonNumber("id").longValue();
    http.post(HELPDESK, "complaints/" + other + "/investigate", null);
    assertEquals(
        "REJECTED",
        Http.object(
                http.post(
                    HELPDESK,
                    "complaints/" + other + "/reject",
                    "{\"reply\":\"设备运行正常，刷卡需停留 1 秒\"}"))
            .getString("status"));
    assertEquals(
        404,
        http.post(
                HELPDESK,
                "complaints",
                "{\"complainant\":\"x\",\"channel\":\"PHONE\",\"subject\":\"s\",\"text\":\"t\","
                    + "\"ticketNo\":\"GD20000101-0\"}")
            .statusCode(),
        "unknown ticket");
    assertEquals(
        400,
        http.post(
                HELPDESK,
                "complaints",
                "{\"complainant\":\"x\",\"channel\":\"PHONE\",\"subject\":\"s\"}")
            .statusCode(),
        "no text");
  }

  @Test
  @DisplayName("a training session: attendees marked present, materials, cost per year")
  void training() throws Exception {
    int year = 2100 + ThreadLocalRandom.current().nextInt(800);
    String session =
        "{\"topic\":\"一卡通系统使用方法与常见问题\",\"audience\":\"操作员\",\"trainer\":\"运维 刘工\","
            + "\"startsAt\":\""
            + year
            + "-03-10T06:30:00Z\",\"durationMinutes\":120,"
            + "\"location\":\"行政楼 302 会议室\",\"costFen\":200000}";
    HttpResponse<String> scheduled = http.post(HELPDESK, "training-sessions", session);
    assertEquals(201, scheduled.statusCode(), scheduled.body());
    long id = Http.object(scheduled).getJsonNumber("id").longValue();
    String path = "training-sessions/" + id;
    assertEquals(
        201,
        http.post(
                HELPDESK,
                "training-sessions",
                session
                    .replace(year + "-03-10T06:30:00Z", year + "-12-31T15:59:59Z")
                    .replace("200000", "185000"))
            .statusCode());
    // 1 January of the next year, 00:30 in Shanghai: counts for the next year.
    assertEquals(
        201,
        http.post(
                HELPDESK,
                "training-sessions",
                session.replace(year + "-03-10T06:30:00Z", year + "-12-31T16:30:00Z"))
            .statusCode());

    HttpResponse<String> added =
        http.post(HELPDESK, path + "/attendees", "{\"name\":\"李娜\",\"department\":\"第一食堂\"}");
    assertEquals(201, added.statusCode(), added.body());
    long li = Http.object(added).getJsonNumber("id").longValue();
    assertFalse(Http.object(added).getBoolean("attended"));
    assertEquals(
        201,
        http.post(
                HELPDESK,
                path + "/attendees",
                "{\"name\":\"王磊\",\"department\":\"校园超市\",\"attended\":true}")
            .statusCode());
    assertEquals(
        409,
        http.post(HELPDESK, path + "/attendees", "{\"name\":\"王磊\",\"department\":\"校园超市\"}")
            .statusCode());
    assertTrue(
        Http.object(http.put(HELPDESK, path + "/attendees/" + li, "{\"attended\":true}"))
            .getBoolean("attended"));
    assertEquals(
        404, http.put(HELPDESK, path + "/attendees/99999999", "{\"attended\":true}").statusCode());
    assertEquals(
        201,
        http.post(
                HELPDESK,
                path + "/materials",
                "{\"title\":\"操作手册\",\"url\":\"https://ykt.example.edu.cn/manual.pdf\"}")
            .statusCode());
    assertEquals(
        201,
        http.post(
                HELPDESK,
                path + "/materials",
                "{\"title\":\"挂失流程\",\"content\":\"1. 公众号 2. 我的卡 3. 挂失\"}")
            .statusCode());
    assertEquals(400, http.post(HELPDESK, path + "/materials", "{\"title\":\"空\"}").statusCode());
    assertEquals(400, http.put(HELPDESK, path + "/cost", "{\"costFen\":-1}").statusCode());

    HttpResponse<String> read = http.get(AUDITOR, path);
    assertEquals(200, read.statusCode(), read.body());
    JsonObject view = Http.object(read);
    assertEquals(2, view.getInt("registered"));
    assertEquals(2, view.getInt("attended"));
    assertEquals(2, view.getJsonArray("materials").size());
    assertEquals(200000, view.getJsonNumber("costFen").longValue());

    JsonObject cost = Http.object(http.get(AUDITOR, "training-sessions/cost?year=" + year));
    assertEquals(2, cost.getInt("sessions"), cost.toString());
    assertEquals(385000, cost.getJsonNumber("costFen").longValue());
    JsonObject statistics =
        Http.object(
            http.get(AUDITOR, "service-statistics?from=" + year + "-01-01&to=" + year + "-12-31"));
    assertTrue(statistics.getBoolean("costsReported"), statistics.toString());
    JsonObject yearCost = statistics.getJsonArray("costsByYear").getJsonObject(0);
    assertEquals(year, yearCost.getInt("year"));
    assertEquals(
        385000,
        yearCost.getJsonObject("fenByKind").getJsonNumber("TRAINING").longValue(),
        "the service statistics count the year's training cost");
    assertEquals(
        2,
        Http.json(
                http.get(
                    HELPDESK, "training-sessions?from=" + year + "-01-01&to=" + year + "-12-31"))
            .asJsonArray()
            .size());
    assertEquals(403, http.get(CARD_HOLDER, path).statusCode());
    assertEquals(401, http.anonymous(path).statusCode());
    assertEquals(
        400,
        http.post(
                HELPDESK,
                "training-sessions",
                session.replace("\"durationMinutes\":120", "\"durationMinutes\":0"))
            .statusCode(),
        "no duration");
  }
}
