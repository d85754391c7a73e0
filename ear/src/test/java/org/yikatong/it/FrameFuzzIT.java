package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.TECH;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.Random;
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
 * 10,000 random and mutated frames against the running card adapter: each is answered with a
 * decline or closes its connection; none reaches the application, the server stays up, and a
 * connection opened before the storm is still served after it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FrameFuzzIT {

  private static final int FRAMES = 10_000;

  /** The terminal whose valid request is mutated; nothing may reach the application for it. */
  private static final String TARGET = "T0000007";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEar();
  }

  @Test
  @DisplayName("10,000 random and mutated frames: declined or closed, nothing delivered, server up")
  void fuzz() throws Exception {
    byte[] secret = TestGateway.demoSecret("T0000006");
    try (Socket bystander = new Socket("127.0.0.1", TestGateway.ADAPTER_PORT)) {
      assertEquals("00", signOn(bystander, "T0000006", secret), "bystander before the storm");
      String lastSeenBefore = lastSeen(TARGET);

      ISOMsg template =
          TestGateway.networkRequest(
              TARGET, "301", TestGateway.macKey(TestGateway.demoSecret(TARGET)));
      template.setPackager(new ISO87BPackager());
      byte[] valid = template.pack();
      Random random = new Random(20261122);
      int answered = 0;
      int closed = 0;
      Socket socket = new Socket("127.0.0.1", TestGateway.ADAPTER_PORT);
      try {
        for (int i = 0; i < FRAMES; i++) {
          byte[] frame = i % 2 == 0 ? randomFrame(random) : mutate(valid, random);
          if (sendAndAwait(socket, frame)) {
            answered++;
          } else {
            closed++;
            socket.close();
            socket = new Socket("127.0.0.1", TestGateway.ADAPTER_PORT);
          }
        }
      } finally {
        socket.close();
      }
      assertEquals(FRAMES, answered + closed);
      assertTrue(closed > FRAMES / 4, "random frames close their connection: " + closed);

      assertEquals(lastSeenBefore, lastSeen(TARGET), "no fuzz frame reached the application");
      assertEquals("00", signOn(bystander, "T0000006", secret), "bystander after the storm");
      try (Socket fresh = new Socket("127.0.0.1", TestGateway.ADAPTER_PORT)) {
        assertEquals("00", signOn(fresh, "T0000006", secret), "new connections still served");
      }
    }
  }

  /** Sends one frame; true when a response came back, false when the adapter closed. */
  private static boolean sendAndAwait(Socket socket, byte[] frame) throws IOException {
    TestGateway.writeFrame(socket, frame);
    try {
      TestGateway.readFrame(socket);
      return true;
    } catch (SocketTimeoutException e) {
      throw new AssertionError("neither answered nor closed within 10 s", e);
    } catch (IOException e) {
      return false;
    }
  }

  private static byte[] randomFrame(Random random) {
    byte[] frame = new byte[1 + random.nextInt(120)];
    random.nextBytes(frame);
    return frame;
  }

  /** The valid frame cut or extended and with bits flipped; never the valid frame itself. */
  private static byte[] mutate(byte[] valid, Random random) {
    byte[] frame;
    do {
      frame = Arrays.copyOf(valid, Math.max(1, valid.length + random.nextInt(9) - 4));
      for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
        frame[random.nextInt(frame.length)] ^= (byte) (1 << random.nextInt(8));
      }
    } while (Arrays.equals(frame, valid)); // two flips of one bit undo each other
    return frame;
  }

  private static String signOn(Socket socket, String terminal, byte[] secret) throws Exception {
    return TestGateway.exchange(
            socket, TestGateway.networkRequest(terminal, "001", TestGateway.macKey(secret)))
        .getString(39);
  }

  private static String lastSeen(String terminal) throws Exception {
    JsonObject summary = Http.json(new Http().get(TECH, "terminals/" + terminal)).asJsonObject();
    return summary.containsKey("lastSeenAt") ? summary.getString("lastSeenAt") : "never";
  }
}
