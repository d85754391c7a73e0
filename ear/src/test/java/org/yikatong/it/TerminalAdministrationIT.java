package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.ADMIN;
import static org.yikatong.it.DemoUsers.TECH;

import jakarta.json.JsonObject;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jpos.iso.ISOMsg;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Terminal administration through the API, checked where it matters: on the wire. A registered
 * terminal signs on with the secret it was given; a disabled one is refused; a rotated secret
 * replaces the old one at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TerminalAdministrationIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEar();
  }

  private final Http http = new Http();

  @Test
  @DisplayName("a registered terminal signs on with its secret; disabled it is refused 58")
  void registerAndDisable() throws Exception {
    String id = newTerminalId();
    HttpResponse<String> created = register(id, "KIOSK", null);
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/terminals/" + id));
    byte[] secret = secretOf(created);

    assertEquals("00", signOn(id, secret));
    assertEquals(200, http.post(ADMIN, "terminals/" + id + "/disable", null).statusCode());
    assertEquals("58", signOn(id, secret));
    assertEquals(200, http.post(ADMIN, "terminals/" + id + "/enable", null).statusCode());
    assertEquals("00", signOn(id, secret));
  }

  @Test
  @DisplayName("after a secret rotation the old secret is refused 63 and the new one works")
  void rotateSecret() throws Exception {
    String id = newTerminalId();
    byte[] old = secretOf(register(id, "POS", "M0001"));
    byte[] fresh = secretOf(http.post(ADMIN, "terminals/" + id + "/secret", null));
    assertEquals("63", signOn(id, old));
    assertEquals("00", signOn(id, fresh));
  }

  @Test
  @DisplayName("bad registrations are refused with problem details and store nothing")
  void badRegistrations() throws Exception {
    String id = newTerminalId();
    assertEquals(201, register(id, "GATE", null).statusCode());
    assertEquals(409, register(id, "GATE", null).statusCode(), "duplicate id");
    String posWithoutMerchant = newTerminalId();
    String unknownMerchant = newTerminalId();
    assertEquals(400, register(posWithoutMerchant, "POS", null).statusCode(), "POS, no merchant");
    assertEquals(404, register(unknownMerchant, "POS", "M9999").statusCode(), "unknown merchant");
    assertEquals(400, register("short", "GATE", null).statusCode(), "id not 8 characters");
    HttpResponse<String> malformed = http.post(ADMIN, "terminals", "{\"terminalId\":");
    assertEquals(400, malformed.statusCode(), malformed.body());
    for (String refused : new String[] {posWithoutMerchant, unknownMerchant}) {
      assertEquals(
          404,
          http.get(ADMIN, "terminals/" + refused).statusCode(),
          "nothing stored for the refused registration of " + refused);
    }
  }

  @Test
  @DisplayName("only administrators register terminals")
  void onlyAdministrators() throws Exception {
    HttpResponse<String> response =
        http.post(TECH, "terminals", json(newTerminalId(), "GATE", null));
    assertEquals(403, response.statusCode());
  }

  @Test
  @DisplayName("a key pushed over the wire: the old secret serves until the terminal acknowledges")
  void keyRotationOverTheWire() throws Exception {
    String id = newTerminalId();
    byte[] old = secretOf(register(id, "GATE", null));
    byte[] fresh;
    try (Socket socket = new Socket("127.0.0.1", TestGateway.ADAPTER_PORT)) {
      byte[] oldMac = TestGateway.macKey(old);
      assertEquals(
          "00",
          TestGateway.exchange(socket, TestGateway.networkRequest(id, "001", oldMac))
              .getString(39));
      HttpResponse<String> pushed = http.post(ADMIN, "terminals/" + id + "/key-rotation", null);
      assertEquals(202, pushed.statusCode(), pushed.body());
      JsonObject command = Http.json(pushed).asJsonObject();
      assertTrue(
          !command.containsKey("payload") || command.isNull("payload"),
          "the new secret is never shown");
      String stan = command.getString("stan");

      ISOMsg key;
      do {
        key = TestGateway.unpack(TestGateway.readFrame(socket));
      } while (!("0620".equals(key.getMTI()) && stan.equals(key.getString(11))));
      assertEquals("KEY", key.getString(60));
      fresh = TestGateway.unwrapSecret(HexFormat.of().parseHex(key.getString(61)), old);
      assertEquals("00", signOn(id, old), "the old secret serves until the acknowledgement");

      ISOMsg ack = new ISOMsg("0630");
      ack.set(11, stan);
      ack.set(39, "00");
      ack.set(41, id);
      ack.set(64, TestGateway.mac(ack, oldMac));
      ack.setPackager(new org.jpos.iso.packager.ISO87BPackager());
      TestGateway.writeFrame(socket, ack.pack());
      new CommandRecords().await(id, stan, "ACKNOWLEDGED");
    }
    assertEquals("63", signOn(id, old));
    assertEquals("00", signOn(id, fresh));
  }

  private HttpResponse<String> register(String id, String type, String merchant) throws Exception {
    return http.post(ADMIN, "terminals", json(id, type, merchant));
  }

  private static String json(String id, String type, String merchant) {
    return "{\"terminalId\":\""
        + id
        + "\",\"type\":\""
        + type
        + "\","
        + (merchant == null ? "" : "\"merchantCode\":\"" + merchant + "\",")
        + "\"location\":\"测试楼 1 层\"}";
  }

  private static byte[] secretOf(HttpResponse<String> response) {
    JsonObject issued = Http.json(response).asJsonObject();
    String hex = issued.getString("secretHex");
    assertEquals(64, hex.length());
    return HexFormat.of().parseHex(hex);
  }

  private static String signOn(String terminal, byte[] secret) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", TestGateway.ADAPTER_PORT)) {
      ISOMsg response =
          TestGateway.exchange(
              socket, TestGateway.networkRequest(terminal, "001", TestGateway.macKey(secret)));
      return response.getString(39);
    }
  }

  /** Terminal ids unique across runs, since the database outlives a test run. */
  private static String newTerminalId() {
    String digits = Long.toString(ThreadLocalRandom.current().nextLong(1L << 34), 36).toUpperCase();
    return ("Z" + digits + "0000000").substring(0, 8);
  }
}
