package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.ADMIN;
import static org.yikatong.it.DemoUsers.HELPDESK;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jpos.iso.ISOMsg;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Monitoring end to end: a test gateway drives a terminal over TCP into silence, failures and a
 * device fault; the rules are evaluated with the server clock moved; the alert, its ticket and its
 * automatic resolution follow. The rules of the demo data are switched off meanwhile (and back on
 * after), and every rule made here is limited to the terminal it drives, so that what other tests
 * did to other terminals plays no part.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MonitoringIT {

  private static final String CARD = "6288000000000000013";
  private final Http http = new Http();
  private final AlertRulesSwitch rules = new AlertRulesSwitch(http);
  private final List<Long> made = new ArrayList<>();
  private Instant base;

  /** A terminal of this test's own, registered for each test: no other test's traffic on it. */
  private String terminal;

  private byte[] secret;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEarWith(ClockControl.class);
  }

  @BeforeEach
  void onlyThisTestsRules() throws Exception {
    http.delete(ADMIN, "test-clock");
    rules.allOff();
    terminal =
        "MON"
            + String.format(
                "%05d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000));
    HttpResponse<String> registered =
        http.post(
            ADMIN,
            "terminals",
            "{\"terminalId\":\""
                + terminal
                + "\",\"type\":\"POS\",\"merchantCode\":\"M0002\",\"location\":\"监控测试 "
                + terminal
                + "\"}");
    assertEquals(201, registered.statusCode(), registered.body());
    secret = java.util.HexFormat.of().parseHex(Http.object(registered).getString("secretHex"));
    base = Instant.now();
  }

  @AfterEach
  void restore() throws Exception {
    http.delete(ADMIN, "test-clock");
    for (long id : made) {
      rules.set(id, false);
      evaluate(id); // what the rule left raised clears, now that it observes nothing
    }
    rules.restore();
  }

  @Test
  @DisplayName("a silent terminal goes offline; its alert opens a ticket and resolves it when back")
  void silentTerminal() throws Exception {
    long rule = rule("TERMINAL_SILENT", "TERMINAL", 1, 5, 5, 1, 0, 0);
    try (Socket socket = new Socket("127.0.0.1", TestGateway.ADAPTER_PORT)) {
      exchange(socket, network("001", null));
      assertTrue(terminal(15).getBoolean("online"));

      clock(Duration.ofMinutes(6));
      assertFalse(terminal(15).getBoolean("online"), "silent for 6 minutes: offline");
      JsonObject summary = evaluate(rule);
      assertEquals(1, summary.getInt("raised"), summary.toString());
      evaluate(rule); // one open alert per rule and subject, however often the rules run
      List<JsonObject> alerts = openAlerts(rule);
      assertEquals(1, alerts.size());
      JsonObject alert = alerts.get(0);
      assertEquals("RAISED", alert.getString("state"));
      assertFalse(alert.getBoolean("areaWide"));
      assertEquals(1, alert.getInt("affectedDevices"));
      String ticketNo = alert.getString("ticketNo");
      JsonObject ticket = ticket(ticketNo);
      assertEquals("MONITORING", ticket.getString("channel"));
      assertEquals("LEVEL_2", ticket.getString("level"));
      assertEquals(terminal, ticket.getString("terminalId"));
      assertEquals("ASSIGNED", ticket.getString("status"), "dispatched like any other ticket");

      http.delete(ADMIN, "test-clock");
      exchange(socket, network("301", null)); // the heartbeat is back
      assertTrue(terminal(15).getBoolean("online"));
      assertEquals(1, evaluate(rule).getInt("cleared"));
      JsonObject cleared = alert(alert.getJsonNumber("id").longValue());
      assertEquals("CLEARED", cleared.getString("state"));
      assertEquals(
          List.of("RAISED", "NOTIFIED", "TICKET_OPENED", "CLEARED", "TICKET_RESOLVED", "NOTIFIED"),
          kinds(cleared));
      JsonObject resolved = ticket(ticketNo);
      assertEquals("RESOLVED", resolved.getString("status"));
      assertTrue(resolved.getString("resolution").contains("自动恢复"), resolved.toString());
    }
  }

  @Test
  @DisplayName("failures above 5 % raise after the raise hold and clear after the clear hold")
  void failureRate() throws Exception {
    long rule = rule("PAYMENT_FAILURE_RATE", "TERMINAL", 10, 500, 200, 5, 2, 3);
    try (Socket socket = new Socket("127.0.0.1", TestGateway.ADAPTER_PORT)) {
      exchange(socket, network("001", null));
      for (int i = 0; i < 4; i++) {
        assertEquals("00", exchange(socket, balance("156")).getString(39));
      }
      for (int i = 0; i < 2; i++) {
        assertEquals("30", exchange(socket, balance("840")).getString(39));
      }
    }
    JsonObject traffic = terminal(10).getJsonObject("traffic");
    assertEquals(6, traffic.getInt("requests"), traffic.toString());
    assertEquals(2, traffic.getInt("failures"));
    assertEquals(3333, traffic.getInt("failureBasisPoints"));

    evaluate(rule);
    JsonObject pending = openAlerts(rule).get(0);
    assertEquals("PENDING", pending.getString("state"), "held for 2 minutes before it is raised");
    assertTrue(absent(pending, "ticketNo"));

    Instant since = Instant.parse(pending.getString("breachingSince"));
    clock(Duration.between(base, since).plusSeconds(110));
    assertEquals(0, evaluate(rule).getInt("raised"), "not yet 2 minutes");
    clock(Duration.between(base, since).plusSeconds(120));
    assertEquals(1, evaluate(rule).getInt("raised"));
    JsonObject raised = openAlerts(rule).get(0);
    assertEquals(3333, raised.getJsonNumber("observed").longValue());
    assertNotNull(raised.getString("ticketNo"));

    clock(Duration.ofMinutes(11)); // the failures have left the 10-minute window
    assertEquals(0, evaluate(rule).getInt("cleared"), "cleared only after 3 minutes");
    // The clock runs on from where it is set: the clear hold began a moment after minute 11.
    clock(Duration.ofMinutes(14).plusSeconds(30));
    assertEquals(1, evaluate(rule).getInt("cleared"));
    assertEquals("RESOLVED", ticket(raised.getString("ticketNo")).getString("status"));
    assertTrue(openAlerts(rule).isEmpty());
  }

  @Test
  @DisplayName(
      "a maintenance window holds an alert back; at its end the alert is told and ticketed")
  void maintenanceWindow() throws Exception {
    long rule = rule("TERMINAL_SILENT", "TERMINAL", 1, 5, 5, 1, 0, 0);
    try (Socket socket = new Socket("127.0.0.1", TestGateway.ADAPTER_PORT)) {
      exchange(socket, network("001", null));
    }
    HttpResponse<String> window =
        http.post(
            HELPDESK,
            "maintenance-windows",
            "{\"ruleId\":"
                + rule
                + ",\"subject\":\""
                + terminal
                + "\",\"from\":\""
                + base
                + "\",\"until\":\""
                + base.plus(Duration.ofMinutes(10))
                + "\",\"reason\":\"更换读卡器\"}");
    assertEquals(201, window.statusCode(), window.body());
    JsonObject created = Http.object(window);
    assertEquals("helpdesk", created.getString("createdBy"));

    clock(Duration.ofMinutes(6));
    evaluate(rule);
    JsonObject held = openAlerts(rule).get(0);
    assertEquals("RAISED", held.getString("state"));
    assertTrue(held.getBoolean("silenced"));
    assertTrue(absent(held, "ticketNo"), "no ticket during planned work");

    clock(Duration.ofMinutes(11));
    evaluate(rule);
    JsonObject told = openAlerts(rule).get(0);
    assertFalse(told.getBoolean("silenced"));
    assertFalse(absent(told, "ticketNo"), "the condition still holds at the end: ticketed now");
    assertTrue(kinds(alert(told.getJsonNumber("id").longValue())).contains("SILENCE_ENDED"));
    JsonObject ended =
        Http.array(http.get(HELPDESK, "maintenance-windows?all=true")).stream()
            .map(JsonValue::asJsonObject)
            .filter(
                s -> s.getJsonNumber("id").longValue() == created.getJsonNumber("id").longValue())
            .findFirst()
            .orElseThrow();
    assertEquals("EXPIRED", ended.getString("endReason"));

    assertEquals(
        409,
        http.post(HELPDESK, "maintenance-windows/" + ended.getJsonNumber("id") + "/end", "{}")
            .statusCode(),
        "a window ends once");
  }

  @Test
  @DisplayName("a device fault reported with the heartbeat raises an alert; OK clears it")
  void deviceFault() throws Exception {
    long rule = rule("DEVICE_FAULT", "TERMINAL", 1, 1, 0, 1, 0, 0);
    try (Socket socket = new Socket("127.0.0.1", TestGateway.ADAPTER_PORT)) {
      exchange(socket, network("001", "OK"));
      exchange(socket, network("301", "FAULT PRINTER 打印机缺纸"));
      assertEquals("FAULT PRINTER 打印机缺纸", terminal(15).getString("deviceStatus"));
      assertEquals(1, evaluate(rule).getInt("raised"));
      JsonObject alert = openAlerts(rule).get(0);
      assertTrue(alert.getString("detail").contains("打印机缺纸"), alert.toString());
      assertEquals("HARDWARE", ticket(alert.getString("ticketNo")).getString("category"));

      exchange(socket, network("301", "OK"));
      assertEquals(1, evaluate(rule).getInt("cleared"));
      assertTrue(openAlerts(rule).isEmpty());
    }
  }

  @Test
  @DisplayName("a channel's refused callbacks raise an area-wide alert with its ticket")
  void channelCallbacks() throws Exception {
    HttpResponse<String> created =
        http.post(
            HELPDESK,
            "alert-rules",
            "{\"name\":\"测试 回调\",\"kind\":\"CALLBACK_FAILURE_RATE\",\"scope\":\"CHANNEL\","
                + "\"subjectFilter\":\"ALIPAY\",\"windowMinutes\":10,\"raiseThreshold\":2000,"
                + "\"clearThreshold\":500,\"minAttempts\":3,\"raiseHoldMinutes\":0,"
                + "\"clearHoldMinutes\":0,\"ticketLevel\":\"LEVEL_2\",\"enabled\":true}");
    assertEquals(201, created.statusCode(), created.body());
    long rule = Http.object(created).getJsonNumber("id").longValue();
    made.add(rule);
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> forged =
          http.post(
              null,
              "channels/alipay/callbacks",
              "{\"orderNo\":\"T-FORGED-"
                  + i
                  + "\",\"channelTxnNo\":\"X"
                  + i
                  + "\",\"amountFen\":100,\"signature\":\"00\"}");
      assertEquals(400, forged.statusCode(), forged.body());
    }
    JsonObject alipay =
        Http.array(http.get(HELPDESK, "monitoring/channels?window=10")).stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> c.getString("key").equals("ALIPAY"))
            .findFirst()
            .orElseThrow();
    assertTrue(alipay.getJsonObject("traffic").getInt("failures") >= 3, alipay.toString());

    assertEquals(1, evaluate(rule).getInt("raised"));
    JsonObject alert = openAlerts(rule).get(0);
    assertEquals("ALIPAY", alert.getString("subject"));
    assertTrue(alert.getBoolean("areaWide"), "a channel's fault reaches everyone who uses it");
    assertEquals("MONITORING", ticket(alert.getString("ticketNo")).getString("channel"));

    clock(Duration.ofMinutes(11)); // the refusals have left the window
    assertEquals(1, evaluate(rule).getInt("cleared"));
    assertEquals("RESOLVED", ticket(alert.getString("ticketNo")).getString("status"));
  }

  @Test
  @DisplayName("the status wall shows the mode a terminal applied, and the one on its way")
  void terminalMode() throws Exception {
    String stan = mode("EMERGENCY");
    assertEquals("EMERGENCY", terminal(15).getString("pendingMode"));
    try (Socket socket = new Socket("127.0.0.1", TestGateway.ADAPTER_PORT)) {
      TestGateway.writeFrame(socket, pack(network("001", null)));
      acknowledge(socket, awaitCommand(socket, stan));
      new CommandRecords().await(terminal, stan, "ACKNOWLEDGED");
      JsonObject now = terminal(15);
      assertEquals("EMERGENCY", now.getString("mode"));
      assertTrue(absent(now, "pendingMode"));

      String back = mode("NORMAL");
      acknowledge(socket, awaitCommand(socket, back));
      new CommandRecords().await(terminal, back, "ACKNOWLEDGED");
      assertEquals("NORMAL", terminal(15).getString("mode"));
    }
  }

  private String mode(String mode) throws Exception {
    HttpResponse<String> sent =
        http.post(
            DemoUsers.TECH,
            "terminals/" + terminal + "/commands",
            "{\"command\":\"MODE\",\"payload\":\"" + mode + "\"}");
    assertEquals(201, sent.statusCode(), sent.body());
    return Http.object(sent).getString("stan");
  }

  private ISOMsg awaitCommand(Socket socket, String stan) throws Exception {
    while (true) {
      ISOMsg message = TestGateway.unpack(TestGateway.readFrame(socket));
      if (!"0620".equals(message.getMTI())) {
        continue; // the sign-on's 0810
      }
      if (stan.equals(message.getString(11))) {
        return message;
      }
      acknowledge(socket, message); // another command waiting for the terminal
    }
  }

  private void acknowledge(Socket socket, ISOMsg command) throws Exception {
    ISOMsg ack = new ISOMsg("0630");
    ack.set(11, command.getString(11));
    ack.set(39, "00");
    ack.set(41, terminal);
    ack.set(64, TestGateway.mac(ack, macKey()));
    TestGateway.writeFrame(socket, pack(ack));
  }

  private static byte[] pack(ISOMsg message) throws Exception {
    message.setPackager(new org.jpos.iso.packager.ISO87BPackager());
    return message.pack();
  }

  @Test
  @DisplayName("rules that cannot work are refused with every problem named, and nothing is stored")
  void impossibleRules() throws Exception {
    int before = Http.array(http.get(HELPDESK, "alert-rules")).size();
    HttpResponse<String> refused =
        http.post(
            HELPDESK,
            "alert-rules",
            "{\"name\":\"坏规则\",\"kind\":\"PAYMENT_FAILURE_RATE\",\"scope\":\"CHANNEL\","
                + "\"windowMinutes\":0,\"raiseThreshold\":10000,\"clearThreshold\":12000,"
                + "\"minAttempts\":0}");
    assertEquals(400, refused.statusCode(), refused.body());
    String body = refused.body();
    for (String field : List.of("scope", "windowMinutes", "raiseThreshold", "clearThreshold")) {
      assertTrue(body.contains(field), field + " named in " + body);
    }
    assertEquals(
        400,
        http.post(
                HELPDESK,
                "alert-rules",
                "{\"name\":\"x\",\"kind\":\"LOUD\",\"scope\":\"TERMINAL\"}")
            .statusCode());
    assertEquals(before, Http.array(http.get(HELPDESK, "alert-rules")).size());
    assertEquals(
        403,
        http.post(
                DemoUsers.TECH,
                "alert-rules",
                ruleJson("TERMINAL_SILENT", "TERMINAL", 1, 5, 5, 1, 0, 0))
            .statusCode(),
        "technicians read rules, never change them");

    long id = rule("TERMINAL_SILENT", "TERMINAL", 1, 5, 5, 1, 0, 0);
    JsonObject read = Http.object(http.get(HELPDESK, "alert-rules/" + id));
    long version = read.getJsonNumber("version").longValue();
    String change =
        "{\"version\":"
            + version
            + ","
            + ruleJson("TERMINAL_SILENT", "TERMINAL", 1, 7, 7, 1, 0, 0).substring(1);
    assertEquals(200, http.put(HELPDESK, "alert-rules/" + id, change).statusCode());
    HttpResponse<String> stale = http.put(HELPDESK, "alert-rules/" + id, change);
    assertEquals(409, stale.statusCode(), stale.body());
    assertEquals(7, Http.object(http.get(HELPDESK, "alert-rules/" + id)).getInt("raiseThreshold"));
  }

  // --- helpers ---

  private String ruleJson(
      String kind,
      String scope,
      int window,
      int raise,
      int clear,
      int minAttempts,
      int raiseHold,
      int clearHold) {
    return "{\"name\":\"测试 "
        + kind
        + "\",\"kind\":\""
        + kind
        + "\",\"scope\":\""
        + scope
        + "\",\"subjectFilter\":\""
        + terminal
        + "\",\"windowMinutes\":"
        + window
        + ",\"raiseThreshold\":"
        + raise
        + ",\"clearThreshold\":"
        + clear
        + ",\"minAttempts\":"
        + minAttempts
        + ",\"raiseHoldMinutes\":"
        + raiseHold
        + ",\"clearHoldMinutes\":"
        + clearHold
        + ",\"ticketLevel\":\"LEVEL_2\",\"notifyUsers\":[\"helpdesk\"],\"enabled\":true}";
  }

  private long rule(
      String kind,
      String scope,
      int window,
      int raise,
      int clear,
      int minAttempts,
      int raiseHold,
      int clearHold)
      throws Exception {
    HttpResponse<String> created =
        http.post(
            HELPDESK,
            "alert-rules",
            ruleJson(kind, scope, window, raise, clear, minAttempts, raiseHold, clearHold));
    assertEquals(201, created.statusCode(), created.body());
    long id = Http.object(created).getJsonNumber("id").longValue();
    made.add(id);
    return id;
  }

  private void clock(Duration after) throws Exception {
    HttpResponse<String> set =
        http.put(ADMIN, "test-clock", "{\"at\":\"" + base.plus(after) + "\"}");
    assertEquals(204, set.statusCode(), set.body());
  }

  /** Evaluates one rule: the suite's other rules and alerts play no part. */
  private JsonObject evaluate(long rule) throws Exception {
    HttpResponse<String> done = http.post(HELPDESK, "alerts/evaluate?rule=" + rule, "{}");
    assertEquals(200, done.statusCode(), done.body());
    return Http.object(done);
  }

  private List<JsonObject> openAlerts(long rule) throws Exception {
    return Http.array(http.get(HELPDESK, "alerts")).stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getJsonNumber("ruleId").longValue() == rule)
        .collect(Collectors.toList());
  }

  private JsonObject alert(long id) throws Exception {
    return Http.object(http.get(HELPDESK, "alerts/" + id));
  }

  private static boolean absent(JsonObject object, String key) {
    return !object.containsKey(key) || object.isNull(key);
  }

  private static List<String> kinds(JsonObject alert) {
    JsonArray events = alert.getJsonArray("events");
    return events.stream().map(e -> e.asJsonObject().getString("kind")).toList();
  }

  private JsonObject ticket(String ticketNo) throws Exception {
    HttpResponse<String> ticket = http.get(HELPDESK, "tickets/" + ticketNo);
    assertEquals(200, ticket.statusCode(), ticket.body());
    return Http.object(ticket);
  }

  private JsonObject terminal(int window) throws Exception {
    return Http.array(http.get(HELPDESK, "monitoring/terminals?window=" + window)).stream()
        .map(JsonValue::asJsonObject)
        .filter(t -> t.getString("terminalId").equals(terminal))
        .findFirst()
        .orElseThrow();
  }

  private byte[] macKey() throws Exception {
    return TestGateway.macKey(secret);
  }

  /** A network management message (0800), with a device status in field 48 when given. */
  private ISOMsg network(String function, String deviceStatus) throws Exception {
    ISOMsg m = TestGateway.networkRequest(terminal, function, macKey());
    if (deviceStatus != null) {
      m.set(
          48,
          new String(deviceStatus.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
      m.set(128, TestGateway.mac(m, macKey()));
    }
    return m;
  }

  /** A balance inquiry (0200, 310000) in the given currency: 840 is a format error (30). */
  private ISOMsg balance(String currency) throws Exception {
    ISOMsg m =
        TestGateway.financialRequest(
            "0200",
            terminal,
            "310000",
            CARD,
            0,
            String.valueOf(System.nanoTime() % 1_000_000_000_000L),
            LocalDateTime.now(ZoneId.of("Asia/Shanghai")),
            null,
            macKey());
    m.set(49, currency);
    m.set(64, TestGateway.mac(m, macKey()));
    return m;
  }

  private static ISOMsg exchange(Socket socket, ISOMsg request) throws Exception {
    return TestGateway.exchange(socket, request);
  }
}
