package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
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

/**
 * Every page of the helpdesk, the technicians and the finance office fits a 360-pixel-wide phone:
 * nothing makes the page scroll sideways. Each page is saved as a screenshot, to be looked at.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneWidthBrowserIT {

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
  @DisplayName("the technician's pages fit a phone")
  void technicianPages() throws Exception {
    String no = ticket();
    HttpResponse<String> assigned =
        http.post(
            DemoUsers.HELPDESK,
            "tickets/" + no + "/assign",
            "{\"technician\":\"" + DemoUsers.TECH + "\"}");
    assertEquals(200, assigned.statusCode(), assigned.body());
    browser.forgetSession().phone().open("");
    browser.login(DemoUsers.TECH, DemoUsers.TECH_PASSWORD);
    fits(List.of("tech/tickets.xhtml", "tech/ticket.xhtml?no=" + no, "tech/rounds.xhtml"));
  }

  @Test
  @DisplayName("the helpdesk's pages fit a phone, even where a menu lists a long name")
  void helpdeskPages() throws Exception {
    String no = ticket();
    // A technician whose name is longer than a phone is wide: the menus that list technicians
    // must stay within the page.
    String username = LedgerDriver.unique("longname").toLowerCase();
    HttpResponse<String> user =
        http.post(
            DemoUsers.ADMIN,
            "users",
            jakarta.json.Json.createObjectBuilder()
                .add("username", username)
                .add("displayName", "信息化建设与管理处运维保障中心夜间值守工程师")
                .add("roles", jakarta.json.Json.createArrayBuilder().add("technician"))
                .build()
                .toString());
    assertEquals(201, user.statusCode(), user.body());
    browser.forgetSession().phone().open("");
    browser.login(DemoUsers.HELPDESK, DemoUsers.HELPDESK_PASSWORD);
    fits(
        List.of(
            "helpdesk/tickets.xhtml",
            "helpdesk/ticket.xhtml?no=" + no,
            "helpdesk/roster.xhtml",
            "counter/holders.xhtml",
            "desk/index.xhtml",
            "desk/requests.xhtml",
            "desk/contracts.xhtml",
            "desk/penalties.xhtml",
            "desk/inspections.xhtml",
            "desk/parts.xhtml",
            "desk/knowledge.xhtml",
            "desk/surveys.xhtml",
            "desk/complaints.xhtml",
            "desk/training.xhtml",
            "index.xhtml"));
  }

  @Test
  @DisplayName("the finance office's pages fit a phone")
  void financePages() {
    browser.forgetSession().phone().open("");
    browser.login(DemoUsers.FINANCE, DemoUsers.FINANCE_PASSWORD);
    fits(
        List.of(
            "finance/index.xhtml",
            "finance/reconciliation.xhtml",
            "finance/settlement.xhtml",
            "finance/adjustments.xhtml",
            "finance/subsidies.xhtml",
            "finance/journal.xhtml",
            "finance/reports.xhtml",
            "finance/accounts.xhtml"));
  }

  private void fits(List<String> pages) {
    List<String> wide = new java.util.ArrayList<>();
    for (String page : pages) {
      browser.open(page);
      browser.waitFor(By.cssSelector("main.ykt-main"));
      browser.snapshot("phone-" + page.replaceAll("\\.xhtml.*", "").replaceAll("[^a-z]+", "-"));
      String overflow = browser.overflow();
      if (!overflow.isEmpty()) {
        wide.add(page + " " + overflow);
      }
    }
    assertEquals(List.of(), wide, "pages wider than a phone");
  }

  private String ticket() throws Exception {
    HttpResponse<String> opened =
        http.post(
            DemoUsers.HELPDESK,
            "tickets",
            "{\"channel\":\"PHONE\",\"reporterName\":\"手机测试\",\"reporterContact\":\"13600000000\","
                + "\"terminalId\":\"T0000003\",\"category\":\"HARDWARE\",\"campusWide\":false,"
                + "\"title\":\"POS 无法联网\",\"description\":\"二食堂 POS 显示网络错误\"}");
    assertEquals(201, opened.statusCode(), opened.body());
    return Http.object(opened).getString("ticketNo");
  }
}
