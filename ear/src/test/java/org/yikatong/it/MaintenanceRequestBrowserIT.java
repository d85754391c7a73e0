package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
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
 * A maintenance request in Chromium, in Chinese: written from a ticket, taken through every step of
 * its form flow from review to archive, and printed as a PDF.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MaintenanceRequestBrowserIT {

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
  @DisplayName("a request written from a ticket goes from review to archive and prints as a PDF")
  void formFlowFromTicketToArchive() throws Exception {
    String title = "充值机增加支付宝 " + LedgerDriver.unique("M");
    HttpResponse<String> opened =
        http.post(
            DemoUsers.HELPDESK,
            "tickets",
            "{\"channel\":\"PHONE\",\"reporterName\":\"李老师\",\"reporterContact\":\"13700000000\","
                + "\"category\":\"SOFTWARE\",\"campusWide\":false,\"title\":\""
                + title
                + "\",\"description\":\"图书馆充值机希望支持支付宝\"}");
    assertEquals(201, opened.statusCode(), opened.body());
    String ticketNo = Http.object(opened).getString("ticketNo");

    browser.forgetSession().desk().open("helpdesk/ticket.xhtml?no=" + ticketNo);
    browser.login(DemoUsers.HELPDESK, DemoUsers.HELPDESK_PASSWORD);
    browser.follow(By.id("maintenance"));
    assertEquals(
        ticketNo, browser.waitForValue(By.id("form:ticketNo")), "filled in from the ticket");
    assertEquals(title, browser.waitForValue(By.id("form:title")));
    browser.choose("form:newKind", "完善性维护");

    browser.click(By.id("form:submit"));
    assertEquals("必填。", browser.text(By.cssSelector("#formDialog .ui-message-error")));
    assertEquals(0, requestsOf(ticketNo), "a request without its unit is not saved");

    browser.type(By.id("form:unit"), "图书馆");
    browser.follow(By.id("form:submit"));
    assertTrue(browser.path().endsWith("/desk/request.xhtml"), browser.path());
    String no = browser.text(By.id("request:no"));
    assertTrue(no.startsWith("WX"), no);
    assertEquals("已提交", browser.text(By.id("request:status")));
    assertTrue(
        browser.has(By.cssSelector("#request\\:deadlines .ykt-countdown[data-due]")),
        "the contract's deadlines of a custom request count down");
    browser.screenshot("desk-maintenance-request");

    browser.click(By.id("request:step"));
    browser.waitFor(By.cssSelector(".ui-message-error"));
    assertEquals("SUBMITTED", status(no), "a review needs its opinion");

    step("同意受理，下周与厂家确认接口", "已审核");
    step("厂家提供支付宝收款模块，周三上线", "方案已确定");
    step("", "方案已确定"); // the work starts; the status stays until it is done
    step("已部署并测试", "已实施");
    step("现场充值 0.01 元成功", "已验证");
    step("李老师确认可用", "用户已确认");
    step("", "已归档");

    JsonObject stored = Http.object(http.get(DemoUsers.HELPDESK, "maintenance-requests/" + no));
    assertEquals("ARCHIVED", stored.getString("status"));
    assertEquals("同意受理，下周与厂家确认接口", stored.getString("handlingOpinion"));
    assertEquals("李老师", stored.getString("confirmedBy"), "the requester, by default");
    assertEquals(ticketNo, stored.getString("ticketNo"));

    browser.follow(By.partialLinkText("← 维护申请"));
    browser.waitFor(By.linkText(no)); // listed, with the ticket it was written from
    browser.waitFor(By.linkText(ticketNo));
    browser.follow(By.linkText(no));

    Path pdf = browser.download(By.id("request:pdf"));
    byte[] bytes = Files.readAllBytes(pdf);
    assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    assertTrue(pdf.getFileName().toString().startsWith(no), pdf.toString());
  }

  private void step(String text, String statusAfter) {
    By latest = By.cssSelector("#history li:first-child");
    String before = browser.text(latest);
    if (!text.isEmpty()) {
      browser.type(By.id("request:text"), text);
    }
    browser.click(By.id("request:step"));
    browser.waitForTextOtherThan(latest, before); // the history has the step
    browser.waitForText(By.id("request:status"), statusAfter);
  }

  private long requestsOf(String ticketNo) throws Exception {
    return Http.array(http.get(DemoUsers.HELPDESK, "maintenance-requests")).stream()
        .map(JsonObject.class::cast)
        .filter(r -> ticketNo.equals(r.getString("ticketNo", null)))
        .count();
  }

  private String status(String no) throws Exception {
    return Http.object(http.get(DemoUsers.HELPDESK, "maintenance-requests/" + no))
        .getString("status");
  }
}
