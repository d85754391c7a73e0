package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.ADMIN;
import static org.yikatong.it.DemoUsers.ADMIN_PASSWORD;
import static org.yikatong.it.DemoUsers.FINANCE;
import static org.yikatong.it.DemoUsers.HELPDESK;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * User accounts end to end: administrators create users and issue passwords, users must change an
 * issued password first and the policy refuses weak ones, failed logins lock an account in the
 * database until an administrator unlocks it or the lock ends, card holders get their login by
 * holder number. Every test works on users of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEar();
  }

  private final Http http = new Http();

  private static final String GOOD_PASSWORD = "lantern orchard quietly";

  @Test
  @DisplayName("a new user must change the issued password, and the policy refuses weak ones")
  void issuedPasswordMustBeChanged() throws Exception {
    String username = newUser("finance");
    String issued = issuedPassword;
    HttpResponse<String> blocked =
        http.send("GET", Http.api("overview"), username, issued, null, null);
    assertEquals(403, blocked.statusCode(), blocked.body());
    assertTrue(blocked.body().contains("Password change required"), blocked.body());

    HttpResponse<String> weak = changePassword(username, issued, "password2026");
    assertEquals(400, weak.statusCode(), weak.body());
    assertTrue(weak.body().contains("at least 15 characters"), weak.body());
    assertTrue(weak.body().contains("commonly used"), weak.body());
    HttpResponse<String> named = changePassword(username, issued, username + " likes tea");
    assertEquals(400, named.statusCode(), named.body());
    assertTrue(named.body().contains("user name"), named.body());
    HttpResponse<String> wrongCurrent =
        http.send(
            "PUT",
            Http.api("session/password"),
            username,
            issued,
            "application/json",
            "{\"currentPassword\":\"not it\",\"newPassword\":\"" + GOOD_PASSWORD + "\"}");
    assertEquals(400, wrongCurrent.statusCode(), wrongCurrent.body());
    assertTrue(wrongCurrent.body().contains("current password is wrong"), wrongCurrent.body());

    assertEquals(204, changePassword(username, issued, GOOD_PASSWORD).statusCode());
    assertEquals(
        401, http.send("GET", Http.api("overview"), username, issued, null, null).statusCode());
    HttpResponse<String> me =
        http.send("GET", Http.api("session/account"), username, GOOD_PASSWORD, null, null);
    assertEquals(200, me.statusCode(), me.body());
    assertFalse(Http.object(me).getBoolean("passwordChangeRequired"));
    assertEquals(
        200,
        http.send("GET", Http.api("overview"), username, GOOD_PASSWORD, null, null).statusCode());
  }

  @Test
  @DisplayName("five failed logins lock the account in the database until an administrator unlocks")
  void lockoutAndUnlock() throws Exception {
    String username = activeUser("helpdesk");
    for (int i = 0; i < 5; i++) {
      assertEquals(
          401,
          http.send("GET", Http.api("overview"), username, "wrong guess " + i, null, null)
              .statusCode());
    }
    HttpResponse<String> locked =
        new Http().send("GET", Http.api("overview"), username, GOOD_PASSWORD, null, null);
    assertEquals(401, locked.statusCode(), "the right password is refused while locked");
    assertTrue(locked.body().contains("locked for a while"), locked.body());
    JsonObject state = Http.object(http.get(ADMIN, "users/" + username));
    assertTrue(state.getBoolean("locked"), state.toString());

    HttpResponse<String> console = consoleLogin(new Http(), username, GOOD_PASSWORD);
    assertTrue(
        console.headers().firstValue("Location").orElse("").contains("error=true"),
        "the console refuses a locked account too");

    assertEquals(200, http.post(ADMIN, "users/" + username + "/unlock", null).statusCode());
    assertEquals(
        200,
        http.send("GET", Http.api("overview"), username, GOOD_PASSWORD, null, null).statusCode());
  }

  @Test
  @DisplayName(
      "parallel API requests of one user after a failed login all succeed, and the count clears")
  void parallelLogins() throws Exception {
    String username = activeUser("helpdesk");
    assertEquals(
        401,
        http.send("GET", Http.api("overview"), username, "a wrong guess", null, null).statusCode());
    assertEquals(1, Http.object(http.get(ADMIN, "users/" + username)).getInt("failedLogins"));
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        answers.add(
            pool.submit(
                () ->
                    new Http()
                        .send("GET", Http.api("overview"), username, GOOD_PASSWORD, null, null)
                        .statusCode()));
      }
      for (java.util.concurrent.Future<Integer> answer : answers) {
        assertEquals(200, answer.get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(0, Http.object(http.get(ADMIN, "users/" + username)).getInt("failedLogins"));
  }

  @Test
  @DisplayName("a disabled user cannot log in; administrators cannot disable themselves")
  void disableAndEnable() throws Exception {
    String username = activeUser("technician");
    assertEquals(200, http.post(ADMIN, "users/" + username + "/disable", null).statusCode());
    assertEquals(
        401,
        http.send("GET", Http.api("overview"), username, GOOD_PASSWORD, null, null).statusCode());
    assertEquals(200, http.post(ADMIN, "users/" + username + "/enable", null).statusCode());
    assertEquals(
        200,
        http.send("GET", Http.api("overview"), username, GOOD_PASSWORD, null, null).statusCode());

    HttpResponse<String> self = http.post(ADMIN, "users/" + ADMIN + "/disable", null);
    assertEquals(400, self.statusCode(), self.body());
    HttpResponse<String> demote =
        http.put(ADMIN, "users/" + ADMIN + "/roles", "{\"roles\":[\"finance\"]}");
    assertEquals(400, demote.statusCode(), demote.body());
    assertEquals("ACTIVE", Http.object(http.get(ADMIN, "users/" + ADMIN)).getString("status"));
  }

  @Test
  @DisplayName("roles change what a user may do at the next request")
  void assignRoles() throws Exception {
    String username = activeUser("technician");
    assertEquals(
        403, http.send("GET", Http.api("users"), username, GOOD_PASSWORD, null, null).statusCode());
    HttpResponse<String> roles =
        http.put(ADMIN, "users/" + username + "/roles", "{\"roles\":[\"auditor\"]}");
    assertEquals(200, roles.statusCode(), roles.body());
    assertEquals(
        200, http.send("GET", Http.api("users"), username, GOOD_PASSWORD, null, null).statusCode());
    HttpResponse<String> holderRole =
        http.put(ADMIN, "users/" + username + "/roles", "{\"roles\":[\"cardholder\"]}");
    assertEquals(400, holderRole.statusCode(), holderRole.body());
    HttpResponse<String> unknown =
        http.put(ADMIN, "users/" + username + "/roles", "{\"roles\":[\"root\"]}");
    assertEquals(400, unknown.statusCode(), unknown.body());
  }

  @Test
  @DisplayName("only administrators manage users; bad requests are refused with nothing stored")
  void onlyAdministrators() throws Exception {
    String body = userBody(LedgerDriver.unique("u").toLowerCase(), "finance");
    assertEquals(403, http.post(FINANCE, "users", body).statusCode());
    assertEquals(403, http.post(HELPDESK, "users", body).statusCode());
    assertEquals(401, http.post(null, "users", body).statusCode());
    HttpResponse<String> badName = http.post(ADMIN, "users", userBody("Bad Name!", "finance"));
    assertEquals(400, badName.statusCode(), badName.body());
    HttpResponse<String> taken = http.post(ADMIN, "users", userBody(FINANCE, "finance"));
    assertEquals(409, taken.statusCode(), taken.body());
    assertEquals(404, http.get(ADMIN, "users/no-such-user").statusCode());
  }

  @Test
  @DisplayName("a card holder's login comes with the holder; the helpdesk issues its password")
  void cardHolderLogin() throws Exception {
    String holderNo = LedgerDriver.unique("H");
    HttpResponse<String> registered =
        http.post(
            HELPDESK,
            "card-holders",
            Json.createObjectBuilder()
                .add("holderNo", holderNo)
                .add("fullName", "周同学")
                .add("type", "STUDENT")
                .add("group", "UNDERGRADUATE")
                .build()
                .toString());
    assertEquals(201, registered.statusCode(), registered.body());
    JsonObject pending = Http.object(http.get(ADMIN, "users/" + holderNo));
    assertEquals("PENDING", pending.getString("status"), pending.toString());

    HttpResponse<String> issued =
        http.post(HELPDESK, "card-holders/" + holderNo + "/login/password-reset", null);
    assertEquals(200, issued.statusCode(), issued.body());
    assertTrue(issued.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    String temporary = Http.object(issued).getString("temporaryPassword");
    assertEquals(204, changePassword(holderNo, temporary, "tulip marble violin").statusCode());
    HttpResponse<String> mine =
        http.send("GET", Http.api("session/account"), holderNo, "tulip marble violin", null, null);
    assertEquals(200, mine.statusCode(), mine.body());
    assertEquals(holderNo, Http.object(mine).getString("username"));

    HttpResponse<String> staff =
        http.post(HELPDESK, "card-holders/" + FINANCE + "/login/password-reset", null);
    assertEquals(404, staff.statusCode(), "no card holder of that number: " + staff.body());
  }

  @Test
  @DisplayName("the console sends a user with an issued password to the password page first")
  void consoleAsksForANewPasswordFirst() throws Exception {
    String username = newUser("auditor");
    Http browser = new Http();
    HttpResponse<String> login = consoleLogin(browser, username, issuedPassword);
    assertEquals(302, login.statusCode(), login.body());
    assertTrue(
        login.headers().firstValue("Location").orElseThrow().endsWith("/password.xhtml"),
        login.headers().toString());
    HttpResponse<String> index = browser.get(Http.CONSOLE.resolve("index.xhtml"));
    assertEquals(302, index.statusCode());
    assertTrue(index.headers().firstValue("Location").orElseThrow().endsWith("/password.xhtml"));
    HttpResponse<String> page = browser.get(Http.CONSOLE.resolve("password.xhtml"));
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("请先设置自己的密码"), "explains why");
  }

  @Test
  @DisplayName("the container's own login address is closed, so every guess is counted")
  void containerLoginClosed() throws Exception {
    HttpResponse<String> direct =
        new Http()
            .postForm(
                Http.CONSOLE.resolve("j_security_check"),
                "j_username",
                ADMIN,
                "j_password",
                ADMIN_PASSWORD);
    assertEquals(404, direct.statusCode());
  }

  private String issuedPassword;

  /** Creates a staff user with the role; leaves its issued password in {@link #issuedPassword}. */
  private String newUser(String role) throws Exception {
    String username = LedgerDriver.unique("u").toLowerCase();
    HttpResponse<String> created = http.post(ADMIN, "users", userBody(username, role));
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(created.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    issuedPassword = Http.object(created).getString("temporaryPassword");
    return username;
  }

  /** A staff user with the role whose password is {@link #GOOD_PASSWORD}. */
  private String activeUser(String role) throws Exception {
    String username = newUser(role);
    assertEquals(204, changePassword(username, issuedPassword, GOOD_PASSWORD).statusCode());
    return username;
  }

  private HttpResponse<String> changePassword(String user, String current, String next)
      throws Exception {
    return http.send(
        "PUT",
        Http.api("session/password"),
        user,
        current,
        "application/json",
        Json.createObjectBuilder()
            .add("currentPassword", current)
            .add("newPassword", next)
            .build()
            .toString());
  }

  private static HttpResponse<String> consoleLogin(Http browser, String user, String password)
      throws Exception {
    browser.get(Http.CONSOLE);
    return browser.postForm(
        Http.CONSOLE.resolve("login"), "j_username", user, "j_password", password);
  }

  private static String userBody(String username, String role) {
    return Json.createObjectBuilder()
        .add("username", username)
        .add("displayName", "测试用户")
        .add("roles", Json.createArrayBuilder().add(role))
        .build()
        .toString();
  }
}
