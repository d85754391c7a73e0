package org.yikatong.notification.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.yikatong.notification.application.NotificationChannel;
import org.yikatong.notification.domain.Channel;
import org.yikatong.notification.domain.DeliveryException;
import org.yikatong.notification.domain.OutboxMessage;

/**
 * Mail through the server's mail session {@code java:jboss/mail/Yikatong} (SMTP host, port and from
 * address are server settings: see docs/operator-guide.md). The message id header carries the
 * outbox id, so a receiving system can spot the rare duplicate after a crash.
 */
@ApplicationScoped
public class MailChannel implements NotificationChannel {

  @Resource(lookup = "java:jboss/mail/Yikatong")
  Session session;

  @Override
  public Channel channel() {
    return Channel.MAIL;
  }

  @Override
  public void send(OutboxMessage m) throws DeliveryException {
    try {
      MimeMessage mail = new MimeMessage(session);
      mail.setFrom(); // the session's mail.from
      mail.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(m.getAddress()));
      mail.setSubject(m.getSubject(), StandardCharsets.UTF_8.name());
      mail.setText(
          m.getText() + "\n\n" + m.getReference() + " (" + m.getKind() + ")",
          StandardCharsets.UTF_8.name());
      mail.setSentDate(new Date());
      mail.setHeader("X-Yikatong-Notification", String.valueOf(m.getId()));
      Transport.send(mail);
    } catch (MessagingException e) {
      throw new DeliveryException("Mail to " + m.getAddress() + " not sent: " + e.getMessage(), e);
    }
  }
}
