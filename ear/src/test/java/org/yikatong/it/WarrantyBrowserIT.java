package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * A chargeable repair through the console in Chromium, in Chinese: the helpdesk sees who answers
 * for the ticket, resolves it as damage by people (refused without a reason, beside the field),
 * sees its cost, and finds it on the month's warranty statement — as finance does too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WarrantyBrowserIT {

  private static Browser browser;
  private final Http http = new Http();
  private final String uniq = Long.toString(System.nanoTime(), 36);

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
  @DisplayName(
      "a ticket resolved as damage by people with reason and labour, its cost shown and on the"
          + " statement, at desk and phone width")
  void chargeableRepair() throws Exception {
    HttpResponse<String> opened =
        http.post(
            DemoUsers.HELPDESK,
            "tickets",
            "{\"channel\":\"PHONE\",\"reporterName\":\"图书馆\",\"terminalId\":\"K0000001\","
                + "\"category\":\"HARDWARE\",\"title\":\"圈存机面板破损 "
                + uniq
                + "\",\"description\":\"面板被踢裂，读卡区无反应\"}");
    assertEquals(201, opened.statusCode(), opened.body());
    String no = Http.object(opened).getString("ticketNo");

    browser.forgetSession().desk().open("helpdesk/ticket.xhtml?no=" + no);
    browser.login(DemoUsers.HELPDESK, DemoUsers.HELPDESK_PASSWORD);
    browser.waitForText(By.id("ticket:no"), no);
    assertEquals("硬件供应商", browser.text(By.id("ticket:party")));
    assertTrue(browser.text(By.id("ticket:partyNote")).contains("硬件故障由硬件供应商负责"));
    assertEquals("保修（免费）", browser.text(By.id("ticket:proposal")), "the system's proposal");
    assertTrue(browser.text(By.id("ticket:charge_label")).contains("保修"), "preselected");

    browser.choose("ticket:charge", "人为损坏");
    browser.type(By.id("ticket:labourMinutes"), "45");
    browser.type(By.id("ticket:text"), "更换圈存机面板");
    browser.click(By.id("ticket:resolve"));
    browser.click(By.cssSelector(".ui-confirmdialog-yes"));
    browser.waitForTextContaining(By.id("ticket:chargeReasonMessage"), "请填写原因");
    assertFalse(
        Http.object(http.get(DemoUsers.HELPDESK, "tickets/" + no))
            .getString("status")
            .equals("RESOLVED"),
        "nothing saved without a reason");
    browser.scrollTo(By.id("ticket:responsibility")).screenshot("warranty-resolve-reason-desk");

    browser.type(By.id("ticket:chargeReason"), "面板被人为踢裂");
    browser.click(By.id("ticket:resolve"));
    browser.click(By.cssSelector(".ui-confirmdialog-yes"));
    browser.waitForTextContaining(By.id("ticket:chargeShown"), "人为损坏");
    assertEquals("面板被人为踢裂", browser.text(By.id("ticket:chargeReasonShown")));
    assertEquals("45", browser.text(By.id("ticket:minutesShown")));
    assertEquals("90.00", browser.text(By.id("ticket:labourShown")), "45 min at 120.00 an hour");
    assertEquals("90.00", browser.text(By.id("ticket:totalShown")));
    JsonObject stored = Http.object(http.get(DemoUsers.HELPDESK, "tickets/" + no));
    assertEquals("RESOLVED", stored.getString("status"));
    assertEquals(9_000, stored.getJsonObject("charge").getJsonNumber("totalFen").longValue());
    browser.scrollTo(By.id("ticket:responsibility")).screenshot("warranty-ticket-desk");
    browser.phone().open("helpdesk/ticket.xhtml?no=" + no);
    browser.waitForText(By.id("ticket:no"), no);
    browser.scrollTo(By.id("ticket:responsibility")).screenshot("warranty-ticket-phone");
    assertEquals("", browser.overflow(), "the ticket page is no wider than a phone");

    browser.desk().open("desk/index.xhtml");
    browser.follow(By.id("desk-statements"));
    browser.waitFor(By.id("lines:table"));
    assertTrue(browser.text(By.id("lines:table")).contains(no), "this month's hardware repairs");
    assertTrue(browser.text(By.id("lines:table")).contains("¥90.00"));
    browser.screenshot("warranty-statement-desk");

    Path csv = browser.download(By.id("pick:csv"));
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertTrue(text.lines().anyMatch(l -> l.startsWith(no + ",") && l.endsWith(",90.00")), text);

    browser.forgetSession().phone().open("desk/statements.xhtml");
    browser.login(DemoUsers.FINANCE, DemoUsers.FINANCE_PASSWORD);
    browser.waitFor(By.id("lines:table"));
    assertTrue(browser.text(By.id("lines:table")).contains(no), "finance reads the statement");
    assertFalse(browser.has(By.linkText("← 服务台管理")), "no way into the desk pages for finance");
    browser.scrollTo(By.id("lines:table")).screenshot("warranty-statement-phone");
    assertEquals("", browser.overflow(), "the statement is no wider than a phone");

    // The default contract's rules; a rule naming neither an asset type nor a category is refused
    // beside the field.
    int rules = rules();
    browser.forgetSession().desk().open("desk/contracts.xhtml");
    browser.login(DemoUsers.ADMIN, DemoUsers.ADMIN_PASSWORD);
    browser.waitFor(By.id("warranty:rules"));
    assertTrue(browser.text(By.id("warranty:rules")).contains("硬件故障由硬件供应商负责"));
    browser.choose("rule:party", "学校信息中心");
    browser.click(By.id("rule:save"));
    browser.waitForTextContaining(By.id("rule:typeMessage"), "规则须指定");
    assertEquals(rules, rules(), "nothing saved");
    browser.scrollTo(By.id("warrantyHeading")).screenshot("warranty-contract-desk");
  }

  private int rules() throws Exception {
    return Http.object(http.get(DemoUsers.ADMIN, "sla-contracts/DEFAULT"))
        .getJsonArray("responsibilities")
        .size();
  }
}
