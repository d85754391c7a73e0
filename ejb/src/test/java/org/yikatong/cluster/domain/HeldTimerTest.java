package org.yikatong.cluster.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HeldTimerTest {

  private static final Instant NEXT = Instant.parse("2026-03-02T08:01:00.437Z");
  private static final TimerSchedule EVERY_MINUTE = new TimerSchedule("0", "*", "*", "*", "*");

  private final HeldTimer slaWatch =
      new HeldTimer("t-1", "yikatong.yikatong-ejb.SlaWatch", EVERY_MINUTE);

  @Test
  @DisplayName("a row matches this node's timer of the same bean and schedule")
  void sameBeanSameSchedule() {
    assertEquals("SlaWatch", slaWatch.beanName());
    assertTrue(
        slaWatch.isRunHereAs(new LiveTimer("yikatong.yikatong-ejb.SlaWatch", EVERY_MINUTE, NEXT)));
  }

  @Test
  @DisplayName("another bean with the same schedule, or one whose name only ends alike, is not it")
  void otherBean() {
    assertFalse(
        slaWatch.isRunHereAs(
            new LiveTimer("yikatong.yikatong-ejb.MaintenanceWatch", EVERY_MINUTE, NEXT)));
    assertFalse(
        slaWatch.isRunHereAs(
            new LiveTimer("yikatong.yikatong-ejb.OldSlaWatch", EVERY_MINUTE, NEXT)));
  }

  @Test
  @DisplayName("the same bean with another schedule is another timer")
  void otherSchedule() {
    TimerSchedule nightly = new TimerSchedule("0", "15", "3", "*", "*");
    assertFalse(
        slaWatch.isRunHereAs(new LiveTimer("yikatong.yikatong-ejb.SlaWatch", nightly, NEXT)));
  }

  @Test
  @DisplayName("schedules compare by meaning: defaults, case and blanks do not matter")
  void scheduleNormalized() {
    assertEquals(
        new TimerSchedule("0", "0", "0", "*", "*"), new TimerSchedule(null, "", " ", null, null));
    assertEquals(
        new TimerSchedule("0", "30", "0", "Mon-Fri", "*"),
        new TimerSchedule("0", "30", "0", "mon - fri", "*"));
  }

  @Test
  @DisplayName("a row is given back with the next expiration in whole seconds")
  void releaseDate() {
    LiveTimer live = new LiveTimer("yikatong.yikatong-ejb.SlaWatch", EVERY_MINUTE, NEXT);
    assertEquals(Instant.parse("2026-03-02T08:01:00Z"), live.releaseDate());
  }
}
