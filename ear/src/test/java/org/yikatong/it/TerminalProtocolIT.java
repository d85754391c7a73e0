package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.TECH;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.DataOutputStream;
import java.net.Socket;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jpos.iso.ISOMsg;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The terminal protocol over real TCP, from a gateway's side ({@link TestGateway}, written from the
 * contract alone).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TerminalProtocolIT {

  private static final String DEMO_TERMINAL = "T0000002";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEar();
  }

  @Test
  @DisplayName("sign-on, echo and sign-off of a demo terminal are approved with a valid MAC")
  void networkManagement() throws Exception {
    byte[] macKey = TestGateway.macKey(TestGateway.demoSecret(DEMO_TERMINAL));
    try (Socket socket = new Socket("127.0.0.1", TestGateway.ADAPTER_PORT)) {
      for (String function : new String[] {"001", "301", "301", "002"}) {
        ISOMsg response =
            TestGateway.exchange(
                socket, TestGateway.networkRequest(DEMO_TERMINAL, function, macKey));
        assertEquals("0810", response.getMTI());
        assertEquals("00", response.getString(39), "function " + function);
        assertEquals(function, response.getString(70));
        assertArrayEquals(
            TestGateway.mac(response, macKey), response.getBytes(128), "response MAC");
      }
    }
    JsonObject terminal =
        Http.json(new Http().get(TECH, "terminals/" + DEMO_TERMINAL)).asJsonObject();
    assertEquals("SIGNED_OFF", terminal.getString("linkState"));
    assertEquals(2, terminal.getJsonNumber("heartbeats").longValue(), "echoes since sign-on");
    assertTrue(terminal.containsKey("lastSeenAt"));
  }

  @Test
  @DisplayName("a request MACed with another key is declined 63 and audited")
  void wrongMac() throws Exception {
    ISOMsg request =
        TestGateway.networkRequest(DEMO_TERMINAL, "001", TestGateway.macKey(new byte[32]));
    try (Socket socket = new Socket("127.0.0.1", TestGateway.ADAPTER_PORT)) {
      ISOMsg response = TestGateway.exchange(socket, request);
      assertEquals("63", response.getString(39));
    }
    JsonObject audited = rejection(request.getString(11));
    assertEquals("BAD_MAC", audited.getString("reason"));
    assertEquals(DEMO_TERMINAL, audited.getString("terminalId"));
  }

  @Test
  @DisplayName("a malformed frame closes its connection and is audited")
  void malformedFrame() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", TestGateway.ADAPTER_PORT)) {
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
    var response = new Http().get(TECH, "terminal-rejections?limit=500");
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response).asJsonArray();
  }

  @Test
  @DisplayName("an unknown terminal is declined 58, without a MAC")
  void unknownTerminal() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", TestGateway.ADAPTER_PORT)) {
      ISOMsg response =
          TestGateway.exchange(
              socket,
              TestGateway.networkRequest("X0000009", "001", TestGateway.macKey(new byte[32])));
      assertEquals("58", response.getString(39));
      assertFalse(response.hasField(64) || response.hasField(128), "no MAC");
    }
  }
}
