package org.yikatong.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

  private static final Instant T0 = Instant.parse("2026-11-22T02:00:00Z");

  private static OutboxMessage mail() {
    return OutboxMessage.pending(
        "ASSIGNED", "GD20261122-1", "tech", Channel.MAIL, "tech@yikatong.example", "工单", "请处理", T0);
  }

  @Test
  @DisplayName("a pending message is due at once and sent once")
  void sentOnce() {
    OutboxMessage m = mail();
    assertTrue(m.isDue(T0));
    m.sent(T0.plusSeconds(5));
    assertEquals(MessageStatus.SENT, m.getStatus());
    assertEquals(1, m.getAttempts());
    assertEquals(T0.plusSeconds(5), m.getSentAt());
    assertFalse(m.isDue(T0.plusSeconds(3600)));
    assertThrows(IllegalStateException.class, () -> m.sent(T0.plusSeconds(6)));
  }

  @Test
  @DisplayName("failures wait 1, 2, 4, 8 minutes, then the message is FAILED with the last error")
  void retriesWithBackoff() {
    OutboxMessage m = mail();
    Instant now = T0;
    for (int minutes : new int[] {1, 2, 4, 8}) {
      m.failed("connection refused", now, RetryPolicy.DEFAULT);
      assertEquals(MessageStatus.PENDING, m.getStatus());
      assertEquals(now.plus(Duration.ofMinutes(minutes)), m.getNextAttemptAt());
      assertFalse(m.isDue(now.plus(Duration.ofMinutes(minutes)).minusSeconds(1)));
      now = m.getNextAttemptAt();
      assertTrue(m.isDue(now));
    }
    m.failed("still refused", now, RetryPolicy.DEFAULT);
    assertEquals(MessageStatus.FAILED, m.getStatus());
    assertEquals(5, m.getAttempts());
    assertEquals("still refused", m.getLastError());
    assertNull(m.getNextAttemptAt());
    assertThrows(IllegalStateException.class, () -> m.failed("x", T0, RetryPolicy.DEFAULT));
  }

  @Test
  @DisplayName("the backoff doubles up to its ceiling")
  void backoffCeiling() {
    RetryPolicy p = new RetryPolicy(10, Duration.ofMinutes(1), Duration.ofMinutes(5));
    assertEquals(Duration.ofMinutes(1), p.waitAfter(1));
    assertEquals(Duration.ofMinutes(4), p.waitAfter(3));
    assertEquals(Duration.ofMinutes(5), p.waitAfter(4));
    assertEquals(Duration.ofMinutes(5), p.waitAfter(9));
  }

  @Test
  @DisplayName("an undeliverable message keeps its reason and is never due")
  void undeliverable() {
    OutboxMessage m =
        OutboxMessage.undeliverable(
            "SLA_BREACH", "GD1", "nobody", Channel.MAIL, "s", "t", "No contact", T0);
    assertEquals(MessageStatus.UNDELIVERABLE, m.getStatus());
    assertEquals("No contact", m.getLastError());
    assertFalse(m.isDue(T0.plusSeconds(3600)));
    assertThrows(
        IllegalArgumentException.class,
        () -> OutboxMessage.pending("K", "R", "x", Channel.SMS, " ", "s", "t", T0));
  }

  @Test
  @DisplayName(
      "one message per preferred channel; a channel without address or no contact at all"
          + " is UNDELIVERABLE with a reason")
  void addressing() {
    NotificationContact tech = new NotificationContact("tech");
    tech.update(
        "刘工",
        "tech@yikatong.example",
        "13800000001",
        "oTech",
        Set.of(Channel.MAIL, Channel.WECHAT));
    List<OutboxMessage> messages =
        Addressing.messages("ASSIGNED", "GD1", "tech", Optional.of(tech), "s", "t", T0);
    assertEquals(2, messages.size());
    assertEquals(Channel.MAIL, messages.get(0).getChannel());
    assertEquals("tech@yikatong.example", messages.get(0).getAddress());
    assertEquals("oTech", messages.get(1).getAddress());
    assertTrue(messages.stream().allMatch(m -> m.getStatus() == MessageStatus.PENDING));

    List<OutboxMessage> unknown =
        Addressing.messages("ASSIGNED", "GD1", "ghost", Optional.empty(), "s", "t", T0);
    assertEquals(1, unknown.size());
    assertEquals(MessageStatus.UNDELIVERABLE, unknown.get(0).getStatus());
    assertTrue(unknown.get(0).getLastError().contains("ghost"));
  }

  @Test
  @DisplayName("a contact refuses malformed addresses and preferred channels without address")
  void contactRules() {
    NotificationContact c = new NotificationContact("20260001");
    assertThrows(
        IllegalArgumentException.class,
        () -> c.update(null, "not-mail", null, null, Set.of(Channel.MAIL)));
    assertThrows(
        IllegalArgumentException.class,
        () -> c.update(null, "a@b.cn", "12ab", null, Set.of(Channel.MAIL)));
    assertThrows(
        IllegalArgumentException.class,
        () -> c.update(null, "a@b.cn", null, null, Set.of(Channel.SMS)));
    assertThrows(
        IllegalArgumentException.class, () -> c.update(null, "a@b.cn", null, null, Set.of()));
    c.update(" 王同学 ", "", "13900000000", null, Set.of(Channel.SMS));
    assertEquals(Set.of(Channel.SMS), c.getChannels());
    assertNull(c.getEmail());
    assertEquals("王同学", c.getDisplayName());
    assertEquals(Optional.of("13900000000"), c.addressFor(Channel.SMS));
  }

  @Test
  @DisplayName("WeChat payload is valid JSON-escaped; SMS is signed and cut to 70 characters")
  void payloads() {
    OutboxMessage m =
        OutboxMessage.pending(
            "SLA_WARNING", "GD1", "tech", Channel.WECHAT, "oTech", "将\"超时\"", "第一行\n第二行", T0);
    String json = ChannelPayloads.wechat(m);
    assertTrue(json.contains("\"touser\":\"oTech\""), json);
    assertTrue(json.contains("将\\\"超时\\\""), json);
    assertTrue(json.contains("第一行\\n第二行"), json);
    OutboxMessage longSms =
        OutboxMessage.pending(
            "SLA_BREACH",
            "GD20261122-1",
            "x",
            Channel.SMS,
            "13800000000",
            "超".repeat(100),
            "t",
            T0);
    String sms = ChannelPayloads.sms(longSms);
    assertTrue(sms.startsWith("【一卡通】GD20261122-1 超"), sms);
    assertEquals(ChannelPayloads.SMS_LENGTH, sms.codePointCount(0, sms.length()));
    assertTrue(sms.endsWith("…"));
  }
}
