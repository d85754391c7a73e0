package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.ADMIN;
import static org.yikatong.it.DemoUsers.APPROVER;
import static org.yikatong.it.DemoUsers.AUDITOR;
import static org.yikatong.it.DemoUsers.FINANCE;
import static org.yikatong.it.DemoUsers.HELPDESK;

import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;

/**
 * The console in a real browser (headless Chromium): signing in, where each role lands, what the
 * navigation offers each role, a refused page, the language switch and signing out. Each test
 * starts without a session, as a freshly opened browser. A failed test leaves a screenshot, {@code
 * failed-<test>.png}, beside the others in {@code target/screenshots}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleBrowserIT {

  /** The page title's suffix, {@code app.short} in Chinese. */
  private static final String APP_SHORT = " · 一卡通";

  private static final By LOGIN_FORM = By.id("login");
  private static final By LOGIN_ERROR = By.id("loginError");
  private static final By ERROR_MESSAGE = By.id("errorMessage");
  private static final By NAV = By.id("nav");
  private static final By NAV_USERS = By.id("nav:users");
  private static final By NAV_AUDIT = By.id("nav:audit");
  private static final By NAV_FINANCE = By.id("nav:finance");
  private static final By NAV_LANGUAGE = By.id("nav:language");
  private static final By NAV_LOGOUT = By.id("nav:logout");
  private static final By HEADING = By.cssSelector("main h1");

  private static Browser browser;

  @RegisterExtension
  static final TestWatcher SCREENSHOT_ON_FAILURE =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          if (browser != null) {
            browser.snapshot("failed-" + context.getRequiredTestMethod().getName());
          }
        }
      };

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEar();
  }

  @BeforeAll
  static void startBrowser() {
    browser = Browser.chinese();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @BeforeEach
  void freshBrowser() {
    browser.forgetSession().desk();
  }

  @Test
  @DisplayName(
      "a protected page asked for without a session shows the login form, whose resources all"
          + " load, and after signing in the browser is on that page")
  void askedPageAfterSignIn() {
    browser.open("audit.xhtml");
    browser.waitFor(LOGIN_FORM);
    assertEquals("登录" + APP_SHORT, browser.title(), "the login form in Chinese");
    assertFalse(browser.source().contains("RES_NOT_FOUND"), browser.source());
    List<String> resources = browser.loadedResources();
    assertFalse(resources.isEmpty(), "the login page loads its theme and stylesheet");
    for (String resource : resources) {
      assertTrue(
          resource.contains("/yikatong/jakarta.faces.resource/"),
          "only the application's public resources: " + resource);
      assertFalse(resource.matches(".* [45][0-9][0-9]$"), "a resource that failed: " + resource);
    }
    browser.screenshot("login-desk");
    browser.phone();
    browser.screenshot("login-phone");
    browser.desk();

    browser.login(AUDITOR, DemoUsers.password(AUDITOR));

    assertEquals("/yikatong/audit.xhtml", browser.path(), "back on the page asked for");
    assertFalse(browser.has(ERROR_MESSAGE), "not an error page: " + browser.source());
    assertEquals("审计日志" + APP_SHORT, browser.title());
    assertEquals("审计日志", browser.text(HEADING));
    browser.screenshot("audit-auditor");
  }

  @Test
  @DisplayName(
      "after a mistyped password and then the right one, the browser is on the page asked for")
  void askedPageAfterMistypedPassword() {
    browser.open("audit.xhtml").login(AUDITOR, "not-the-password");
    browser.waitFor(LOGIN_ERROR);

    browser.login(AUDITOR, DemoUsers.password(AUDITOR));

    assertEquals("/yikatong/audit.xhtml", browser.path(), "back on the page asked for");
    assertFalse(browser.has(LOGIN_ERROR), "the login error is gone");
    assertEquals("审计日志", browser.text(HEADING));
  }

  @Test
  @DisplayName("the administrator signs in on the login page and lands on a home page with Users")
  void administratorHome() {
    signInOnLoginPage(ADMIN);
    assertTrue(browser.has(NAV_USERS), "administrators manage users");
    assertTrue(browser.has(NAV_AUDIT), "administrators read the audit trail");
    assertTrue(browser.has(NAV_FINANCE), "administrators reach the finance office");
    assertEquals("/yikatong/index.xhtml", browser.path(), "the overview");
    browser.screenshot("home-administrator");
  }

  @Test
  @DisplayName("the auditor lands on a home page with the audit trail and without Users")
  void auditorHome() {
    signInOnLoginPage(AUDITOR);
    assertTrue(browser.has(NAV_AUDIT), "auditors read the audit trail");
    assertFalse(browser.has(NAV_USERS), "auditors do not manage users");
    assertTrue(browser.has(NAV_FINANCE), "auditors read the finance office");
    assertEquals("/yikatong/index.xhtml", browser.path(), "the overview");
  }

  @Test
  @DisplayName("finance and its approvers land on the finance office, with its link")
  void financeHome() {
    for (String user : List.of(FINANCE, APPROVER)) {
      browser.forgetSession();
      signInOnLoginPage(user);
      assertEquals("/yikatong/finance/index.xhtml", browser.path(), user + " starts there");
      assertTrue(browser.has(NAV_FINANCE), user + " has the finance office's link");
      assertFalse(browser.has(NAV_USERS), user + " does not manage users");
    }
    browser.screenshot("home-finance");
  }

  @Test
  @DisplayName("the helpdesk lands on a home page without Users and without the audit trail")
  void helpdeskHome() {
    signInOnLoginPage(HELPDESK);
    assertFalse(browser.has(NAV_USERS), "the helpdesk does not manage users");
    assertFalse(browser.has(NAV_AUDIT), "the helpdesk does not read the audit trail");
    assertFalse(browser.has(NAV_FINANCE), "the helpdesk has no finance office");
    browser.phone();
    browser.screenshot("home-helpdesk-phone");
  }

  @Test
  @DisplayName("a wrong password brings back the login form with the error, in Chinese")
  void wrongPassword() throws Exception {
    browser.open("login.xhtml").login(FINANCE, "not-the-password");

    assertEquals("/yikatong/login.xhtml", browser.path());
    assertEquals("true", query(browser, "error").orElse(null), browser.url().toString());
    String error = browser.text(LOGIN_ERROR);
    assertTrue(error.contains("用户名或密码错误，或账户已停用或暂时锁定。"), error);
    assertTrue(error.contains("连续多次登录失败后，账户会被锁定 15 分钟"), error);
    assertFalse(browser.has(NAV), "not signed in");
    browser.screenshot("login-error");

    // A successful sign-in clears the failure count, so that runs of the suite on one database
    // never add up to a lock of the demo account.
    assertEquals(200, new Http().get(FINANCE, "overview").statusCode());
  }

  @Test
  @DisplayName("a page the role may not use shows the forbidden page, not the page")
  void forbiddenPage() {
    browser.open("users.xhtml").login(HELPDESK, DemoUsers.password(HELPDESK));

    assertEquals("/yikatong/users.xhtml", browser.path(), "the address asked for");
    assertEquals("您的角色无权访问此页面。", browser.text(ERROR_MESSAGE));
    assertEquals("出错了" + APP_SHORT, browser.title());
    assertFalse(browser.has(By.id("search")), "no user search");
    assertFalse(browser.has(By.id("list")), "no user list");
    assertFalse(browser.has(NAV_USERS), "no navigation to users");
    browser.screenshot("forbidden-helpdesk");
  }

  @Test
  @DisplayName("the language link turns the navigation to English and back to Chinese")
  void languageSwitch() {
    browser.open("index.xhtml").login(ADMIN, DemoUsers.password(ADMIN));
    assertEquals("/yikatong/index.xhtml", browser.path());
    assertEquals("用户管理", browser.text(NAV_USERS));
    assertEquals("English", browser.text(NAV_LANGUAGE));

    browser.follow(NAV_LANGUAGE);

    assertEquals("Users", browser.text(NAV_USERS));
    assertEquals("Audit trail", browser.text(NAV_AUDIT));
    assertEquals("Sign out", browser.text(NAV_LOGOUT));
    assertEquals("中文", browser.text(NAV_LANGUAGE));
    assertTrue(browser.title().endsWith(" · Yikatong"), browser.title());
    browser.screenshot("home-administrator-english");

    browser.follow(NAV_LANGUAGE);

    assertEquals("用户管理", browser.text(NAV_USERS));
    assertEquals("退出", browser.text(NAV_LOGOUT));
  }

  @Test
  @DisplayName("signing out shows the login form, and a protected page needs a new sign-in")
  void logout() {
    browser.open("audit.xhtml").login(AUDITOR, DemoUsers.password(AUDITOR));
    assertEquals("/yikatong/audit.xhtml", browser.path());

    browser.follow(NAV_LOGOUT);

    browser.waitFor(LOGIN_FORM);
    assertFalse(browser.has(NAV), "signed out: " + browser.source());
    browser.open("audit.xhtml");
    browser.waitFor(LOGIN_FORM);
    assertFalse(browser.has(NAV), "the audit trail needs a new sign-in: " + browser.source());
    assertFalse(browser.has(By.id("audit")), "no audit search form");
  }

  @Test
  @DisplayName("a browser that prefers English gets the login form in English")
  void englishBrowser() {
    try (Browser english = Browser.english()) {
      english.open("login.xhtml");
      assertEquals("Sign in · Yikatong", english.title());
      assertEquals("Sign in", english.text(By.id("submit")));
      assertEquals("Username", english.text(By.cssSelector("label[for=j_username]")));
    }
  }

  /**
   * Opens the login page itself, asking for no other page, and signs in: the browser lands on the
   * role's home page, a console page under the main template with its heading and the navigation.
   */
  private static void signInOnLoginPage(String user) {
    browser.open("login.xhtml").login(user, DemoUsers.password(user));
    String path = browser.path();
    assertFalse(
        path.endsWith("/login.xhtml") || path.endsWith("/login"),
        "a home page, not the login page: " + browser.url());
    assertFalse(browser.has(LOGIN_FORM), "signed in: " + browser.source());
    assertFalse(browser.has(ERROR_MESSAGE), "not an error page: " + browser.source());
    assertTrue(browser.has(NAV), "the console's navigation");
    assertFalse(browser.text(HEADING).isEmpty(), "the page's heading");
    assertTrue(
        browser.title().endsWith(APP_SHORT) && !browser.title().startsWith("登录"),
        "the page's own title: " + browser.title());
  }

  private static Optional<String> query(Browser browser, String name) {
    String query = browser.url().getQuery();
    if (query == null) {
      return Optional.empty();
    }
    for (String pair : query.split("&")) {
      String[] nameValue = pair.split("=", 2);
      if (nameValue[0].equals(name)) {
        return Optional.of(nameValue.length > 1 ? nameValue[1] : "");
      }
    }
    return Optional.empty();
  }
}
