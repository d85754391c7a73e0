package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.TECH;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.DataOutputStream;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The card adapter deploys inside the EAR, its MDB endpoint activates, and gateway connections over
 * real TCP reach the application through it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResourceAdapterIT {

  private static final int ADAPTER_PORT = 9500;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEar();
  }

  @ArquillianResource ManagementClient management;

  private final Http http = new Http();

  @Test
  @DisplayName("the gateway MDB is bound to the card adapter and delivery is active")
  void mdbActivated() throws Exception {
    ModelNode op = new ModelNode();
    op.get("operation").set("read-resource");
    op.get("include-runtime").set(true);
    ModelNode address = op.get("address");
    address.add("deployment", Deployments.EAR);
    address.add("subdeployment", "yikatong-ejb.jar");
    address.add("subsystem", "ejb3");
    address.add("message-driven-bean", "GatewayConnectionMDB");
    ModelNode result = management.getControllerClient().execute(op);
    assertEquals("success", result.get("outcome").asString(), result.toString());
    assertTrue(result.get("result", "delivery-active").asBoolean(), result.toString());
  }

  @Test
  @DisplayName("a gateway that connects and hangs up is recorded as a closed connection")
  void connectionRecorded() throws Exception {
    String remote;
    try (Socket socket = new Socket("127.0.0.1", ADAPTER_PORT)) {
      remote = "127.0.0.1:" + socket.getLocalPort();
      awaitConnection(remote, false);
    }
    JsonObject closed = awaitConnection(remote, true);
    assertEquals("PEER_CLOSED", closed.getString("closeReason"));
    assertEquals("127.0.0.1:" + ADAPTER_PORT, closed.getString("localAddress"));
  }

  @Test
  @DisplayName("an oversized frame closes that connection as FRAME_TOO_LARGE")
  void oversizedFrame() throws Exception {
    String remote;
    try (Socket socket = new Socket("127.0.0.1", ADAPTER_PORT)) {
      remote = "127.0.0.1:" + socket.getLocalPort();
      DataOutputStream out = new DataOutputStream(socket.getOutputStream());
      out.writeShort(65000);
      out.flush();
      assertEquals(-1, socket.getInputStream().read(), "the adapter closed the connection");
    }
    assertEquals("FRAME_TOO_LARGE", awaitConnection(remote, true).getString("closeReason"));
  }

  /**
   * Polls the API until the connection from {@code remote} is recorded (and closed, if asked), for
   * at most 20 seconds: the adapter reports asynchronously, on its own thread.
   */
  private JsonObject awaitConnection(String remote, boolean closed) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (true) {
      Optional<JsonObject> found = findConnection(remote);
      if (found.isPresent() && (!closed || found.get().containsKey("closedAt"))) {
        return found.get();
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("connection " + remote + " not recorded (closed=" + closed + ")");
      }
      Thread.sleep(100); // polling interval of an asynchronous outcome, bounded by the deadline
    }
  }

  private Optional<JsonObject> findConnection(String remote) throws Exception {
    var response = http.get(TECH, "gateway-connections?limit=500");
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response).asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getString("remoteAddress").equals(remote))
        .findFirst();
  }
}
