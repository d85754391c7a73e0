package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.FINANCE;
import static org.yikatong.it.DemoUsers.HELPDESK;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The limits on request bodies as a client meets them, each payload just past its limit: a subsidy
 * file larger than 2 MiB or longer than 50,000 lines, and a JSON body larger than 1 MiB, with or
 * without a declared length. Each is refused with problem details naming the limit, and nothing is
 * stored or posted. The defaults of the test server apply (docs/security.md).
 *
 * <p>The oversized bodies go over HTTP/1.1, as a plain upload would. Each stays below Undertow's
 * max-post-size (4 MiB), so the server reads and drops the rest of a body it refused, the
 * connection stays sound and the answer reaches the client whole.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestLimitsIT {

  private static final int MIB = 1024 * 1024;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEar();
  }

  private final Http http = new Http();

  /** The client of the oversized uploads. */
  private final HttpClient uploads =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Test
  @DisplayName(
      "a subsidy file just over 2 MiB (and under the line limit) is refused 413 problem details"
          + " naming the limit; no batch is created")
  void oversizedSubsidyFile() throws Exception {
    String batch = LedgerDriver.unique("BIG");
    StringBuilder csv = new StringBuilder("holder_no,amount\n");
    int lines = 0;
    while (csv.length() <= 2 * MIB) {
      // 64 bytes a line: 32,768 lines, well under 50,000.
      String line = "H" + (1_000_000 + ++lines) + ",1.00";
      csv.append(line).append(" ".repeat(63 - line.length())).append('\n');
    }
    assertTrue(lines < 50_000, "over the size limit only: " + lines + " lines");

    HttpResponse<String> refused =
        upload(
            "ledger/subsidy-batches/" + batch,
            FINANCE,
            "text/csv",
            csv.toString().getBytes(StandardCharsets.UTF_8),
            true);
    JsonObject problem = problem(413, refused);
    assertTrue(
        problem.getString("detail").contains("2 MiB (2097152 bytes)"), problem.getString("detail"));
    assertEquals(
        404,
        http.get(FINANCE, "ledger/subsidy-batches/" + batch).statusCode(),
        "no batch was created");
  }

  @Test
  @DisplayName(
      "a subsidy file of 50,001 lines (under 2 MiB) is refused 400 naming the line limit; nothing"
          + " is posted, not even to the holders it names")
  void tooManySubsidyLines() throws Exception {
    String holderNo = LedgerDriver.unique("L");
    HttpResponse<String> registered =
        http.post(
            HELPDESK,
            "card-holders",
            "{\"holderNo\":\""
                + holderNo
                + "\",\"fullName\":\"钱同学\",\"type\":\"STUDENT\",\"department\":\"化学系\","
                + "\"group\":\"STUDENT\"}");
    assertEquals(201, registered.statusCode(), registered.body());

    String batch = LedgerDriver.unique("LONG");
    StringBuilder csv = new StringBuilder("holder_no,amount\n").append(holderNo).append(",1.00\n");
    for (int i = 2; i <= 50_001; i++) {
      csv.append('H').append(1_000_000 + i).append(",1.00\n");
    }
    assertTrue(csv.length() < 2 * MIB, "over the line limit only: " + csv.length() + " bytes");

    HttpResponse<String> refused =
        upload(
            "ledger/subsidy-batches/" + batch,
            FINANCE,
            "text/csv",
            csv.toString().getBytes(StandardCharsets.UTF_8),
            true);
    JsonObject problem = problem(400, refused);
    String detail = problem.getString("detail");
    assertTrue(detail.contains("50001 lines"), detail);
    assertTrue(detail.contains("at most 50000"), detail);
    assertEquals(
        404,
        http.get(FINANCE, "ledger/subsidy-batches/" + batch).statusCode(),
        "no batch was created");
    HttpResponse<String> holder = http.get(HELPDESK, "card-holders/" + holderNo);
    assertEquals(200, holder.statusCode(), holder.body());
    assertEquals(
        0, Http.object(holder).getJsonNumber("subsidyFen").longValue(), "nothing was posted");
  }

  @Test
  @DisplayName(
      "a JSON body just over 1 MiB to another endpoint is refused 413 problem details, with a"
          + " declared length or without one (chunked); nothing is stored")
  void oversizedJson() throws Exception {
    for (boolean declaredLength : new boolean[] {true, false}) {
      String holderNo = LedgerDriver.unique("J");
      String json =
          "{\"holderNo\":\""
              + holderNo
              + "\",\"fullName\":\""
              + "x".repeat(MIB)
              + "\",\"type\":\"STUDENT\",\"department\":\"物理系\",\"group\":\"STUDENT\"}";
      HttpResponse<String> refused =
          upload(
              "card-holders",
              HELPDESK,
              "application/json",
              json.getBytes(StandardCharsets.UTF_8),
              declaredLength);
      JsonObject problem = problem(413, refused);
      assertTrue(
          problem.getString("detail").contains("1 MiB (1048576 bytes)"),
          problem.getString("detail"));
      assertEquals(
          404,
          http.get(HELPDESK, "card-holders/" + holderNo).statusCode(),
          "nothing was stored (declared length: " + declaredLength + ")");
    }
  }

  /** The problem details of a response, which must have the given status. */
  private static JsonObject problem(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        "problem details: " + response.headers().map());
    JsonObject problem = Http.object(response);
    assertEquals(status, problem.getInt("status"));
    return problem;
  }

  /**
   * POSTs a body to an API path as a demo login over HTTP/1.1, with its length declared
   * (Content-Length) or streamed without one (chunked).
   */
  private HttpResponse<String> upload(
      String path, String user, String contentType, byte[] body, boolean declaredLength)
      throws IOException, InterruptedException {
    HttpRequest.BodyPublisher publisher =
        declaredLength
            ? HttpRequest.BodyPublishers.ofByteArray(body)
            : HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    HttpRequest request =
        HttpRequest.newBuilder(Http.api(path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", Http.basic(user, DemoUsers.password(user)))
            .header("Accept", "application/json")
            .header("Content-Type", contentType)
            .POST(publisher)
            .build();
    return uploads.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
