package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.ADMIN;
import static org.yikatong.it.DemoUsers.FINANCE;
import static org.yikatong.it.DemoUsers.FINANCE_PASSWORD;
import static org.yikatong.it.DemoUsers.TECH;
import static org.yikatong.it.DemoUsers.TECH_PASSWORD;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST API answers with JSON, checks roles, and reports every error as problem details. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestApiIT {

  private static final URI OVERVIEW = Http.CONSOLE.resolve("api/v1/overview");
  private static final URI CONNECTIONS = Http.CONSOLE.resolve("api/v1/gateway-connections");

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEar();
  }

  private final Http http = new Http();

  @Test
  @DisplayName("the overview answers counts and the purse total as JSON")
  void overview() throws Exception {
    HttpResponse<String> response = http.getAs(OVERVIEW, FINANCE, FINANCE_PASSWORD);
    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonObject overview = Http.json(response).asJsonObject();
    assertTrue(overview.getJsonNumber("cardHolders").longValue() >= 100);
    // Holders may have no card yet, or a replaced one besides their new card.
    assertTrue(overview.getJsonNumber("cards").longValue() >= 100, "the demo cards at least");
    assertTrue(overview.getJsonNumber("purseBalanceFen").isIntegral(), "money in integer fen");
  }

  @Test
  @DisplayName("without credentials the API answers 401 problem details, never the login page")
  void unauthenticated() throws Exception {
    HttpResponse<String> response = http.get(OVERVIEW, "Accept", "application/json");
    assertProblem(response, 401);
    assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    assertFalse(response.body().contains("j_security_check"));
  }

  @Test
  @DisplayName("a wrong password is refused with 401")
  void wrongPassword() throws Exception {
    HttpResponse<String> response = http.getAs(OVERVIEW, ADMIN, "wrong");
    assertEquals(401, response.statusCode());
  }

  @Test
  @DisplayName("a role that may not read gateway connections gets 403 problem details")
  void forbidden() throws Exception {
    assertProblem(http.getAs(CONNECTIONS, FINANCE, FINANCE_PASSWORD), 403);
  }

  @Test
  @DisplayName("an out-of-range parameter gets 400 problem details naming it")
  void badParameter() throws Exception {
    HttpResponse<String> response =
        http.getAs(URI.create(CONNECTIONS + "?limit=0"), TECH, TECH_PASSWORD);
    JsonObject problem = assertProblem(response, 400);
    assertTrue(problem.getString("detail").contains("limit"), problem.toString());
  }

  @Test
  @DisplayName("an unknown resource gets 404 problem details")
  void notFound() throws Exception {
    assertProblem(http.get(ADMIN, "no-such-thing"), 404);
  }

  private static JsonObject assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        "problem details media type");
    JsonObject problem = Http.json(response).asJsonObject();
    assertEquals(status, problem.getInt("status"));
    assertTrue(problem.containsKey("title"));
    return problem;
  }
}
