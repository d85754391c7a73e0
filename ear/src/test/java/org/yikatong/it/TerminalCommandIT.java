package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.TECH;

import jakarta.json.JsonObject;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jpos.iso.ISOMsg;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Commands to terminals (0620) over real TCP: kept while the terminal is away, sent when it signs
 * on, sent at once while it is connected, MACed with its key, and done once it answers 0630.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TerminalCommandIT {

  private static final String TERMINAL = "T0000007";
  private final Http http = new Http();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEar();
  }

  private JsonObject post(String json, int expectedStatus) throws Exception {
    HttpResponse<String> response = http.post(TECH, "terminals/" + TERMINAL + "/commands", json);
    assertEquals(expectedStatus, response.statusCode(), response.body());
    return expectedStatus == 201 ? Http.object(response) : null;
  }

  private final CommandRecords records = new CommandRecords();

  private String status(String stan) throws Exception {
    return records.status(TERMINAL, stan);
  }

  @Test
  @DisplayName(
      "a notice waits for the terminal, goes out when it signs on, and is done once answered")
  void commandLifecycle() throws Exception {
    byte[] secret = TestGateway.demoSecret(TERMINAL);
    byte[] macKey = TestGateway.macKey(secret);
    String text = "食堂今日 19:00 后暂停营业";
    String stan =
        post("{\"command\":\"NOTICE\",\"payload\":\"" + text + "\"}", 201).getString("stan");
    assertEquals("PENDING", status(stan));
    post("{\"command\":\"MODE\",\"payload\":\"FLY\"}", 400);
    post("{\"command\":\"KEY\",\"payload\":\"x\"}", 400);

    try (Socket socket = new Socket("127.0.0.1", TestGateway.ADAPTER_PORT)) {
      TestGateway.writeFrame(socket, pack(TestGateway.networkRequest(TERMINAL, "001", macKey)));
      ISOMsg notice = awaitCommand(socket, stan, macKey);
      assertEquals("NOTICE", notice.getString(60));
      assertEquals(
          text,
          new String(
              notice.getString(61).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
      acknowledge(socket, stan, macKey);

      // While connected, a new command goes out at once.
      String mode = post("{\"command\":\"MODE\",\"payload\":\"EMERGENCY\"}", 201).getString("stan");
      assertEquals("EMERGENCY", awaitCommand(socket, mode, macKey).getString(61));
      acknowledge(socket, mode, macKey);
      // Requests of one connection are served concurrently: the API tells when 0630 was recorded.
      records.await(TERMINAL, stan, "ACKNOWLEDGED");
      records.await(TERMINAL, mode, "ACKNOWLEDGED");
    }
  }

  /** Reads frames until the 0620 with this STAN; checks its MAC; answers other commands too. */
  private static ISOMsg awaitCommand(Socket socket, String stan, byte[] macKey) throws Exception {
    while (true) {
      byte[] frame = TestGateway.readFrame(socket);
      ISOMsg message = TestGateway.unpack(frame);
      if (!"0620".equals(message.getMTI())) {
        continue; // the sign-on's 0810
      }
      byte[] mac = message.getBytes(64);
      assertTrue(Arrays.equals(mac, TestGateway.mac(message, macKey)), "the command's MAC");
      assertEquals(TERMINAL, message.getString(41));
      if (stan.equals(message.getString(11))) {
        return message;
      }
      acknowledge(socket, message.getString(11), macKey); // e.g. a blacklist update
    }
  }

  private static void acknowledge(Socket socket, String stan, byte[] macKey) throws Exception {
    ISOMsg ack = new ISOMsg("0630");
    ack.set(11, stan);
    ack.set(39, "00");
    ack.set(41, TERMINAL);
    ack.set(64, TestGateway.mac(ack, macKey));
    TestGateway.writeFrame(socket, pack(ack));
  }

  private static byte[] pack(ISOMsg message) throws Exception {
    message.setPackager(new org.jpos.iso.packager.ISO87BPackager());
    return message.pack();
  }
}
