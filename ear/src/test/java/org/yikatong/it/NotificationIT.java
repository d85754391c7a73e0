package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.ADMIN;
import static org.yikatong.it.DemoUsers.HELPDESK;
import static org.yikatong.it.DemoUsers.TECH;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Notifications end to end: a service desk notice fired in a transaction becomes outbox messages
 * (one per recipient and channel), the sender delivers them — mail into GreenMail, which the test
 * server's mail session points at, WeChat into the sent log — once, and a recipient without a
 * contact is kept as UNDELIVERABLE. The notice is fired by a test-only resource ({@link
 * NoticeTrigger}) the way the service desk fires it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationIT {

  static final int SMTP_PORT = Integer.getInteger("it.mail.port", 3025);

  @RegisterExtension
  static final GreenMailExtension GREEN_MAIL =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  private final Http http = new Http();
  private final String run = Long.toString(System.nanoTime(), 36);

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEarWith(NoticeTrigger.class);
  }

  private void contact(String key, String json) throws Exception {
    HttpResponse<String> put = http.put(HELPDESK, "notification-contacts/" + key, json);
    assertEquals(201, put.statusCode(), put.body());
  }

  private HttpResponse<String> fire(
      String kind, String reference, List<String> recipients, String subject, boolean rollback)
      throws Exception {
    String json =
        "{\"kind\":\""
            + kind
            + "\",\"reference\":\""
            + reference
            + "\",\"recipients\":["
            + recipients.stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(","))
            + "],\"subject\":\""
            + subject
            + "\",\"text\":\"请尽快处理。\"}";
    return http.post(HELPDESK, "test-notices" + (rollback ? "?rollback=true" : ""), json);
  }

  private List<JsonObject> messages(String reference) throws Exception {
    HttpResponse<String> list = http.get(HELPDESK, "notifications?reference=" + reference);
    assertEquals(200, list.statusCode(), list.body());
    return Http.json(list).asJsonArray().getValuesAs(JsonObject.class);
  }

  private static JsonObject one(List<JsonObject> messages, String recipient, String channel) {
    List<JsonObject> found =
        messages.stream()
            .filter(m -> m.getString("recipient").equals(recipient))
            .filter(m -> m.getString("channel").equals(channel))
            .toList();
    assertEquals(1, found.size(), recipient + "/" + channel + " in " + messages);
    return found.get(0);
  }

  private static List<MimeMessage> received(String subject) throws Exception {
    List<MimeMessage> mine = new java.util.ArrayList<>();
    for (MimeMessage m : GREEN_MAIL.getReceivedMessages()) {
      if (subject.equals(m.getSubject())) {
        mine.add(m);
      }
    }
    return mine;
  }

  @Test
  @DisplayName(
      "a notice → mail and WeChat messages sent once, an unknown recipient UNDELIVERABLE with why")
  void noticeDelivered() throws Exception {
    String tech = "it-tech-" + run;
    String nobody = "it-nobody-" + run;
    String reference = "GD-IT-" + run;
    String subject = "工单 " + reference + " 已派给您";
    contact(
        tech,
        "{\"displayName\":\"测试 刘工\",\"email\":\""
            + tech
            + "@yikatong.example\",\"wechatOpenId\":\"o-"
            + run
            + "\",\"channels\":[\"MAIL\",\"WECHAT\"]}");

    HttpResponse<String> fired = fire("ASSIGNED", reference, List.of(tech, nobody), subject, false);
    assertEquals(204, fired.statusCode(), fired.body());
    List<JsonObject> outbox = messages(reference);
    assertEquals(3, outbox.size(), outbox.toString());
    assertEquals("PENDING", one(outbox, tech, "MAIL").getString("status"));
    assertEquals("PENDING", one(outbox, tech, "WECHAT").getString("status"));
    JsonObject lost = one(outbox, nobody, "MAIL");
    assertEquals("UNDELIVERABLE", lost.getString("status"));
    assertTrue(lost.getString("error").contains(nobody), lost.toString());

    HttpResponse<String> delivered = http.post(HELPDESK, "notifications/deliver", null);
    assertEquals(200, delivered.statusCode(), delivered.body());
    assertTrue(Http.json(delivered).asJsonObject().getInt("SENT") >= 2, delivered.body());

    assertTrue(GREEN_MAIL.waitForIncomingEmail(10_000, 1), "a mail arrived");
    List<MimeMessage> mails = received(subject);
    assertEquals(1, mails.size(), "exactly one mail with the subject");
    assertEquals(
        tech + "@yikatong.example",
        mails.get(0).getRecipients(Message.RecipientType.TO)[0].toString());
    assertTrue(
        Arrays.toString(mails.get(0).getFrom()).contains("@yikatong.example"),
        Arrays.toString(mails.get(0).getFrom()));

    Map<String, JsonObject> after =
        messages(reference).stream()
            .collect(
                Collectors.toMap(
                    m -> m.getString("recipient") + "/" + m.getString("channel"),
                    Function.identity()));
    JsonObject mail = after.get(tech + "/MAIL");
    assertEquals("SENT", mail.getString("status"), mail.toString());
    assertEquals(1, mail.getInt("attempts"));
    assertNotNull(Instant.parse(mail.getString("sentAt")));
    JsonObject wechat = after.get(tech + "/WECHAT");
    assertEquals("SENT", wechat.getString("status"), wechat.toString());
    assertTrue(
        wechat.getString("payload").contains("\"touser\":\"o-" + run + "\""), wechat.toString());
    assertTrue(wechat.getString("payload").contains(reference));
    assertEquals("UNDELIVERABLE", after.get(nobody + "/MAIL").getString("status"));

    // Running again sends nothing twice.
    assertEquals(200, http.post(HELPDESK, "notifications/deliver", null).statusCode());
    assertEquals(1, received(subject).size());
    JsonArray sent =
        Http.json(http.get(HELPDESK, "notifications?status=SENT&channel=WECHAT")).asJsonArray();
    assertTrue(
        sent.stream().anyMatch(v -> v.asJsonObject().getString("reference").equals(reference)));
  }

  @Test
  @DisplayName("a notice in a transaction that rolls back leaves no message")
  void rolledBackWithTheChange() throws Exception {
    String tech = "it-rb-" + run;
    contact(tech, "{\"email\":\"" + tech + "@yikatong.example\",\"channels\":[\"MAIL\"]}");
    String reference = "GD-RB-" + run;
    assertEquals(409, fire("RESOLVED", reference, List.of(tech), "已解决", true).statusCode());
    assertEquals(List.of(), messages(reference));
  }

  @Test
  @DisplayName("an SMTP server down: the mail stays PENDING with the error and a later attempt")
  void retriedLater() throws Exception {
    String tech = "it-retry-" + run;
    contact(tech, "{\"email\":\"" + tech + "@yikatong.example\",\"channels\":[\"MAIL\"]}");
    String reference = "GD-RETRY-" + run;
    assertEquals(204, fire("SLA_WARNING", reference, List.of(tech), "即将超时", false).statusCode());
    GREEN_MAIL.stop();
    HttpResponse<String> delivered = http.post(HELPDESK, "notifications/deliver", null);
    assertEquals(200, delivered.statusCode(), delivered.body());
    JsonObject m = one(messages(reference), tech, "MAIL");
    assertEquals("PENDING", m.getString("status"), m.toString());
    assertEquals(1, m.getInt("attempts"));
    assertFalse(m.getString("error").isBlank());
    assertTrue(
        Instant.parse(m.getString("nextAttemptAt"))
            .isAfter(Instant.parse(m.getString("createdAt"))),
        m.toString());
  }

  @Test
  @DisplayName("contacts are checked; delivering is for the helpdesk and administrators")
  void contactsAndRoles() throws Exception {
    String key = "it-bad-" + run;
    HttpResponse<String> noMobile =
        http.put(HELPDESK, "notification-contacts/" + key, "{\"channels\":[\"SMS\"]}");
    assertEquals(400, noMobile.statusCode(), noMobile.body());
    contact(key, "{\"mobile\":\"13800000009\",\"channels\":[\"SMS\"]}");
    HttpResponse<String> replaced =
        http.put(
            HELPDESK,
            "notification-contacts/" + key,
            "{\"mobile\":\"13800000010\",\"email\":\"x@yikatong.example\",\"channels\":[\"SMS\",\"MAIL\"]}");
    assertEquals(200, replaced.statusCode(), replaced.body());
    assertEquals(2, Http.json(replaced).asJsonObject().getJsonArray("channels").size());
    assertEquals(403, http.post(TECH, "notifications/deliver", null).statusCode());
    assertEquals(401, http.get(Http.api("notifications")).statusCode());
    assertEquals(400, http.get(HELPDESK, "notifications?status=LOST").statusCode());
    assertEquals(204, http.delete(HELPDESK, "notification-contacts/" + key).statusCode());
    assertEquals(404, http.get(HELPDESK, "notification-contacts/" + key).statusCode());
  }

  @Test
  @DisplayName("two deliveries at once (as on two nodes) send each message exactly once")
  void concurrentDeliveriesSendOnce() throws Exception {
    String reference = "GD-TWICE-" + run;
    String subject = "并发派送 " + reference;
    List<String> recipients = new java.util.ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String key = "it-twice-" + i + "-" + run;
      contact(key, "{\"email\":\"" + key + "@yikatong.example\",\"channels\":[\"MAIL\"]}");
      recipients.add(key);
    }
    assertEquals(204, fire("ESCALATED", reference, recipients, subject, false).statusCode());
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.Callable<HttpResponse<String>> deliver =
          () -> new Http().post(ADMIN, "notifications/deliver", null);
      var first = pool.submit(deliver);
      var second = pool.submit(deliver);
      assertEquals(200, first.get().statusCode(), first.get().body());
      assertEquals(200, second.get().statusCode(), second.get().body());
    } finally {
      pool.shutdownNow();
    }
    assertTrue(GREEN_MAIL.waitForIncomingEmail(10_000, recipients.size()));
    assertEquals(recipients.size(), received(subject).size(), "one mail per recipient, no more");
    for (JsonObject m : messages(reference)) {
      assertEquals("SENT", m.getString("status"), m.toString());
      assertEquals(1, m.getInt("attempts"), m.toString());
    }
  }
}
