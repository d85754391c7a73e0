package org.yikatong.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DatabaseReadinessTest {

  private static Connection h2() throws SQLException {
    return DriverManager.getConnection("jdbc:h2:mem:readiness", "sa", "sa");
  }

  @Test
  @DisplayName("UP when the database answers SELECT 1, naming the datasource and the query")
  void up() {
    HealthCheckResponse response = DatabaseReadiness.check(DatabaseReadinessTest::h2);
    assertEquals(Status.UP, response.getStatus());
    assertEquals("yikatong-database", response.getName());
    Map<String, Object> data = response.getData().orElseThrow();
    assertEquals("java:jboss/datasources/YikatongDS", data.get("datasource"));
    assertEquals("SELECT 1", data.get("query"));
  }

  @Test
  @DisplayName("DOWN with the reason when no connection can be had")
  void noConnection() {
    HealthCheckResponse response =
        DatabaseReadiness.check(
            () -> {
              throw new SQLException("Connection refused");
            });
    assertEquals(Status.DOWN, response.getStatus());
    assertEquals("Connection refused", response.getData().orElseThrow().get("error"));
  }

  @Test
  @DisplayName("DOWN when the connection fails under the query")
  void queryFails() {
    HealthCheckResponse response =
        DatabaseReadiness.check(
            () -> {
              Connection c = h2();
              c.close();
              return c;
            });
    assertEquals(Status.DOWN, response.getStatus());
  }

  @Test
  @DisplayName("Oracle is asked SELECT 1 FROM DUAL, every other database SELECT 1")
  void probeQuery() {
    assertEquals("SELECT 1 FROM DUAL", DatabaseReadiness.probeQuery("Oracle"));
    assertEquals("SELECT 1", DatabaseReadiness.probeQuery("PostgreSQL"));
    assertEquals("SELECT 1", DatabaseReadiness.probeQuery("H2"));
  }
}
