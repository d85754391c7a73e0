package org.yikatong.servicedesk.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeadlineTest {

  private static final Instant DUE = Instant.parse("2026-11-23T04:00:00Z");
  private static final Deadline DEADLINE = Deadline.withLead(DUE, Duration.ofMinutes(30));

  @Test
  @DisplayName(
      "an unmet deadline: nothing before the warning time, a warning from it, missed from the deadline on")
  void unmet() {
    Instant early = DUE.minus(Duration.ofMinutes(31));
    Instant near = DUE.minus(Duration.ofMinutes(30));
    assertFalse(DEADLINE.warningDue(null, early));
    assertFalse(DEADLINE.missed(null, early));
    assertTrue(DEADLINE.warningDue(null, near));
    assertFalse(DEADLINE.missed(null, DUE.minusMillis(1)));
    assertTrue(DEADLINE.missed(null, DUE));
    assertTrue(DEADLINE.warningDue(null, DUE), "a missed deadline is warned of too");
  }

  @Test
  @DisplayName("a step taken in time is never warned of or missed; one taken late is both")
  void met() {
    Instant later = DUE.plus(Duration.ofDays(3));
    assertFalse(DEADLINE.warningDue(DUE, later), "met exactly at the deadline");
    assertFalse(DEADLINE.missed(DUE, later));
    Instant late = DUE.plusSeconds(1);
    assertTrue(DEADLINE.missed(late, later));
    assertTrue(DEADLINE.warningDue(late, later));
  }

  @Test
  @DisplayName("a warning time after the deadline is refused")
  void warningBeforeDeadline() {
    assertThrows(IllegalArgumentException.class, () -> new Deadline(DUE, DUE.plusSeconds(1)));
    assertEquals(DUE, new Deadline(DUE, DUE).warnFrom(), "a warning at the deadline itself");
  }
}
