package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.ADMIN;
import static org.yikatong.it.DemoUsers.HELPDESK;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jpos.iso.ISOMsg;
import org.jpos.iso.packager.ISO87BPackager;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The emergency mode over the API and the wire: an emergency for a location switches exactly the
 * terminals there (NOTICE and MODE on a real TCP gateway), publishes its notice, QR code, FAQ and
 * poster, opens a desk POS for cash top-ups, and ending it puts everything back and opens a review;
 * refused declarations and ends leave nothing behind.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmergencyIT {

  private final Http http = new Http();
  private final HttpClient anonymous = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEar();
  }

  /** A registered terminal and its secret. */
  private record Device(String id, byte[] secret) {}

  @Test
  @DisplayName(
      "a location emergency switches exactly its terminals, publishes its notice, and ends back"
          + " to normal with a review")
  void locationEmergency() throws Exception {
    String place = "应急楼" + LedgerDriver.unique("L");
    Device k1 = register("KIOSK", null, place + " 1 层");
    Device k2 = register("KIOSK", null, place + " 2 层");
    Device elsewhere = register("KIOSK", null, "别处" + LedgerDriver.unique("L"));
    Device desk = register("POS", "M0001", "别处服务台" + LedgerDriver.unique("L"));
    String cardNo = newCard();

    // Before: the kiosk takes cash, the desk POS does not.
    assertEquals("00", topUp(k1, cardNo, 1_000));
    assertEquals("58", topUp(desk, cardNo, 1_000), "a desk POS takes no cash by default");

    JsonObject preview =
        Http.object(
            http.get(HELPDESK, "emergencies/scope-preview?scope=LOCATION&location=" + enc(place)));
    assertEquals(2, preview.getInt("count"));

    String link = "https://pay.example.edu/top-up?e=" + LedgerDriver.unique("Q");
    String question = "自助机停用时如何充值" + LedgerDriver.unique("F") + "？";
    String notice = "本楼自助机暂停服务，请到服务台现金充值或扫码在线充值";
    HttpResponse<String> declared =
        http.post(
            HELPDESK,
            "emergencies",
            Json.createObjectBuilder()
                .add("title", place + " 自助机故障")
                .add("cause", "交换机断电")
                .add("scope", "LOCATION")
                .add("location", place)
                .add("hotline", "0571-88880000")
                .add("topUpUrl", link)
                .add("priorityNote", "老年人、残障人士请直接到服务台优先办理")
                .add("noticeText", notice)
                .add(
                    "servicePoints",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("terminalCode", desk.id())
                                .add("openingHours", "8:00-20:00")))
                .add(
                    "faq",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("question", question)
                                .add("answer", "到服务台现金充值，或扫码在线充值。")))
                .build()
                .toString());
    assertEquals(201, declared.statusCode(), declared.body());
    JsonObject emergency = Http.object(declared);
    long id = emergency.getJsonNumber("id").longValue();
    assertEquals(Set.of(k1.id(), k2.id()), codes(emergency.getJsonArray("terminals")));
    assertTrue(emergency.getBoolean("startedInTime"));
    assertEquals("ACTIVE", emergency.getString("status"));

    // Exactly the terminals in scope got NOTICE + MODE EMERGENCY; the one elsewhere nothing.
    for (Device d : List.of(k1, k2)) {
      assertEquals(List.of("MODE EMERGENCY", "NOTICE " + notice), operatorCommands(d.id()), d.id());
    }
    assertEquals(List.of(), operatorCommands(elsewhere.id()));
    assertEquals(List.of(), operatorCommands(desk.id()));

    // The gateway of the first kiosk signs on and receives both, and acknowledges them.
    JsonObject k1Line = line(emergency, k1.id());
    String noticeStan = stan(k1.id(), k1Line.getJsonNumber("noticeCommandId").longValue());
    String modeStan = stan(k1.id(), k1Line.getJsonNumber("modeCommandId").longValue());
    byte[] macKey = TestGateway.macKey(k1.secret());
    try (Socket socket = new Socket("127.0.0.1", TestGateway.ADAPTER_PORT)) {
      TestGateway.writeFrame(socket, pack(TestGateway.networkRequest(k1.id(), "001", macKey)));
      ISOMsg n = awaitCommand(socket, k1.id(), noticeStan, macKey);
      assertEquals("NOTICE", n.getString(60));
      assertEquals(notice, utf8(n.getString(61)));
      acknowledge(socket, k1.id(), noticeStan, macKey);
      ISOMsg m = awaitCommand(socket, k1.id(), modeStan, macKey);
      assertEquals("EMERGENCY", m.getString(61));
      acknowledge(socket, k1.id(), modeStan, macKey);
      new CommandRecords().await(k1.id(), noticeStan, "ACKNOWLEDGED");
      new CommandRecords().await(k1.id(), modeStan, "ACKNOWLEDGED");

      // The public notice, without login: text, hotline, link, service point with its hours, FAQ.
      JsonObject shown = publicNotice(id);
      assertEquals(notice, shown.getString("text"));
      assertEquals("0571-88880000", shown.getString("hotline"));
      assertEquals(link, shown.getString("topUpUrl"));
      assertEquals("INVESTIGATING", shown.getString("stage"));
      assertFalse(shown.getBoolean("drill"));
      JsonObject point = shown.getJsonArray("servicePoints").getJsonObject(0);
      assertEquals(desk.id(), point.getString("terminalCode"));
      assertEquals("8:00-20:00", point.getString("openingHours"));
      assertEquals(question, shown.getJsonArray("faq").getJsonObject(0).getString("question"));
      assertTrue(faqHas(question), "the FAQ entry is in the knowledge base's public FAQ");

      // The QR code is a PNG of the link; the poster a PDF.
      HttpResponse<byte[]> qr = anonymousBytes("public/notices/" + id + "/qr.png");
      assertEquals(200, qr.statusCode());
      assertEquals("image/png", qr.headers().firstValue("Content-Type").orElse(""));
      assertEquals(link, decodeQr(qr.body()));
      HttpResponse<byte[]> poster =
          http.bytes(HELPDESK, "emergencies/" + id + "/poster.pdf", "application/pdf");
      assertEquals(200, poster.statusCode());
      assertEquals("%PDF-", new String(poster.body(), 0, 5, StandardCharsets.ISO_8859_1));

      // The desk POS is a service point while the emergency lasts.
      assertEquals("00", topUp(desk, cardNo, 2_000));

      HttpResponse<String> update =
          http.post(
              HELPDESK,
              "emergencies/" + id + "/updates",
              "{\"stage\":\"IDENTIFIED\",\"text\":\"已定位：交换机断电，正在抢修\"}");
      assertEquals(200, update.statusCode(), update.body());
      assertEquals("IDENTIFIED", publicNotice(id).getString("stage"));

      HttpResponse<String> ended =
          http.post(HELPDESK, "emergencies/" + id + "/end", "{\"closingText\":\"已恢复\"}");
      assertEquals(200, ended.statusCode(), ended.body());
      JsonObject after = Http.object(ended);
      assertEquals("ENDED", after.getString("status"));

      // Ending: empty NOTICE and MODE NORMAL to exactly those terminals, on the wire at once.
      JsonObject k1After = line(after, k1.id());
      String clearStan = stan(k1.id(), k1After.getJsonNumber("clearCommandId").longValue());
      String normalStan = stan(k1.id(), k1After.getJsonNumber("normalCommandId").longValue());
      ISOMsg clear = awaitCommand(socket, k1.id(), clearStan, macKey);
      assertEquals("NOTICE", clear.getString(60));
      assertEquals("", clear.hasField(61) ? clear.getString(61) : "");
      acknowledge(socket, k1.id(), clearStan, macKey);
      ISOMsg normal = awaitCommand(socket, k1.id(), normalStan, macKey);
      assertEquals("NORMAL", normal.getString(61));
      acknowledge(socket, k1.id(), normalStan, macKey);
      new CommandRecords().await(k1.id(), normalStan, "ACKNOWLEDGED");
    }
    for (Device d : List.of(k1, k2)) {
      assertEquals(
          List.of("MODE EMERGENCY", "MODE NORMAL", "NOTICE", "NOTICE " + notice),
          operatorCommands(d.id()),
          d.id());
    }
    assertEquals(List.of(), operatorCommands(elsewhere.id()));

    // Withdrawn: no public notice, no QR code, no FAQ entry, no cash at the desk POS.
    assertFalse(publicNotices().stream().anyMatch(n -> n.getJsonNumber("id").longValue() == id));
    assertEquals(404, anonymousBytes("public/notices/" + id + "/qr.png").statusCode());
    assertFalse(faqHas(question));
    assertEquals("58", topUp(desk, cardNo, 1_000));

    // The review: two devices, the one card used there this week, follow-up actions.
    JsonObject review = Http.object(http.get(HELPDESK, "emergencies/" + id + "/review"));
    assertEquals(2, review.getInt("deviceCount"));
    assertEquals(1, review.getJsonNumber("cardEstimate").longValue());
    assertEquals("交换机断电", review.getString("cause"));
    Set<String> kinds =
        review.getJsonObject("emergency").getJsonArray("timeline").stream()
            .map(v -> v.asJsonObject().getString("kind"))
            .collect(Collectors.toSet());
    assertTrue(
        kinds.containsAll(
            Set.of(
                "DECLARED",
                "SERVICE_POINTS_ON",
                "COMMANDS_QUEUED",
                "FAQ_PUBLISHED",
                "NOTICE_PUBLISHED",
                "UPDATE_POSTED",
                "ENDED",
                "RESTORE_QUEUED",
                "SERVICE_POINTS_OFF",
                "FAQ_RETIRED",
                "NOTICE_WITHDRAWN",
                "REVIEW_OPENED")),
        kinds.toString());
    // The second kiosk never connected: its commands wait, so the round is not all answered.
    JsonObject switching = review.getJsonObject("emergency").getJsonObject("switching");
    assertEquals(4, switching.getInt("queued"));
    assertEquals(2, switching.getInt("acknowledged"));
    assertFalse(kinds.contains("COMMANDS_ACKNOWLEDGED"));
    HttpResponse<String> action =
        http.post(
            HELPDESK,
            "emergencies/" + id + "/review/actions",
            "{\"description\":\"交换机加装 UPS\",\"owner\":\"tech\",\"dueOn\":\"2030-01-31\"}");
    assertEquals(201, action.statusCode(), action.body());
    assertEquals(
        200,
        http.post(HELPDESK, "emergencies/" + id + "/review/actions/1/done", null).statusCode());
    assertEquals(
        409,
        http.post(HELPDESK, "emergencies/" + id + "/review/actions/1/done", null).statusCode());
    assertEquals(409, http.post(HELPDESK, "emergencies/" + id + "/end", "{}").statusCode());
  }

  @Test
  @DisplayName(
      "a scope without terminals, an overlap, a bad service point or notice, and a second end are"
          + " refused with nothing written")
  void refusals() throws Exception {
    String place = "演练楼" + LedgerDriver.unique("L");
    Device kiosk = register("KIOSK", null, place);
    Device desk = register("POS", "M0001", "演练服务台" + LedgerDriver.unique("L"));
    int before = emergencies();
    String question = "演练问题" + LedgerDriver.unique("F");

    HttpResponse<String> noMatch =
        declare(
            "{\"scope\":\"LOCATION\",\"location\":\"无此地点" + LedgerDriver.unique("X") + "\"",
            desk,
            question);
    assertEquals(400, noMatch.statusCode(), noMatch.body());
    assertTrue(
        noMatch
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    HttpResponse<String> kioskAsPoint =
        declare("{\"scope\":\"LOCATION\",\"location\":\"" + place + "\"", kiosk, question);
    assertEquals(400, kioskAsPoint.statusCode(), kioskAsPoint.body());
    HttpResponse<String> longNotice =
        http.post(
            HELPDESK,
            "emergencies",
            "{\"title\":\"t\",\"scope\":\"LOCATION\",\"location\":\""
                + place
                + "\",\"noticeText\":\""
                + "字".repeat(301)
                + "\"}");
    assertEquals(400, longNotice.statusCode(), longNotice.body());
    // Nothing half-applied: no emergency, no service point, no FAQ entry, no command.
    assertEquals(before, emergencies());
    assertFalse(Http.object(http.get(ADMIN, "terminals/" + desk.id())).getBoolean("servicePoint"));
    assertFalse(faqHas(question));
    assertEquals(List.of(), operatorCommands(kiosk.id()));

    HttpResponse<String> drill =
        declare(
            "{\"scope\":\"LOCATION\",\"location\":\"" + place + "\",\"drill\":true",
            desk,
            question);
    assertEquals(201, drill.statusCode(), drill.body());
    long id = Http.object(drill).getJsonNumber("id").longValue();
    assertTrue(
        publicNotices().stream()
            .anyMatch(n -> n.getJsonNumber("id").longValue() == id && n.getBoolean("drill")));

    // The same location again, and all kiosks (this location has one), overlap.
    assertEquals(
        409,
        declare("{\"scope\":\"LOCATION\",\"location\":\"" + place + "\"", null, null).statusCode());
    assertEquals(409, declare("{\"scope\":\"ALL_KIOSKS\"", null, null).statusCode());
    // A channel: no terminal, the same channel twice overlaps.
    HttpResponse<String> channel =
        declare("{\"scope\":\"CHANNEL\",\"channel\":\"BANK\"", null, null);
    assertEquals(201, channel.statusCode(), channel.body());
    long channelId = Http.object(channel).getJsonNumber("id").longValue();
    assertEquals(0, Http.object(channel).getJsonArray("terminals").size());
    assertEquals(
        409, declare("{\"scope\":\"CHANNEL\",\"channel\":\"BANK\"", null, null).statusCode());
    assertEquals(before + 2, emergencies());
    assertEquals(List.of("MODE EMERGENCY", "NOTICE 演练通知"), operatorCommands(kiosk.id()));

    assertEquals(200, http.post(HELPDESK, "emergencies/" + id + "/end", "{}").statusCode());
    assertEquals(200, http.post(HELPDESK, "emergencies/" + channelId + "/end", "{}").statusCode());
    List<String> afterEnd = operatorCommands(kiosk.id());
    assertEquals(409, http.post(HELPDESK, "emergencies/" + id + "/end", "{}").statusCode());
    assertEquals(afterEnd, operatorCommands(kiosk.id()), "a second end queues nothing");
    assertEquals(404, http.post(HELPDESK, "emergencies/999999999/end", "{}").statusCode());
    assertTrue(
        Http.object(http.get(HELPDESK, "emergencies/" + id + "/review"))
            .getJsonObject("emergency")
            .getBoolean("drill"));
  }

  private HttpResponse<String> declare(String scopeFields, Device point, String question)
      throws Exception {
    StringBuilder json =
        new StringBuilder(scopeFields)
            .append(",\"title\":\"演练\",\"noticeText\":\"演练通知\",\"hotline\":\"12345\"");
    if (point != null) {
      json.append(",\"servicePoints\":[{\"terminalCode\":\"")
          .append(point.id())
          .append("\",\"openingHours\":\"9:00-17:00\"}]");
    }
    if (question != null) {
      json.append(",\"faq\":[{\"question\":\"").append(question).append("\",\"answer\":\"答\"}]");
    }
    return http.post(HELPDESK, "emergencies", json.append('}').toString());
  }

  private int emergencies() throws Exception {
    return Http.array(http.get(HELPDESK, "emergencies?max=500")).size();
  }

  private Device register(String type, String merchant, String location) throws Exception {
    String id = newTerminalId();
    String json =
        "{\"terminalId\":\""
            + id
            + "\",\"type\":\""
            + type
            + "\","
            + (merchant == null ? "" : "\"merchantCode\":\"" + merchant + "\",")
            + "\"location\":\""
            + location
            + "\"}";
    HttpResponse<String> created = http.post(ADMIN, "terminals", json);
    assertEquals(201, created.statusCode(), created.body());
    return new Device(id, HexFormat.of().parseHex(Http.object(created).getString("secretHex")));
  }

  /** A new holder with an active card; answers its card number (field 2). */
  private String newCard() throws Exception {
    String holderNo = LedgerDriver.unique("E");
    assertEquals(
        201,
        http.post(
                HELPDESK,
                "card-holders",
                "{\"holderNo\":\""
                    + holderNo
                    + "\",\"fullName\":\"应急测试\",\"type\":\"STAFF\",\"department\":\"后勤集团\",\"group\":\"STAFF\"}")
            .statusCode());
    HttpResponse<String> issued =
        http.post(
            HELPDESK,
            "cards",
            "{\"holderNo\":\""
                + holderNo
                + "\",\"cardSerialNo\":\""
                + LedgerDriver.unique("C")
                + "\",\"expiresOn\":\"2030-08-31\",\"depositFen\":2000,\"pin\":\"123456\"}");
    assertEquals(201, issued.statusCode(), issued.body());
    return Http.object(issued).getString("cardNo");
  }

  /** A cash top-up (0200, 210000) at a terminal; answers field 39. */
  private static String topUp(Device d, String cardNo, long fen) throws Exception {
    ISOMsg request =
        TestGateway.financialRequest(
            "0200",
            d.id(),
            "210000",
            cardNo,
            fen,
            LedgerDriver.rrn(),
            LocalDateTime.now(ZoneId.of("Asia/Shanghai")),
            null,
            TestGateway.macKey(d.secret()));
    try (Socket socket = new Socket("127.0.0.1", TestGateway.ADAPTER_PORT)) {
      return TestGateway.exchange(socket, request).getString(39);
    }
  }

  /** The terminal's NOTICE and MODE commands as "COMMAND payload" (trimmed), sorted. */
  private List<String> operatorCommands(String terminal) throws Exception {
    return Http.array(http.get(ADMIN, "terminals/" + terminal + "/commands")).stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> Set.of("NOTICE", "MODE").contains(c.getString("command")))
        .map(c -> (c.getString("command") + " " + c.getString("payload", "")).strip())
        .sorted()
        .toList();
  }

  private String stan(String terminal, long commandId) throws Exception {
    return Http.array(http.get(ADMIN, "terminals/" + terminal + "/commands")).stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getJsonNumber("id").longValue() == commandId)
        .findFirst()
        .orElseThrow()
        .getString("stan");
  }

  private static JsonObject line(JsonObject emergency, String terminal) {
    return emergency.getJsonArray("terminals").stream()
        .map(JsonValue::asJsonObject)
        .filter(t -> terminal.equals(t.getString("terminalCode")))
        .findFirst()
        .orElseThrow();
  }

  private static Set<String> codes(JsonArray terminals) {
    return terminals.stream()
        .map(t -> t.asJsonObject().getString("terminalCode"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private List<JsonObject> publicNotices() throws Exception {
    HttpResponse<String> response = http.anonymous("public/notices");
    assertEquals(200, response.statusCode(), response.body());
    return Http.array(response).stream().map(JsonValue::asJsonObject).toList();
  }

  private JsonObject publicNotice(long id) throws Exception {
    return publicNotices().stream()
        .filter(n -> n.getJsonNumber("id").longValue() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no public notice " + id));
  }

  private boolean faqHas(String question) throws Exception {
    return Http.array(http.anonymous("faq?q=" + enc(question) + "&max=50")).stream()
        .anyMatch(a -> question.equals(a.asJsonObject().getString("title")));
  }

  private HttpResponse<byte[]> anonymousBytes(String path) throws Exception {
    return anonymous.send(
        HttpRequest.newBuilder(Http.api(path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String decodeQr(byte[] png) throws Exception {
    var image = ImageIO.read(new ByteArrayInputStream(png));
    return new QRCodeReader()
        .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
        .getText();
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String utf8(String field) {
    return new String(field.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }

  /** Reads frames until the 0620 with this STAN; checks its MAC; acknowledges other commands. */
  private static ISOMsg awaitCommand(Socket socket, String terminal, String stan, byte[] macKey)
      throws Exception {
    while (true) {
      ISOMsg message = TestGateway.unpack(TestGateway.readFrame(socket));
      if (!"0620".equals(message.getMTI())) {
        continue;
      }
      assertTrue(Arrays.equals(message.getBytes(64), TestGateway.mac(message, macKey)));
      assertEquals(terminal, message.getString(41));
      if (stan.equals(message.getString(11))) {
        return message;
      }
      acknowledge(socket, terminal, message.getString(11), macKey);
    }
  }

  private static void acknowledge(Socket socket, String terminal, String stan, byte[] macKey)
      throws Exception {
    ISOMsg ack = new ISOMsg("0630");
    ack.set(11, stan);
    ack.set(39, "00");
    ack.set(41, terminal);
    ack.set(64, TestGateway.mac(ack, macKey));
    TestGateway.writeFrame(socket, pack(ack));
  }

  private static byte[] pack(ISOMsg message) throws Exception {
    message.setPackager(new ISO87BPackager());
    return message.pack();
  }

  /** Terminal ids unique across runs. */
  private static String newTerminalId() {
    String digits = Long.toString(ThreadLocalRandom.current().nextLong(1L << 34), 36).toUpperCase();
    return ("E" + digits + "0000000").substring(0, 8);
  }
}
