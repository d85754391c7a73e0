package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.ADMIN;
import static org.yikatong.it.DemoUsers.ADMIN_PASSWORD;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The EAR deploys and the console serves its login and landing pages in Chinese and English. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEar();
  }

  private final Http http = new Http();

  @Test
  @DisplayName("an anonymous visitor gets the login form, in Chinese by default")
  void loginFormInChinese() throws Exception {
    HttpResponse<String> page = http.get(Http.CONSOLE);
    assertEquals(200, page.statusCode());
    assertTrue(
        page.body().contains("action=\"/yikatong/login\""),
        "the login form, posting to the sign-in from whichever page shows it");
    assertTrue(page.body().contains("用户名"), "Chinese labels");
  }

  @Test
  @DisplayName("the login page loads only resources that exist, before anyone signs in")
  void loginPageResourcesExist() throws Exception {
    HttpResponse<String> page = http.get(Http.CONSOLE);
    assertEquals(200, page.statusCode());
    assertFalse(page.body().contains("RES_NOT_FOUND"), page.body());
    Matcher resource = Pattern.compile("(?:href|src)=\"(/yikatong/[^\"]+)\"").matcher(page.body());
    int found = 0;
    while (resource.find()) {
      String path = resource.group(1).replace("&amp;", "&");
      HttpResponse<String> loaded = http.get(Http.CONSOLE.resolve(path));
      assertEquals(200, loaded.statusCode(), path);
      found++;
    }
    assertTrue(found >= 3, "the theme, the icons and the console's own stylesheet: " + found);
  }

  @Test
  @DisplayName("a browser that prefers English gets the login form in English")
  void loginFormInEnglish() throws Exception {
    HttpResponse<String> page = http.get(Http.CONSOLE, "Accept-Language", "en-GB,en;q=0.9");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Username"), "English labels");
  }

  @Test
  @DisplayName("after login the landing page shows the same counts as the overview API")
  void landingPageShowsCounts() throws Exception {
    HttpResponse<String> login = logIn(ADMIN_PASSWORD);
    assertEquals(302, login.statusCode(), "redirected back after login");

    HttpResponse<String> page = http.get(Http.CONSOLE.resolve("index.xhtml"));
    assertEquals(200, page.statusCode());
    JsonObject overview = Http.json(new Http().get(ADMIN, "overview")).asJsonObject();
    assertEquals(overview.getJsonNumber("cardHolders").longValue(), stat(page, "cardHolders"));
    assertEquals(overview.getJsonNumber("cards").longValue(), stat(page, "cards"));
    assertEquals(overview.getJsonNumber("terminals").longValue(), stat(page, "terminals"));
    assertTrue(stat(page, "cardHolders") >= 100, "demo card holders loaded");
  }

  @Test
  @DisplayName("the language switch in the header turns the console to English and back")
  void languageSwitch() throws Exception {
    logIn(ADMIN_PASSWORD);
    HttpResponse<String> chinese = http.get(Http.CONSOLE.resolve("index.xhtml"));
    assertTrue(chinese.body().contains("持卡人"), "Chinese without a language preference");

    HttpResponse<String> english = switchLanguage(chinese);
    assertTrue(english.body().contains("Card holders"), "English after the switch");
    assertTrue(switchLanguage(english).body().contains("持卡人"), "Chinese again");
  }

  @Test
  @DisplayName("a form post with a forged view state changes nothing")
  void forgedViewState() throws Exception {
    logIn(ADMIN_PASSWORD);
    http.get(Http.CONSOLE.resolve("index.xhtml"));
    HttpResponse<String> forged = postLanguageLink("forged");
    assertTrue(forged.statusCode() != 302, "the switch was not applied");
    assertTrue(
        http.get(Http.CONSOLE.resolve("index.xhtml")).body().contains("持卡人"), "still Chinese");
  }

  @Test
  @DisplayName("a wrong password brings back the login form with an error")
  void wrongPassword() throws Exception {
    HttpResponse<String> login = logIn("not-the-password");
    String body =
        login.statusCode() == 302
            ? http.get(Http.CONSOLE.resolve(login.headers().firstValue("Location").orElseThrow()))
                .body()
            : login.body();
    assertTrue(body.contains("loginError"), "error shown: " + body);
  }

  /** Opens the console, which shows the login form, and submits it as the demo administrator. */
  private HttpResponse<String> logIn(String password) throws Exception {
    http.get(Http.CONSOLE);
    return http.postForm(
        Http.CONSOLE.resolve("login"), "j_username", ADMIN, "j_password", password);
  }

  /** Clicks the language link of the header form on the given page, following the redirect. */
  private HttpResponse<String> switchLanguage(HttpResponse<String> page) throws Exception {
    Matcher viewState =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(page.body());
    assertTrue(viewState.find(), "the page carries a view state");
    assertEquals(302, postLanguageLink(viewState.group(1)).statusCode(), "redirect after switch");
    return http.get(Http.CONSOLE.resolve("index.xhtml"));
  }

  /** Submits the header form as its language link does, with the given view state. */
  private HttpResponse<String> postLanguageLink(String viewState) throws Exception {
    return http.postForm(
        Http.CONSOLE.resolve("index.xhtml"),
        "nav",
        "nav",
        "nav:language",
        "nav:language",
        "jakarta.faces.ViewState",
        viewState);
  }

  private static long stat(HttpResponse<String> page, String id) {
    Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([0-9]+)<").matcher(page.body());
    assertTrue(m.find(), "statistic " + id + " on the page");
    return Long.parseLong(m.group(1));
  }
}
