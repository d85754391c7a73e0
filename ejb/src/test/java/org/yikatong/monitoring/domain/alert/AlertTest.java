package org.yikatong.monitoring.domain.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.kernel.domain.RequestRefusedException;

class AlertTest {

  private static final Instant T0 = Instant.parse("2026-12-01T04:00:00Z");

  private static AlertRule rule(int raiseHold, int clearHold) {
    return new AlertRule(
        new RuleSettings(
            "失败率",
            RuleKind.PAYMENT_FAILURE_RATE,
            RuleScope.TERMINAL,
            null,
            10,
            500,
            200,
            20,
            raiseHold,
            clearHold,
            "LEVEL_2",
            "helpdesk",
            true),
        "admin",
        T0);
  }

  /** An observation of a failure rate in basis points over 100 attempts. */
  private static Observation rate(AlertRule rule, long bp) {
    return new Observation(
        "T0000001",
        bp,
        100,
        bp > rule.getRaiseThreshold(),
        bp <= rule.getClearThreshold(),
        List.of("T0000001"),
        bp + " bp");
  }

  private static Instant at(int minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  @Test
  @DisplayName("an alert is raised only once its condition held for the raise hold")
  void raiseHold() {
    AlertRule rule = rule(2, 5);
    Alert alert = new Alert(rule, rate(rule, 800), at(0));
    assertEquals(Alert.Step.NONE, alert.evaluate(rate(rule, 800), at(0)));
    assertEquals(AlertState.PENDING, alert.getState());
    assertEquals(Alert.Step.NONE, alert.evaluate(rate(rule, 900), at(1)));
    assertEquals(Alert.Step.RAISED, alert.evaluate(rate(rule, 900), at(2)));
    assertEquals(AlertState.RAISED, alert.getState());
    assertEquals(at(2), alert.getRaisedAt());
  }

  @Test
  @DisplayName("a pending alert whose condition goes away is dropped, never raised")
  void pendingDiscarded() {
    AlertRule rule = rule(2, 5);
    Alert alert = new Alert(rule, rate(rule, 800), at(0));
    assertEquals(Alert.Step.DISCARDED, alert.evaluate(rate(rule, 300), at(1)));
    assertNull(alert.getRaisedAt());
  }

  @Test
  @DisplayName("between the thresholds a raised alert stays raised; it clears after the clear hold")
  void hysteresis() {
    AlertRule rule = rule(0, 5);
    Alert alert = new Alert(rule, rate(rule, 800), at(0));
    assertEquals(Alert.Step.RAISED, alert.evaluate(rate(rule, 800), at(0)));
    // 3 % is below the raise threshold but above the clear one: no flapping.
    assertEquals(Alert.Step.NONE, alert.evaluate(rate(rule, 300), at(1)));
    assertNull(alert.getClearingSince());
    // Cleared at minute 2, back above the clear threshold at minute 4: the hold starts again.
    assertEquals(Alert.Step.NONE, alert.evaluate(rate(rule, 100), at(2)));
    assertEquals(at(2), alert.getClearingSince());
    assertEquals(Alert.Step.NONE, alert.evaluate(rate(rule, 300), at(4)));
    assertNull(alert.getClearingSince());
    assertEquals(Alert.Step.NONE, alert.evaluate(rate(rule, 100), at(5)));
    assertEquals(Alert.Step.NONE, alert.evaluate(null, at(9)));
    assertEquals(Alert.Step.CLEARED, alert.evaluate(null, at(10)));
    assertEquals(AlertState.CLEARED, alert.getState());
    assertFalse(alert.isOpen());
    assertTrue(alert.getEvents().stream().anyMatch(e -> e.getKind().equals("CLEARED")));
  }

  @Test
  @DisplayName("rule settings that cannot work are refused with every problem named")
  void impossibleRule() {
    RuleSettings bad =
        new RuleSettings(
            "",
            RuleKind.PAYMENT_FAILURE_RATE,
            RuleScope.CHANNEL,
            null,
            0,
            10_000,
            12_000,
            0,
            -1,
            0,
            "LEVEL_9",
            null,
            true);
    RequestRefusedException refused =
        assertThrows(RequestRefusedException.class, () -> new AlertRule(bad, "admin", T0));
    assertEquals(8, refused.details().size(), refused.details().toString());
    assertTrue(refused.getMessage().contains("clearThreshold"));
  }

  @Test
  @DisplayName("a maintenance window covers the alerts of its subject and rule while in force")
  void maintenanceCovers() {
    AlertRule rule = rule(0, 0);
    Alert alert = new Alert(rule, rate(rule, 800), at(0));
    AlertSilence window =
        AlertSilence.maintenance(null, "第一食堂", at(0), at(30), "更换读卡器", "helpdesk", at(0));
    assertTrue(window.covers(alert, List.of("T0000001", "第一食堂"), at(10)));
    assertFalse(window.covers(alert, List.of("T0000009", "第二食堂"), at(10)));
    assertFalse(window.covers(alert, List.of("第一食堂"), at(30)));
    assertTrue(window.expiredAt(at(30)));
    assertThrows(
        RequestRefusedException.class,
        () -> AlertSilence.maintenance(null, null, at(10), at(5), "x", "helpdesk", at(0)));
  }
}
