package org.yikatong.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: the database answers {@code SELECT 1} through {@code YikatongDS} within {@link
 * #QUERY_TIMEOUT_SECONDS}. DOWN when the datasource is not bound, no connection can be had, or the
 * query fails or times out: a node without its database can serve neither a payment nor a page. The
 * datasource is looked up by its global JNDI name at each call, so the check needs nothing injected
 * and follows the datasource if it is restarted.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  static final String NAME = "yikatong-database";
  static final String DATASOURCE = "java:jboss/datasources/YikatongDS";
  static final int QUERY_TIMEOUT_SECONDS = 2;

  /** Where the check gets its connection. */
  @FunctionalInterface
  interface Connections {
    Connection open() throws SQLException, NamingException;
  }

  @Override
  public HealthCheckResponse call() {
    return check(() -> InitialContext.<DataSource>doLookup(DATASOURCE).getConnection());
  }

  static HealthCheckResponse check(Connections connections) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("datasource", DATASOURCE);
    long started = System.nanoTime();
    try (Connection connection = connections.open();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      String query = probeQuery(connection.getMetaData().getDatabaseProductName());
      data.put("query", query);
      try (ResultSet answer = statement.executeQuery(query)) {
        boolean answered = answer.next() && answer.getInt(1) == 1;
        data.put("millis", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        if (!answered) {
          data.put("error", "the query did not return 1");
        }
        return response(answered, data);
      }
    } catch (SQLException | NamingException | RuntimeException e) {
      data.put("millis", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
      data.put("error", String.valueOf(e.getMessage()));
      return response(false, data);
    }
  }

  /** {@code SELECT 1}, from Oracle's one-row table where Oracle wants a FROM clause. */
  static String probeQuery(String databaseProduct) {
    return databaseProduct != null && databaseProduct.toLowerCase(Locale.ROOT).contains("oracle")
        ? "SELECT 1 FROM DUAL"
        : "SELECT 1";
  }

  private static HealthCheckResponse response(boolean up, Map<String, Object> data) {
    return new HealthCheckResponse(
        NAME,
        up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
        Optional.of(data));
  }
}
