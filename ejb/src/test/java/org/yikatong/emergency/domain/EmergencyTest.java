package org.yikatong.emergency.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.ledger.domain.PaymentChannel;

class EmergencyTest {

  private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

  private static Emergency at(Instant faultStartedAt, EmergencyScope scope, String location) {
    return new Emergency(
        "一食堂自助机故障",
        null,
        faultStartedAt,
        NOW,
        "helpdesk",
        scope,
        location,
        scope == EmergencyScope.CHANNEL ? PaymentChannel.WECHAT : null,
        false,
        "自助机暂停服务，请到人工服务点",
        false,
        null);
  }

  @Test
  @DisplayName("the flow started in time when declared at most 30 minutes after the fault")
  void responseTime() {
    assertTrue(
        at(NOW.minus(Duration.ofMinutes(30)), EmergencyScope.ALL_KIOSKS, null).startedInTime());
    Emergency late = at(NOW.minus(Duration.ofMinutes(31)), EmergencyScope.ALL_KIOSKS, null);
    assertFalse(late.startedInTime());
    assertEquals(31, late.responseTime().toMinutes());
    assertEquals(NOW, at(null, EmergencyScope.ALL_KIOSKS, null).getFaultStartedAt());
    assertThrows(
        IllegalArgumentException.class,
        () -> at(NOW.plusSeconds(1), EmergencyScope.ALL_KIOSKS, null));
  }

  @Test
  @DisplayName("a location scope names its location; a channel scope switches nothing offline")
  void scopes() {
    assertThrows(IllegalArgumentException.class, () -> at(NOW, EmergencyScope.LOCATION, " "));
    assertThrows(IllegalArgumentException.class, () -> at(NOW, EmergencyScope.ALL_KIOSKS, "一食堂"));
    assertEquals("LOCATION 一食堂", at(NOW, EmergencyScope.LOCATION, " 一食堂 ").describeScope());
    assertEquals("CHANNEL WECHAT", at(NOW, EmergencyScope.CHANNEL, null).describeScope());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Emergency(
                "t",
                null,
                NOW,
                NOW,
                "h",
                EmergencyScope.CHANNEL,
                null,
                PaymentChannel.WECHAT,
                false,
                "n",
                true,
                null));
  }

  @Test
  @DisplayName("the notice fits a terminal screen; the top-up link is a web address")
  void noticeAndLink() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Emergency(
                "t",
                null,
                NOW,
                NOW,
                "h",
                EmergencyScope.ALL_KIOSKS,
                null,
                null,
                false,
                "字".repeat(301),
                false,
                null));
    Emergency e = at(NOW, EmergencyScope.ALL_KIOSKS, null);
    assertThrows(IllegalArgumentException.class, () -> e.contacts("12345", "ftp://x", null));
    e.contacts("0571-1234", "https://pay.example.edu/top-up", "老人优先");
    assertEquals("https://pay.example.edu/top-up", e.getTopUpUrl());
  }

  @Test
  @DisplayName("updates move the stage; an emergency ends once, and takes no update after")
  void lifecycle() {
    Emergency e = at(NOW, EmergencyScope.ALL_KIOSKS, null);
    assertEquals(Stage.INVESTIGATING, e.stage());
    e.post(Stage.IDENTIFIED, "网络中断已定位", NOW.plusSeconds(60), "helpdesk");
    assertEquals(Stage.IDENTIFIED, e.stage());
    e.end(NOW.plusSeconds(120), "helpdesk");
    assertThrows(IllegalStateException.class, () -> e.end(NOW.plusSeconds(180), "helpdesk"));
    assertThrows(
        IllegalStateException.class,
        () -> e.post(Stage.RESOLVED, "x", NOW.plusSeconds(180), "helpdesk"));
    assertEquals(
        java.util.List.of(TimelineKind.DECLARED, TimelineKind.UPDATE_POSTED, TimelineKind.ENDED),
        e.getTimeline().stream().map(TimelineEvent::getKind).toList());
  }

  @Test
  @DisplayName("a review opens only after the end; its actions complete once")
  void review() {
    Emergency e = at(NOW, EmergencyScope.ALL_KIOSKS, null);
    assertThrows(IllegalStateException.class, () -> new EmergencyReview(e, 0, NOW, "h"));
    e.end(NOW, "h");
    EmergencyReview r = new EmergencyReview(e, 42, NOW, "h");
    r.addAction("更换主板", "tech", LocalDate.of(2026, 3, 9), NOW, "h");
    assertEquals(1, r.openActions());
    r.completeAction(1, NOW, "tech");
    assertEquals(0, r.openActions());
    assertThrows(IllegalStateException.class, () -> r.completeAction(1, NOW, "tech"));
    assertThrows(IllegalArgumentException.class, () -> r.completeAction(2, NOW, "tech"));
  }
}
