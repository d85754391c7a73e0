package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/** A small HTTP client for the black-box tests: its own cookie jar, no redirects followed. */
final class Http {

  static final URI CONSOLE = URI.create("http://127.0.0.1:8080/yikatong/");
  static final URI MANAGEMENT = URI.create("http://127.0.0.1:9990/");

  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** GETs a URI with the given header names and values, no credentials unless among them. */
  HttpResponse<String> get(URI uri, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /**
   * Sends JSON to a URI with the given header names and values and no credentials of its own: a
   * signed-in console session authenticates it through the cookie jar.
   */
  HttpResponse<String> sendWithCookies(String method, URI uri, String json, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** GETs a URI as JSON with HTTP Basic credentials. */
  HttpResponse<String> getAs(URI uri, String user, String password)
      throws IOException, InterruptedException {
    return get(uri, "Authorization", basic(user, password), "Accept", "application/json");
  }

  /** POSTs an HTML form of name, value pairs, as a browser would. */
  HttpResponse<String> postForm(URI uri, String... nameValues)
      throws IOException, InterruptedException {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < nameValues.length; i += 2) {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(URLEncoder.encode(nameValues[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(nameValues[i + 1], StandardCharsets.UTF_8));
    }
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Sends any request with HTTP Basic credentials and, unless null, a body of a content type. */
  HttpResponse<String> send(
      String method, URI uri, String user, String password, String contentType, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json");
    if (user != null) {
      request.header("Authorization", basic(user, password));
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", contentType)
          .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The URI of a REST API path, relative to {@code api/v1/}. */
  static URI api(String path) {
    return CONSOLE.resolve("api/v1/" + path);
  }

  /** Sends a request to an API path as a demo login (none when null), a JSON body unless null. */
  HttpResponse<String> as(String user, String method, String path, String json)
      throws IOException, InterruptedException {
    return send(method, api(path), user, passwordOf(user), "application/json", json);
  }

  /** GETs an API path as a demo login (none when null). */
  HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
    return as(user, "GET", path, null);
  }

  /** GETs an API path without credentials. */
  HttpResponse<String> anonymous(String path) throws IOException, InterruptedException {
    return as(null, "GET", path, null);
  }

  /** POSTs a JSON body (or none, when null) to an API path as a demo login (none when null). */
  HttpResponse<String> post(String user, String path, String json)
      throws IOException, InterruptedException {
    return as(user, "POST", path, json);
  }

  /** PUTs a JSON body to an API path as a demo login. */
  HttpResponse<String> put(String user, String path, String json)
      throws IOException, InterruptedException {
    return as(user, "PUT", path, json);
  }

  /** DELETEs an API path as a demo login. */
  HttpResponse<String> delete(String user, String path) throws IOException, InterruptedException {
    return as(user, "DELETE", path, null);
  }

  /** GETs an API path as a demo login, asking for another media type (CSV, plain text). */
  HttpResponse<String> get(String user, String path, String accept)
      throws IOException, InterruptedException {
    return client.send(
        accepting(user, path, accept), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** GETs an API path as a demo login, asking for a binary media type (PDF), as bytes. */
  HttpResponse<byte[]> bytes(String user, String path, String accept)
      throws IOException, InterruptedException {
    return client.send(accepting(user, path, accept), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The outbox messages of a reference, as "kind/recipient/channel", sorted, one per message. */
  List<String> notices(String reference) throws IOException, InterruptedException {
    HttpResponse<String> response =
        get(DemoUsers.HELPDESK, "notifications?max=1000&reference=" + reference);
    assertEquals(200, response.statusCode(), response.body());
    return array(response).stream()
        .map(JsonValue::asJsonObject)
        .map(
            m ->
                m.getString("kind") + "/" + m.getString("recipient") + "/" + m.getString("channel"))
        .sorted()
        .toList();
  }

  private static HttpRequest accepting(String user, String path, String accept) {
    return HttpRequest.newBuilder(api(path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", basic(user, passwordOf(user)))
        .header("Accept", accept)
        .GET()
        .build();
  }

  private static String passwordOf(String user) {
    return user == null ? null : DemoUsers.password(user);
  }

  /** The HTTP Basic {@code Authorization} header value of a login. */
  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** The JSON a response carries. */
  static JsonStructure json(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.read();
    }
  }

  /** The JSON object a response carries. */
  static JsonObject object(HttpResponse<String> response) {
    return json(response).asJsonObject();
  }

  /** The JSON array a response carries. */
  static JsonArray array(HttpResponse<String> response) {
    return json(response).asJsonArray();
  }
}
