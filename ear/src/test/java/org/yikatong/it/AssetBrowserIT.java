package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.AUDITOR;
import static org.yikatong.it.DemoUsers.HELPDESK;
import static org.yikatong.it.DemoUsers.HELPDESK_PASSWORD;

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
 * The asset register's pages in Chromium, in Chinese, at desk and phone width: a CSV file with bad
 * lines is refused with each problem listed by line beside the upload and nothing imported (read
 * back through the API); the corrected file is imported and its assets are listed; an asset's page
 * and the statistics page show. A failed test leaves a screenshot, {@code failed-<test>.png}, in
 * {@code target/screenshots}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssetBrowserIT {

  private static final String HEADER =
      "serial,type,model,location,supplier,accepted_on,warranty_end,terminal_code,contract_code,note\n";

  private static Browser browser;
  private final Http http = new Http();
  private final String uniq = Long.toString(System.nanoTime(), 36).toUpperCase();

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
      "a file with bad lines is refused with each line's problem shown and nothing imported; the"
          + " corrected file is imported and its assets listed, at desk and phone width")
  void importThroughTheConsole() throws Exception {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    String kiosk = "BR-" + uniq + "-K";
    String server = "BR-" + uniq + "-S";
    String good =
        HEADER
            + kiosk
            + ",KIOSK,华创 K200 自助圈存机,图书馆二楼,华创智能设备,"
            + today.minusMonths(12).plusDays(20)
            + ",,,,\n"
            + server
            + ",SERVER,Dell PowerEdge R750,信息中心 机房,戴尔（中国）,"
            + today.minusDays(100)
            + ","
            + today.plusYears(3)
            + ",,,原厂三年保修\n";
    String bad =
        HEADER
            + kiosk
            + ",KIOSK,华创 K200 自助圈存机,图书馆二楼,华创智能设备,2025-09-01,,,,\n"
            + server
            + ",PRINTER,Dell PowerEdge R750,信息中心 机房,戴尔（中国）,2025-09-01,2025-08-01,,,\n";
    Path badFile = Files.createTempFile("assets-bad-", ".csv");
    Path goodFile = Files.createTempFile("assets-", ".csv");
    try {
      Files.writeString(badFile, bad, StandardCharsets.UTF_8);
      Files.writeString(goodFile, good, StandardCharsets.UTF_8);

      browser.forgetSession().desk().open("desk/index.xhtml");
      browser.login(HELPDESK, HELPDESK_PASSWORD);
      browser.follow(By.id("desk-assets"));
      assertEquals("/yikatong/desk/assets.xhtml", browser.path());
      assertEquals("资产台账", browser.text(By.cssSelector("main h1")));

      browser.attach(By.cssSelector("[id='import:file'] input[type=file]"), badFile);
      browser.waitFor(By.id("import:lineErrors"));
      List<String> problems = List.of(browser.text(problem(1)), browser.text(problem(2)));
      assertTrue(!browser.has(problem(3)), "two problems, both on line 3");
      assertTrue(problems.get(0).startsWith("第 3 行：未知的设备类型 PRINTER"), problems.toString());
      assertTrue(
          problems.get(1).startsWith("第 3 行：保修截止日") && problems.get(1).contains("早于验收日期"),
          "worded in the reader's language: " + problems);
      browser.screenshot("desk-assets-import-refused");
      assertEquals(404, http.get(AUDITOR, "assets/" + kiosk).statusCode(), "nothing imported");

      browser.attach(By.cssSelector("[id='import:file'] input[type=file]"), goodFile);
      browser.waitForTextContaining(By.id("import:imported"), "导入 2 台资产");
      assertEquals(200, http.get(AUDITOR, "assets/" + kiosk).statusCode());
      browser.type(By.id("filters:text"), uniq);
      browser.click(By.id("filters:search"));
      browser.waitUntilGone(By.linkText("DELL-R750-01")); // a demo asset, filtered out
      browser.waitFor(By.linkText(server));
      assertEquals("60天内到期", browser.text(By.id("register:table:0:warranty")));
      assertEquals("保修中", browser.text(By.id("register:table:1:warranty")));
      browser.screenshot("desk-assets");

      browser.follow(By.linkText(kiosk));
      assertEquals("/yikatong/desk/asset.xhtml", browser.path());
      assertEquals(kiosk, browser.text(By.id("serial")));
      assertEquals("60天内到期", browser.text(By.id("warranty")));
      browser.screenshot("desk-asset");

      browser.phone().open("desk/assets.xhtml");
      browser.waitFor(By.id("import:file"));
      browser.screenshot("desk-assets-phone");
      assertEquals("", browser.overflow(), "the register fits a phone");
      browser.open("desk/asset.xhtml?serial=" + kiosk);
      browser.waitForText(By.id("serial"), kiosk);
      browser.screenshot("desk-asset-phone");
      assertEquals("", browser.overflow(), "an asset's page fits a phone");
      browser.open("desk/asset-statistics.xhtml");
      browser.waitFor(By.id("expiring"));
      browser.screenshot("desk-asset-statistics-phone");
      assertEquals("", browser.overflow(), "the statistics fit a phone");

      for (int i = 0; i < 3; i++) {
        var opened =
            http.post(
                HELPDESK,
                "tickets",
                "{\"channel\":\"PHONE\",\"reporterName\":\"图书馆\",\"category\":\"HARDWARE\","
                    + "\"title\":\"圈存机无法读卡\",\"description\":\"读卡无反应\",\"assetSerial\":\""
                    + kiosk
                    + "\"}");
        assertEquals(201, opened.statusCode(), opened.body());
      }
      browser.desk().open("desk/asset-statistics.xhtml");
      browser.waitFor(By.id("expiring"));
      assertTrue(
          browser.has(By.xpath("//*[@id='expiring']//a[text()='" + kiosk + "']")),
          "its warranty ends within 60 days");
      assertTrue(
          browser.has(By.xpath("//*[@id='repeated']//a[text()='" + kiosk + "']")),
          "three tickets: repeated faults");
      browser.screenshot("desk-asset-statistics");
    } finally {
      Files.deleteIfExists(badFile);
      Files.deleteIfExists(goodFile);
    }
  }

  /** The n-th problem listed beside the upload. */
  private static By problem(int n) {
    return By.xpath("(//*[@id='import:lineErrors']//li)[" + n + "]");
  }
}
