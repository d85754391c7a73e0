package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.ADMIN;
import static org.yikatong.it.DemoUsers.APPROVER;
import static org.yikatong.it.DemoUsers.APPROVER_PASSWORD;
import static org.yikatong.it.DemoUsers.FINANCE;
import static org.yikatong.it.DemoUsers.FINANCE_PASSWORD;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;

/**
 * The finance office's pages in Chromium, in Chinese: an adjustment proposed by one finance user
 * and approved by another (and a bad amount that proposes nothing), a subsidy file previewed with
 * its bad line named before anything posts, and an account frozen on the page. Every outcome is
 * read back through the API. A failed test leaves a screenshot, {@code failed-<test>.png}, in
 * {@code target/screenshots}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FinanceBrowserIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static Browser browser;
  private final Http http = new Http();

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
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @Test
  @DisplayName(
      "finance starts on the finance office; an adjustment with a bad amount proposes nothing; one"
          + " proposed by finance and approved by the approver posts, and the API names both; the"
          + " approver is offered no decision on their own")
  void makerAndChecker() throws Exception {
    String holderNo = newHolder(1_000);
    String purse = "P" + holderNo;
    String reason = "补记漏充值 " + LedgerDriver.unique("R");

    browser.forgetSession().desk().open("login.xhtml");
    browser.login(FINANCE, FINANCE_PASSWORD);
    assertEquals("/yikatong/finance/index.xhtml", browser.path(), "finance starts here");
    assertEquals("财务处", browser.text(By.cssSelector("main h1")));
    assertEquals("财务", browser.text(By.id("nav:finance")));
    browser.screenshot("finance-hub");
    browser.follow(By.id("finance-adjustments"));
    assertEquals("/yikatong/finance/adjustments.xhtml", browser.path());

    chooseAccount("propose:credit", purse);
    chooseAccount("propose:debit", "SYS-SUSPENSE");
    browser.type(By.id("propose:amount"), "12.345");
    browser.type(By.id("propose:reason"), reason);
    browser.click(By.id("propose:submit"));
    browser.waitForText(
        By.id("propose:amountMessage"), "请输入大于 0、不超过 10000000 元的金额，最多两位小数，如 25 或 12.50。");
    assertTrue(proposals("PROPOSED", reason).isEmpty(), "a bad amount proposes nothing");

    browser.type(By.id("propose:amount"), "12.34");
    browser.click(By.id("propose:submit"));
    browser.waitForText(By.xpath(row(reason) + "//span[contains(@id, ':maker')]"), FINANCE);
    assertEquals(1, proposals("PROPOSED", reason).size());
    assertFalse(
        browser.has(By.xpath(row(reason) + "//button[contains(@id, ':approve')]")),
        "finance proposes; it does not approve");
    browser.screenshot("finance-adjustment-proposed");

    browser.forgetSession().open("finance/adjustments.xhtml");
    browser.login(APPROVER, APPROVER_PASSWORD);
    String proposed = row(reason);
    assertEquals("¥12.34", browser.text(By.xpath(proposed + "//span[contains(@id, ':amount')]")));
    assertTrue(browser.text(By.xpath(proposed)).contains(purse), "the account credited");
    assertTrue(browser.text(By.xpath(proposed)).contains("测试 " + holderNo), "whose it is");
    browser.screenshot("finance-adjustment-to-approve");
    browser.click(By.xpath(proposed + "//button[contains(@id, ':approve')]"));
    browser.click(By.cssSelector(".ui-confirmdialog-yes"));
    browser.waitForText(
        By.cssSelector(".ui-messages-info .ui-messages-info-summary"), "调账已审批通过并入账。");

    List<JsonObject> approved = proposals("APPROVED", reason);
    assertEquals(1, approved.size(), "approved once");
    assertEquals(FINANCE, approved.get(0).getString("madeBy"));
    assertEquals(APPROVER, approved.get(0).getString("checkedBy"));
    assertEquals(1_234, approved.get(0).getJsonNumber("amountFen").longValue());
    assertEquals(purse, approved.get(0).getString("accountNo"));
    assertEquals("SYS-SUSPENSE", approved.get(0).getString("counterAccountNo"));
    assertTrue(approved.get(0).get("entryId").getValueType() == JsonValue.ValueType.NUMBER);
    assertEquals(2_234, balance(purse), "the purse got the 12.34");

    String own = "审批人自提 " + LedgerDriver.unique("R");
    HttpResponse<String> made =
        http.post(
            APPROVER,
            "ledger/adjustments",
            "{\"accountNo\":\""
                + purse
                + "\",\"counterAccountNo\":\"SYS-SUSPENSE\",\"amountFen\":100,\"reason\":\""
                + own
                + "\"}");
    assertEquals(201, made.statusCode(), made.body());
    browser.open("finance/adjustments.xhtml");
    assertEquals(
        "本人提交，须由其他复核人审批。", browser.text(By.xpath(row(own) + "//span[contains(@id, ':own')]")));
    assertFalse(
        browser.has(By.xpath(row(own) + "//button[contains(@id, ':approve')]")),
        "no decision on one's own proposal");
  }

  @Test
  @DisplayName(
      "a subsidy file with a bad line is previewed with that line named and nothing posted; the"
          + " corrected file posts")
  void subsidyPreview() throws Exception {
    String holderNo = newHolder(0);
    String batchNo = LedgerDriver.unique("SB");
    Path bad = Files.createTempFile("subsidy-", ".csv");
    Path good = Files.createTempFile("subsidy-", ".csv");
    try {
      Files.writeString(
          bad, "holder_no,amount\n" + holderNo + ",30.00\nNOBODY1,abc\n", StandardCharsets.UTF_8);
      Files.writeString(good, "holder_no,amount\n" + holderNo + ",30.00\n", StandardCharsets.UTF_8);

      browser.forgetSession().desk().open("finance/subsidies.xhtml");
      browser.login(FINANCE, FINANCE_PASSWORD);
      assertEquals("/yikatong/finance/subsidies.xhtml", browser.path());
      upload(bad);
      browser.type(By.id("batch:batchNo"), batchNo);
      browser.click(By.id("batch:check"));
      browser.waitFor(By.id("previewForm:verdict"));
      assertEquals("3", browser.text(By.id("previewForm:problems:0:lineNo")), "the bad line");
      assertEquals("bad amount 'abc'", browser.text(By.id("previewForm:problems:0:text")));
      assertEquals("1", browser.text(By.id("previewForm:goodLines")));
      assertFalse(browser.has(By.id("previewForm:post")), "a file with a problem cannot post");
      browser.screenshot("finance-subsidy-preview");

      assertEquals(404, http.get(FINANCE, "ledger/subsidy-batches/" + batchNo).statusCode());
      assertEquals(0, subsidy(holderNo), "nothing posted");

      upload(good);
      browser.click(By.id("batch:check"));
      browser.waitFor(By.id("previewForm:post"));
      assertEquals("¥30.00", browser.text(By.id("previewForm:total")));
      browser.click(By.id("previewForm:post"));
      browser.click(By.cssSelector(".ui-confirmdialog-yes"));
      browser.waitForText(
          By.cssSelector(".ui-messages-info .ui-messages-info-summary"), "批次已入账，名单上的每位持卡人都已收到补助。");

      HttpResponse<String> batch = http.get(FINANCE, "ledger/subsidy-batches/" + batchNo);
      assertEquals(200, batch.statusCode(), batch.body());
      assertEquals(3_000, Http.object(batch).getJsonNumber("totalFen").longValue());
      assertEquals(3_000, subsidy(holderNo));
    } finally {
      Files.deleteIfExists(bad);
      Files.deleteIfExists(good);
    }
  }

  @Test
  @DisplayName("an account frozen on the page is reported frozen by the API")
  void freezeAnAccount() throws Exception {
    String holderNo = newHolder(500);
    String purse = "P" + holderNo;

    browser.forgetSession().desk().open("finance/accounts.xhtml");
    browser.login(FINANCE, FINANCE_PASSWORD);
    browser.choose("search:by", "持卡人编号");
    browser.type(By.id("search:q"), holderNo);
    browser.click(By.id("search:go"));
    // A holder has two purses: the page lists them, and the purse is picked.
    browser.click(By.linkText(purse));
    browser.waitForText(By.id("shown:accountNo"), purse);
    assertEquals("¥5.00", browser.text(By.id("shown:balance")));
    assertEquals("正常", browser.text(By.id("shown:status")));
    browser.click(By.id("shown:freeze"));
    browser.click(By.cssSelector(".ui-confirmdialog-yes"));
    browser.waitForText(By.id("shown:status"), "冻结");
    browser.waitFor(By.id("shown:unfreeze"));
    browser.screenshot("finance-account-frozen");

    HttpResponse<String> account = http.get(FINANCE, "ledger/accounts/" + purse);
    assertEquals(200, account.statusCode(), account.body());
    assertEquals("FROZEN", Http.object(account).getString("status"));
  }

  /**
   * Types an account number into an account field, picks the account among the suggestions, and
   * waits until the page has looked it up and shows it beside the field.
   */
  private static void chooseAccount(String field, String accountNo) {
    browser.type(By.id(field + "_input"), accountNo);
    browser.click(
        By.cssSelector("[id='" + field + "_panel'] li[data-item-value='" + accountNo + "']"));
    browser.waitFor(By.xpath("//*[@id='" + field + "Card']//strong[text()='" + accountNo + "']"));
  }

  /** Chooses a file in the subsidy page's upload and waits until the page has taken it. */
  private static void upload(Path file) {
    browser.attach(By.cssSelector("[id='upload:file'] input[type=file]"), file);
    browser.waitFor(
        By.xpath("//*[@id='upload:fileName'][contains(text(), '" + file.getFileName() + "')]"));
  }

  /** The row of the proposals list whose reason is this. */
  private static String row(String reason) {
    return "//tr[.//span[contains(@id, ':reason') and text()='" + reason + "']]";
  }

  /** The proposals of a status with this reason, as the API has them. */
  private List<JsonObject> proposals(String status, String reason) throws Exception {
    HttpResponse<String> list = http.get(FINANCE, "ledger/adjustments?status=" + status);
    assertEquals(200, list.statusCode(), list.body());
    return Http.array(list).getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getString("reason").equals(reason))
        .toList();
  }

  private long balance(String accountNo) throws Exception {
    HttpResponse<String> account = http.get(FINANCE, "ledger/accounts/" + accountNo);
    assertEquals(200, account.statusCode(), account.body());
    return Http.object(account).getJsonNumber("balanceFen").longValue();
  }

  private long subsidy(String holderNo) throws Exception {
    HttpResponse<String> holder = http.get(ADMIN, "card-holders/" + holderNo);
    assertEquals(200, holder.statusCode(), holder.body());
    return Http.object(holder).getJsonNumber("subsidyFen").longValue();
  }

  /** A new card holder with one card and an opening balance, registered through the API. */
  private String newHolder(long openingFen) throws Exception {
    String holderNo = LedgerDriver.unique("FB");
    HttpResponse<String> registered =
        http.post(
            ADMIN,
            "card-holders",
            "{\"holderNo\":\""
                + holderNo
                + "\",\"fullName\":\"测试 "
                + holderNo
                + "\",\"type\":\"STUDENT\",\"department\":\"财务测试\",\"cardSerialNo\":\""
                + LedgerDriver.unique("S")
                + "\",\"cardExpiresOn\":\""
                + LocalDate.now(SHANGHAI).plusYears(2)
                + "\",\"openingBalanceFen\":"
                + openingFen
                + "}");
    assertEquals(201, registered.statusCode(), registered.body());
    return holderNo;
  }
}
