package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The helpdesk and the technicians at work in Chromium, in Chinese: a phone report typed into the
 * queue's new-ticket form, dispatched by the duty roster, then accepted and resolved by the
 * technician on a phone-sized screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HelpdeskBrowserIT {

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
  @DisplayName(
      "a phone report entered at the desk, dispatched, and resolved by the technician on a phone")
  void phoneReportToResolution() throws Exception {
    browser.forgetSession().desk().open("helpdesk/tickets.xhtml");
    browser.login(DemoUsers.HELPDESK, DemoUsers.HELPDESK_PASSWORD);
    assertEquals("/yikatong/helpdesk/tickets.xhtml", browser.path());
    assertEquals("工单队列", browser.text(By.tagName("h1")));

    browser.click(By.id("openNewTicket"));
    browser.type(By.id("newTicket:reporterName"), "王老师");
    browser.type(By.id("newTicket:reporterContact"), "13800000000");
    browser.type(By.id("newTicket:terminal_input"), "T0000003");
    browser.press(By.id("newTicket:terminal_input"), Keys.TAB);
    String location = browser.waitForValue(By.id("newTicket:location"));
    assertTrue(!location.isBlank(), "the terminal's place is filled in");
    browser.type(By.id("newTicket:title"), "POS 黑屏");
    browser.type(By.id("newTicket:description"), "二楼清真窗口 POS 无显示，刷卡没有反应");
    browser.screenshot("helpdesk-new-ticket");
    browser.follow(By.id("newTicket:open"));

    assertTrue(browser.path().endsWith("/helpdesk/ticket.xhtml"), browser.path());
    String no = browser.text(By.id("ticket:no"));
    assertTrue(no.startsWith("GD"), no);
    assertEquals("已派单", browser.text(By.id("ticket:status")), "dispatched by the duty roster");
    String technician = browser.text(By.id("ticket:assignee"));
    assertTrue(List.of("tech", "tech2").contains(technician), technician);
    assertTrue(
        browser.has(By.cssSelector("#ticket\\:deadlines .ykt-countdown[data-due]")),
        "the response target counts down");
    browser.screenshot("helpdesk-ticket");

    browser.follow(By.partialLinkText("工单队列"));
    browser.waitFor(By.linkText(no));
    assertTrue(
        browser.has(By.cssSelector("#queue\\:tickets .ykt-countdown[data-due]")),
        "the queue counts down to the ticket's next deadline");
    browser.screenshot("helpdesk-queue");

    browser.forgetSession().phone().open("");
    browser.login(technician, DemoUsers.TECH_PASSWORD);
    assertEquals(
        "/yikatong/tech/tickets.xhtml", browser.path(), "a technician starts on their tickets");
    browser.screenshot("tech-my-tickets");
    browser.follow(By.partialLinkText(no));
    browser.click(By.id("ticket:start"));
    browser.waitForText(By.id("ticket:status"), "处理中");
    browser.type(By.id("ticket:text"), "更换电源适配器，POS 恢复正常");
    browser.click(By.id("ticket:resolve"));
    browser.waitForText(By.id("ticket:status"), "已解决");
    browser.screenshot("tech-ticket-resolved");

    var stored = Http.object(http.get(DemoUsers.HELPDESK, "tickets/" + no));
    assertEquals("RESOLVED", stored.getString("status"));
    assertEquals(technician, stored.getString("assignee"));
    assertEquals("更换电源适配器，POS 恢复正常", stored.getString("resolution"));
  }

  @Test
  @DisplayName(
      "the overview charts the service: open tickets, SLA, faults, complaints, costs, terminals")
  void serviceCharts() throws Exception {
    browser.forgetSession().desk().open("index.xhtml");
    browser.login(DemoUsers.HELPDESK, DemoUsers.HELPDESK_PASSWORD);
    assertEquals("/yikatong/index.xhtml", browser.path());
    browser.waitFor(By.id("service"));
    for (String chart :
        List.of(
            "openByLevel", "compliance", "faultRate", "complaints", "costs", "terminalsOnline")) {
      browser.waitFor(By.cssSelector("#" + chart + " canvas"));
    }
    assertEquals("本年度服务情况", browser.text(By.cssSelector("#service h2")));
    browser.screenshot("dashboard-charts");
  }
}
