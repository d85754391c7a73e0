package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.HELPDESK;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web tier's edges as a browser meets them: the security headers of every response, the session
 * cookie's attributes, and cross-site request forgery refused on the API for requests that a
 * console session alone authenticates.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebSecurityIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEar();
  }

  private final Http http = new Http();

  @Test
  @DisplayName(
      "the console and the API send CSP with frame-ancestors, nosniff and a referrer policy")
  void securityHeaders() throws Exception {
    for (HttpResponse<String> response :
        List.of(http.get(Http.CONSOLE), http.anonymous("overview"), http.get(HELPDESK, "faq"))) {
      String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("frame-ancestors 'none'"), response.uri() + ": " + csp);
      assertTrue(csp.contains("object-src 'none'"), csp);
      assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null));
      assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(null));
      assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(null));
      assertFalse(
          response.headers().firstValue("Strict-Transport-Security").isPresent(),
          "no HSTS over plain HTTP");
    }
  }

  @Test
  @DisplayName("the session cookie is HttpOnly and SameSite=Strict (Secure only under HTTPS)")
  void sessionCookie() throws Exception {
    HttpResponse<String> page = http.get(Http.CONSOLE);
    String cookie =
        page.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session cookie: " + page.headers()));
    String attributes = cookie.toLowerCase();
    assertTrue(attributes.contains("httponly"), cookie);
    assertTrue(attributes.contains("samesite=strict"), cookie);
    assertFalse(attributes.contains("secure;") || attributes.endsWith("secure"), cookie);
  }

  @Test
  @DisplayName(
      "a console session's state-changing API request needs the session's token: without it or"
          + " with another 403 and nothing stored, with it accepted; Basic clients need none")
  void csrf() throws Exception {
    assertEquals(404, http.anonymous("session/csrf-token").statusCode(), "no session, no token");
    signIn();
    String holderNo = LedgerDriver.unique("X");
    String holder =
        "{\"holderNo\":\""
            + holderNo
            + "\",\"fullName\":\"孙同学\",\"type\":\"STUDENT\",\"department\":\"物理系\","
            + "\"group\":\"STUDENT\"}";
    HttpResponse<String> forged = http.sendWithCookies("POST", Http.api("card-holders"), holder);
    assertEquals(403, forged.statusCode(), forged.body());
    assertTrue(forged.body().contains(CSRF_HEADER), forged.body());
    HttpResponse<String> wrong =
        http.sendWithCookies(
            "POST", Http.api("card-holders"), holder, CSRF_HEADER, "00".repeat(32));
    assertEquals(403, wrong.statusCode(), wrong.body());
    assertEquals(
        404, http.get(HELPDESK, "card-holders/" + holderNo).statusCode(), "nothing was stored");

    HttpResponse<String> issued = http.get(Http.api("session/csrf-token"));
    assertEquals(200, issued.statusCode(), issued.body());
    JsonObject token = Http.object(issued);
    assertEquals(CSRF_HEADER, token.getString("header"));
    assertEquals(
        token.getString("token"),
        Http.object(http.get(Http.api("session/csrf-token"))).getString("token"),
        "one token per session");
    HttpResponse<String> accepted =
        http.sendWithCookies(
            "POST", Http.api("card-holders"), holder, CSRF_HEADER, token.getString("token"));
    assertEquals(201, accepted.statusCode(), accepted.body());

    String other = holder.replace(holderNo, LedgerDriver.unique("Y"));
    assertEquals(
        201,
        new Http().post(HELPDESK, "card-holders", other).statusCode(),
        "an API client with its own credentials needs no token");
  }

  private static final String CSRF_HEADER = "X-CSRF-Token";

  private void signIn() throws Exception {
    http.get(Http.CONSOLE);
    HttpResponse<String> login =
        http.postForm(
            Http.CONSOLE.resolve("login"),
            "j_username",
            HELPDESK,
            "j_password",
            DemoUsers.password(HELPDESK));
    assertEquals(302, login.statusCode(), "signed in: " + login.body());
  }
}
