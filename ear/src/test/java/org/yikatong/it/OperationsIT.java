package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the data center watches: health and readiness, and metrics, on the management port. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEar();
  }

  private final Http http = new Http();

  @Test
  @DisplayName("readiness is UP and counts the Yikatong deployment as ready")
  void ready() throws Exception {
    HttpResponse<String> response = http.get(Http.MANAGEMENT.resolve("health/ready"));
    assertEquals(200, response.statusCode(), response.body());
    JsonObject health = Http.json(response).asJsonObject();
    assertEquals("UP", health.getString("status"));
    boolean earReady =
        health.getJsonArray("checks").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                c ->
                    c.getString("name").equals("deployments-status")
                        && "OK".equals(c.getJsonObject("data").getString(Deployments.EAR, "")));
    assertTrue(earReady, health.toString());
  }

  @Test
  @DisplayName("readiness holds the database and terminal listener checks, both UP with their data")
  void readinessChecks() throws Exception {
    HttpResponse<String> response = http.get(Http.MANAGEMENT.resolve("health/ready"));
    assertEquals(200, response.statusCode(), response.body());
    Map<String, JsonObject> checks =
        Http.json(response).asJsonObject().getJsonArray("checks").stream()
            .map(JsonValue::asJsonObject)
            .collect(Collectors.toMap(c -> c.getString("name"), c -> c, (a, b) -> a));
    JsonObject database = checks.get("yikatong-database");
    assertNotNull(database, response.body());
    assertEquals("UP", database.getString("status"));
    assertEquals(
        "java:jboss/datasources/YikatongDS",
        database.getJsonObject("data").getString("datasource"));
    JsonObject listener = checks.get("yikatong-terminal-listener");
    assertNotNull(listener, response.body());
    assertEquals("UP", listener.getString("status"));
    assertEquals(9500, listener.getJsonObject("data").getInt("port"));
  }

  @Test
  @DisplayName("liveness is UP")
  void live() throws Exception {
    HttpResponse<String> response = http.get(Http.MANAGEMENT.resolve("health/live"));
    assertEquals(200, response.statusCode(), response.body());
  }

  @Test
  @DisplayName(
      "metrics expose WildFly's datasource pool of YikatongDS, transactions and JVM in Prometheus"
          + " format")
  void metrics() throws Exception {
    HttpResponse<String> response = http.get(Http.MANAGEMENT.resolve("metrics"));
    assertEquals(200, response.statusCode());
    String body = response.body();
    assertTrue(
        body.lines()
            .anyMatch(
                l ->
                    l.startsWith("datasources_pool_in_use_count{")
                        && l.contains("name=\"YikatongDS\"")),
        "datasource pool metrics");
    assertTrue(body.contains("transactions_number_of_committed_transactions_total"), "JTA metrics");
    assertTrue(body.contains("jvm_memory_used_bytes"), "JVM metrics");
  }
}
