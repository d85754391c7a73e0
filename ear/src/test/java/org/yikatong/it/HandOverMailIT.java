package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.ADMIN;
import static org.yikatong.it.DemoUsers.HELPDESK;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A hardware ticket no duty post takes, under a contract whose vendor desk does not stand in for
 * the hardware supplier, reaches the supplier's contact as a mail (into GreenMail, which the test
 * server's mail session points at) with the ticket's number, place and description.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HandOverMailIT {

  @RegisterExtension
  static final GreenMailExtension GREEN_MAIL =
      new GreenMailExtension(
          new ServerSetup(NotificationIT.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  private final Http http = new Http();
  private final String uniq = Long.toString(System.nanoTime(), 36).toUpperCase();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEar();
  }

  @Test
  @DisplayName("the supplier's contact is mailed the ticket handed to it")
  void mailToSupplier() throws Exception {
    String code = "HO" + uniq.substring(Math.max(0, uniq.length() - 8));
    String mail = "ho-" + uniq.toLowerCase() + "@hardware.example.com";
    assertEquals(
        201,
        http.post(
                ADMIN,
                "sla-contracts",
                "{\"code\":\"" + code + "\",\"name\":\"转交测试\",\"calendar\":\"CN\"}")
            .statusCode());
    assertEquals(
        200,
        http.put(
                ADMIN,
                "sla-contracts/" + code + "/warranty",
                "{\"warrantyMonths\":12,\"partsPricePercent\":85,\"labourFenPerHour\":12000,"
                    + "\"deskTakesHardware\":false}")
            .statusCode());
    assertEquals(
        200,
        http.put(
                ADMIN,
                "sla-contracts/" + code + "/parties/HARDWARE_SUPPLIER",
                "{\"organisation\":\"转交硬件公司\",\"contactName\":\"王工\",\"contactEmail\":\""
                    + mail
                    + "\"}")
            .statusCode());
    HttpResponse<String> opened =
        http.post(
            HELPDESK,
            "tickets",
            "{\"channel\":\"PHONE\",\"reporterName\":\"后勤\",\"location\":\"体育馆闸机 "
                + uniq
                + "\",\"category\":\"HARDWARE\",\"title\":\"闸机不开\",\"description\":\"刷卡后闸机无动作 "
                + uniq
                + "\",\"contract\":\""
                + code
                + "\"}");
    assertEquals(201, opened.statusCode(), opened.body());
    JsonObject ticket = Http.object(opened);
    String no = ticket.getString("ticketNo");
    assertEquals("转交硬件公司 (王工)", ticket.getJsonObject("responsibility").getString("handedTo"));

    assertEquals(200, http.post(HELPDESK, "notifications/deliver", null).statusCode());
    assertTrue(GREEN_MAIL.waitForIncomingEmail(10_000, 1), "a mail arrived");
    List<MimeMessage> mine = new ArrayList<>();
    for (MimeMessage m : GREEN_MAIL.getReceivedMessages()) {
      if (m.getSubject() != null && m.getSubject().contains(no)) {
        mine.add(m);
      }
    }
    MimeMessage toSupplier =
        mine.stream()
            .filter(
                m -> {
                  try {
                    return mail.equals(m.getRecipients(Message.RecipientType.TO)[0].toString());
                  } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                  }
                })
            .findFirst()
            .orElseThrow(() -> new AssertionError("no mail to " + mail + " among " + mine.size()));
    // A plain text mail reads as its decoded text; anything else as its raw body.
    String content =
        toSupplier.getContent() instanceof String decoded
            ? decoded
            : GreenMailUtil.getBody(toSupplier);
    assertTrue(content.contains(no), content);
    assertTrue(content.contains("体育馆闸机 " + uniq), content);
    assertTrue(content.contains("刷卡后闸机无动作 " + uniq), content);
  }
}
