package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The SLA contracts page and the penalties page in Chromium, in Chinese: what an administrator
 * changes on them is what the services hold afterwards (read back over the API), a bad value is
 * refused beside its field and changes nothing, and the helpdesk reads the contracts without the
 * means to change them. Each contract test has a contract of its own; the penalty test changes a
 * rule (level 3, plan) that no contract's tickets can breach, so other tests are charged as before.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeskContractsBrowserIT {

  /** The second row of the contract's grid: level 2. */
  private static final int LEVEL_2_ROW = 1;

  private static Browser browser;
  private final Http http = new Http();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEar();
  }

  @BeforeAll
  static void startBrowser() {
    browser = Browser.chinese();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  @DisplayName("a target set on a new contract's page is the contract's target over the API")
  void targetSetOnThePage() throws Exception {
    String code = newContract();
    JsonObject before = target(code, "LEVEL_2", "ON_SITE");
    By onSite = By.id("contract:grid:" + LEVEL_2_ROW + ":onSite");

    signIn(DemoUsers.ADMIN, DemoUsers.ADMIN_PASSWORD);
    browser.open("desk/contracts.xhtml?code=" + code);
    try {
      assertEquals(contractName(code), browser.text(By.id("shown")));
      assertEquals(cellText(before), browser.text(onSite), "the targets copied from the default");
      browser.click(By.id("contract:grid:" + LEVEL_2_ROW + ":editOnSite"));
      assertEquals(
          String.valueOf(before.getInt("amount")),
          browser.waitForValue(By.id("target:amount")),
          "the form holds the target picked");
      assertEquals("二级", browser.text(By.id("target:level_label")));
      assertEquals("到场", browser.text(By.id("target:kind_label")));
      browser.type(By.id("target:amount"), "6");
      browser.type(By.id("target:warning"), "20");
      browser.click(By.id("target:save"));
      browser.waitForText(onSite, "6 小时");
      assertEquals(
          "目标已保存，本合同未结工单的时限已按新目标重算。",
          browser.text(By.cssSelector(".ui-messages-info .ui-messages-info-summary")));
    } catch (RuntimeException | AssertionError e) {
      browser.snapshot("failed-desk-contracts");
      throw e;
    }
    browser.screenshot("desk-contracts");

    JsonObject after = target(code, "LEVEL_2", "ON_SITE");
    assertEquals(6, after.getInt("amount"));
    assertEquals("HOURS", after.getString("unit"));
    assertEquals(before.getString("basis"), after.getString("basis"), "the clock kept");
    assertEquals(20, after.getInt("warningMinutes"));
  }

  @Test
  @DisplayName("a target of 0 hours is refused beside its field, and the contract keeps its target")
  void badTargetRefusedBesideTheField() throws Exception {
    String code = newContract();
    JsonObject before = target(code, "LEVEL_2", "ON_SITE");
    By onSite = By.id("contract:grid:" + LEVEL_2_ROW + ":onSite");

    signIn(DemoUsers.ADMIN, DemoUsers.ADMIN_PASSWORD);
    browser.open("desk/contracts.xhtml?code=" + code);
    try {
      browser.click(By.id("contract:grid:" + LEVEL_2_ROW + ":editOnSite"));
      browser.waitForValue(By.id("target:amount"));
      browser.type(By.id("target:amount"), "0");
      browser.click(By.id("target:save"));
      browser.waitForText(By.id("target:amountMessage"), "请输入 1 到 9999 之间的整数。");
    } catch (RuntimeException | AssertionError e) {
      browser.snapshot("failed-desk-contracts-bad-target");
      throw e;
    }
    assertFalse(browser.has(By.cssSelector(".ui-messages-info")), "nothing reported saved");
    assertEquals(cellText(before), browser.text(onSite), "the grid shows the target kept");

    assertEquals(before, target(code, "LEVEL_2", "ON_SITE"), "the stored target is unchanged");
    HttpResponse<String> changes = http.get(DemoUsers.ADMIN, "sla-config-changes?max=200");
    assertEquals(200, changes.statusCode(), changes.body());
    assertTrue(
        Http.array(changes).stream()
            .map(JsonValue::asJsonObject)
            .noneMatch(c -> c.getString("subject").startsWith("contract " + code + " ")),
        "no change logged for the contract's targets: " + changes.body());
  }

  @Test
  @DisplayName("the helpdesk reads a contract's targets and the calendar without the edit buttons")
  void helpdeskReadsOnly() throws Exception {
    String code = newContract();
    JsonObject response = target(code, "LEVEL_1", "RESPONSE");

    signIn(DemoUsers.HELPDESK, DemoUsers.HELPDESK_PASSWORD);
    browser.open("desk/contracts.xhtml?code=" + code);
    assertEquals(contractName(code), browser.text(By.id("shown")));
    assertEquals(cellText(response), browser.text(By.id("contract:grid:0:response")));
    assertTrue(browser.has(By.id("calendar:days")), "the contract's calendar and its days");
    assertTrue(browser.has(By.id("changes:table")), "the recent configuration changes");

    assertFalse(browser.has(By.id("contract:grid:0:editResponse")), "no target to edit");
    assertFalse(browser.has(By.id("target")), "no target form");
    assertFalse(browser.has(By.id("openNewContract")), "no new contract");
    assertFalse(browser.has(By.cssSelector("[id$=':makeDefault']")), "no default to choose");
    assertFalse(browser.has(By.id("openNewCalendar")), "no new calendar");
    assertFalse(browser.has(By.id("day")), "no day to set");
    assertFalse(
        browser.has(By.cssSelector("[id^='calendar:days:'][id$=':remove']")), "none removed");
  }

  @Test
  @DisplayName("the helpdesk prints a contract's warranty agreement from the contract's page")
  void warrantyAgreementPrinted() throws Exception {
    signIn(DemoUsers.HELPDESK, DemoUsers.HELPDESK_PASSWORD);
    browser.open("desk/contracts.xhtml?code=DEFAULT");
    java.nio.file.Path pdf;
    try {
      assertEquals("保修协议（PDF）", browser.text(By.id("agreement:pdf")));
      pdf = browser.download(By.id("agreement:pdf"));
    } catch (RuntimeException | AssertionError e) {
      browser.snapshot("failed-desk-agreement");
      throw e;
    }
    byte[] bytes = java.nio.file.Files.readAllBytes(pdf);
    assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    assertEquals("warranty-agreement-DEFAULT.pdf", pdf.getFileName().toString());
    com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(bytes);
    try {
      String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
      assertTrue(text.contains("DEFAULT"), "the contract's code is on the first page: " + text);
    } finally {
      reader.close();
    }
  }

  @Test
  @DisplayName("a penalty rule's amount changed on the page in yuan is the rule's amount in fen")
  void penaltyRuleAmountChangedOnThePage() throws Exception {
    String description = "浏览器测试：三级工单方案超时 " + LedgerDriver.unique("P");
    HttpResponse<String> rule =
        http.put(
            DemoUsers.ADMIN,
            "penalty-rules/LEVEL_3/PLAN",
            "{\"amountFen\":10000,\"description\":\"" + description + "\"}");
    assertEquals(200, rule.statusCode(), rule.body());
    String row =
        "//tbody[@id='rules:table_data']/tr[.//span[contains(@id, ':description')][.='"
            + description
            + "']]";
    By amount = By.xpath(row + "//span[contains(@id, ':amount')]");

    signIn(DemoUsers.ADMIN, DemoUsers.ADMIN_PASSWORD);
    browser.open("desk/penalties.xhtml");
    try {
      assertEquals("¥100.00", browser.text(amount));
      browser.click(By.xpath(row + "//button[contains(@id, ':edit')]"));
      assertEquals("100.00", browser.waitForValue(By.id("rule:amount")));
      browser.type(By.id("rule:amount"), "650.5");
      browser.click(By.id("rule:save"));
      browser.waitForText(amount, "¥650.50");
    } catch (RuntimeException | AssertionError e) {
      browser.snapshot("failed-desk-penalties");
      throw e;
    }
    browser.screenshot("desk-penalties");

    HttpResponse<String> rules = http.get(DemoUsers.HELPDESK, "penalty-rules");
    assertEquals(200, rules.statusCode(), rules.body());
    JsonObject stored =
        Http.array(rules).stream()
            .map(JsonValue::asJsonObject)
            .filter(
                r ->
                    "TICKET".equals(r.getString("appliesTo"))
                        && "LEVEL_3".equals(r.getString("level", null))
                        && "PLAN".equals(r.getString("target")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no level 3 plan rule: " + rules.body()));
    assertEquals(65050, stored.getJsonNumber("amountFen").longValue(), "650.50 yuan, in fen");
    assertEquals(description, stored.getString("description"));
  }

  /** Signs in on the console as a fresh browser does, landing on the contracts page. */
  private static void signIn(String user, String password) {
    browser.forgetSession().desk().open("desk/contracts.xhtml");
    browser.login(user, password);
    assertEquals("/yikatong/desk/contracts.xhtml", browser.path());
  }

  /** A new contract over the API, on the campus calendar, with the default contract's targets. */
  private String newContract() throws Exception {
    String code = LedgerDriver.unique("BC");
    HttpResponse<String> created =
        http.post(
            DemoUsers.ADMIN,
            "sla-contracts",
            "{\"code\":\""
                + code
                + "\",\"name\":\""
                + contractName(code)
                + "\",\"vendor\":\"浏览器测试服务商\",\"calendar\":\"CN\"}");
    assertEquals(201, created.statusCode(), created.body());
    return code;
  }

  private static String contractName(String code) {
    return "自助设备维保 " + code;
  }

  /** A contract's target over the API. */
  private JsonObject target(String code, String level, String target) throws Exception {
    HttpResponse<String> contract = http.get(DemoUsers.ADMIN, "sla-contracts/" + code);
    assertEquals(200, contract.statusCode(), contract.body());
    return Http.object(contract).getJsonArray("targets").stream()
        .map(JsonValue::asJsonObject)
        .filter(t -> t.getString("level").equals(level) && t.getString("target").equals(target))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " has no " + level + " " + target));
  }

  /** How the contracts page shows a target's amount in Chinese. */
  private static String cellText(JsonObject target) {
    String unit =
        switch (target.getString("unit")) {
          case "MINUTES" -> "分钟";
          case "HOURS" -> "小时";
          case "WORKING_DAYS" -> "个工作日";
          default -> throw new AssertionError("unit " + target.getString("unit"));
        };
    return target.getInt("amount") + " " + unit;
  }
}
