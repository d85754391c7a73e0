package org.yikatong.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OpenLoopPlanTest {

  private static final List<String> CARDS = List.of("6288000000000000013", "6288000000000000021");

  private static List<OpenLoopPlan.Payment> all(OpenLoopPlan plan) {
    List<OpenLoopPlan.Payment> payments = new ArrayList<>();
    while (plan.hasNext()) {
      payments.add(plan.next());
    }
    return payments;
  }

  @Test
  @DisplayName(
      "rate x (warm-up + duration) payments, evenly spaced, the first rate x warm-up not measured")
  void spacing() {
    OpenLoopPlan plan = new OpenLoopPlan(3, 2, 4, 2, CARDS, 10, 1);
    List<OpenLoopPlan.Payment> payments = all(plan);
    assertEquals(18, payments.size());
    assertEquals(0, payments.get(0).offsetNanos());
    assertEquals(333_333_333, payments.get(1).offsetNanos());
    assertEquals(666_666_666, payments.get(2).offsetNanos());
    assertEquals(1_000_000_000, payments.get(3).offsetNanos());
    assertEquals(2_000_000_000L, plan.measuredFromNanos());
    assertEquals(6_000_000_000L, plan.measuredToNanos());
    for (OpenLoopPlan.Payment p : payments) {
      assertEquals(p.offsetNanos() >= plan.measuredFromNanos(), p.measured(), "payment " + p);
      assertEquals(p.index() % 2, p.terminal());
      assertTrue(CARDS.contains(p.card()));
      assertTrue(p.amountFen() >= 1 && p.amountFen() <= 10);
    }
    assertEquals(12, payments.stream().filter(OpenLoopPlan.Payment::measured).count());
    assertFalse(plan.hasNext());
  }

  @Test
  @DisplayName("the same seed draws the same cards and amounts")
  void seeded() {
    assertEquals(
        all(new OpenLoopPlan(50, 0, 2, 3, CARDS, 500, 99)),
        all(new OpenLoopPlan(50, 0, 2, 3, CARDS, 500, 99)));
  }
}
