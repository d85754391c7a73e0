package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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
 * The terminal protocol over real TCP, from a gateway's side: a client written here from the
 * contract alone (jPOS packing, MAC of the contract), not from the adapter's own codec.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TerminalProtocolIT {

  private static final int ADAPTER_PORT = 9500;
  private static final String DEMO_TERMINAL = "T0000002";
  private static final AtomicInteger STAN = new AtomicInteger(100);

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEar();
  }

  @Test
  @DisplayName("sign-on, echo and sign-off of a demo terminal are approved with a valid MAC")
  void networkManagement() throws Exception {
    byte[] macKey = macKey(demoSecret(DEMO_TERMINAL));
    try (Socket socket = new Socket("127.0.0.1", ADAPTER_PORT)) {
      for (String function : new String[] {"001", "301", "301", "002"}) {
        ISOMsg response = exchange(socket, networkRequest(DEMO_TERMINAL, function, macKey));
        assertEquals("0810", response.getMTI());
        assertEquals("00", response.getString(39), "function " + function);
        assertEquals(function, response.getString(70));
        assertArrayEquals(mac(response, macKey), response.getBytes(128), "response MAC");
      }
    }
    JsonObject terminal =
        Http.json(
                new Http()
                    .getAs(
                        Http.CONSOLE.resolve("api/v1/terminals/" + DEMO_TERMINAL),
                        DemoUsers.TECH,
                        DemoUsers.TECH_PASSWORD))
            .asJsonObject();
    assertEquals("SIGNED_OFF", terminal.getString("linkState"));
    assertEquals(2, terminal.getJsonNumber("heartbeats").longValue(), "echoes since sign-on");
    assertTrue(terminal.containsKey("lastSeenAt"));
  }

  @Test
  @DisplayName("a request MACed with another key is declined 63 and audited")
  void wrongMac() throws Exception {
    ISOMsg request = networkRequest(DEMO_TERMINAL, "001", macKey(new byte[32]));
    try (Socket socket = new Socket("127.0.0.1", ADAPTER_PORT)) {
      ISOMsg response = exchange(socket, request);
      assertEquals("63", response.getString(39));
    }
    JsonObject audited = rejection(request.getString(11));
    assertEquals("BAD_MAC", audited.getString("reason"));
    assertEquals(DEMO_TERMINAL, audited.getString("terminalId"));
  }

  @Test
  @DisplayName("a malformed frame closes its connection and is audited")
  void malformedFrame() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", ADAPTER_PORT)) {
      DataOutputStream out = new DataOutputStream(socket.getOutputStream());
      out.writeShort(6);
      out.write(new byte[] {0x09, (byte) 0x99, 0x01, 0x02, 0x03, 0x04}); // MTI "0999"
      out.flush();
      socket.setSoTimeout(10_000);
      assertEquals(-1, socket.getInputStream().read(), "connection closed, nothing answered");
    }
    JsonArray recent = rejections();
    assertEquals("MALFORMED_FRAME", recent.getJsonObject(0).getString("reason"));
  }

  /** The audit record of the rejected request with this STAN (written before the answer). */
  private static JsonObject rejection(String stan) throws Exception {
    return rejections().stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> stan.equals(r.getString("stan", null)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no rejection recorded for STAN " + stan));
  }

  private static JsonArray rejections() throws Exception {
    var response =
        new Http()
            .getAs(
                Http.CONSOLE.resolve("api/v1/terminal-rejections?limit=500"),
                DemoUsers.TECH,
                DemoUsers.TECH_PASSWORD);
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response).asJsonArray();
  }

  @Test
  @DisplayName("an unknown terminal is declined 58, without a MAC")
  void unknownTerminal() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", ADAPTER_PORT)) {
      ISOMsg response = exchange(socket, networkRequest("X0000009", "001", macKey(new byte[32])));
      assertEquals("58", response.getString(39));
      assertFalse(response.hasField(64) || response.hasField(128), "no MAC");
    }
  }

  private static ISOMsg networkRequest(String terminal, String function, byte[] macKey)
      throws Exception {
    ISOMsg m = new ISOMsg("0800");
    m.set(7, "1122031500");
    m.set(11, String.format("%06d", STAN.incrementAndGet()));
    m.set(41, terminal);
    m.set(70, function);
    m.set(128, mac(m, macKey)); // field 70 brings a secondary bitmap, so the MAC goes in 128
    return m;
  }

  /**
   * The MAC of the contract: HMAC-SHA256 over the message packed with 8 zero bytes in the MAC
   * field, 128 when a field above 64 is present (secondary bitmap), else 64.
   */
  private static byte[] mac(ISOMsg message, byte[] macKey) throws Exception {
    ISOMsg copy = (ISOMsg) message.clone();
    copy.unset(64);
    copy.unset(128);
    boolean secondaryBitmap = false;
    for (int field = 65; field < 128; field++) {
      secondaryBitmap |= copy.hasField(field);
    }
    copy.set(secondaryBitmap ? 128 : 64, new byte[8]);
    copy.setPackager(new ISO87BPackager());
    Mac hmac = Mac.getInstance("HmacSHA256");
    hmac.init(new SecretKeySpec(macKey, "HmacSHA256"));
    return Arrays.copyOf(hmac.doFinal(copy.pack()), 8);
  }

  private static byte[] macKey(byte[] secret) throws Exception {
    Mac hmac = Mac.getInstance("HmacSHA256");
    hmac.init(new SecretKeySpec(secret, "HmacSHA256"));
    return hmac.doFinal("yikatong-mac".getBytes(StandardCharsets.US_ASCII));
  }

  /** docs/demo-data.md: SHA-256 of "yikatong-demo-terminal:" and the terminal id. */
  private static byte[] demoSecret(String terminal) throws Exception {
    return MessageDigest.getInstance("SHA-256")
        .digest(("yikatong-demo-terminal:" + terminal).getBytes(StandardCharsets.US_ASCII));
  }

  private static ISOMsg exchange(Socket socket, ISOMsg request) throws Exception {
    request.setPackager(new ISO87BPackager());
    byte[] frame = request.pack();
    DataOutputStream out = new DataOutputStream(socket.getOutputStream());
    out.writeShort(frame.length);
    out.write(frame);
    out.flush();
    socket.setSoTimeout(10_000);
    DataInputStream in = new DataInputStream(socket.getInputStream());
    byte[] body = new byte[in.readUnsignedShort()];
    in.readFully(body);
    ISOMsg response = new ISOMsg();
    response.setPackager(new ISO87BPackager());
    response.unpack(body);
    return response;
  }
}
