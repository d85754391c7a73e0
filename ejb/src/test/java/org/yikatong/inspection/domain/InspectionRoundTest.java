package org.yikatong.inspection.domain;

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
import org.yikatong.servicedesk.domain.ticket.TicketCategory;
import org.yikatong.terminal.domain.TerminalType;

/** A round's life: planned with its checklist, begun, completed whole, or missed. */
class InspectionRoundTest {

  private static final Instant PLANNED = Instant.parse("2026-11-23T02:00:00Z"); // 10:00 Shanghai

  private final InspectionTemplate template =
      new InspectionTemplate(
          "圈存机巡查",
          InspectionKind.PATROL,
          TerminalType.KIOSK,
          null,
          List.of(
              new ChecklistItem("屏幕与触摸正常", TicketCategory.HARDWARE),
              new ChecklistItem("网络连接正常", TicketCategory.NETWORK),
              new ChecklistItem("圈存交易成功", TicketCategory.SOFTWARE)),
          PLANNED,
          "helpdesk");

  private final InspectionSchedule schedule =
      new InspectionSchedule(template, Recurrence.everyHours(2), null, "tech", PLANNED, "helpdesk");

  private static ItemResult ok(int no) {
    return new ItemResult(no, ItemOutcome.OK, null, null);
  }

  @Test
  @DisplayName("planned with the template's checklist, due one interval later by default")
  void planned() {
    InspectionRound round = schedule.plan(PLANNED);
    assertEquals(RoundStatus.PLANNED, round.getStatus());
    assertEquals(PLANNED.plus(Duration.ofHours(2)), round.getDueAt());
    assertEquals("tech", round.getAssignee());
    assertEquals(
        List.of(1, 2, 3), round.getItems().stream().map(InspectionRoundItem::getItemNo).toList());
    assertEquals(TicketCategory.NETWORK, round.getItems().get(1).getCategory());
    InspectionSchedule graced =
        new InspectionSchedule(template, Recurrence.everyHours(2), 30, "tech", PLANNED, "helpdesk");
    assertEquals(PLANNED.plus(Duration.ofMinutes(30)), graced.plan(PLANNED).getDueAt());
  }

  @Test
  @DisplayName("completing needs a result for every item, once each, and a note for a failure")
  void completeWhole() {
    InspectionRound round = schedule.plan(PLANNED);
    round.start(PLANNED, "tech");
    Instant now = PLANNED.plusSeconds(600);
    assertThrows(
        IllegalArgumentException.class, () -> round.complete(List.of(ok(1), ok(2)), now, "tech"));
    assertThrows(
        IllegalArgumentException.class,
        () -> round.complete(List.of(ok(1), ok(2), ok(2), ok(3)), now, "tech"));
    assertThrows(
        IllegalArgumentException.class,
        () -> round.complete(List.of(ok(1), ok(2), ok(4)), now, "tech"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            round.complete(
                List.of(ok(1), new ItemResult(2, ItemOutcome.FAILED, " ", null), ok(3)),
                now,
                "tech"));
    assertEquals(RoundStatus.IN_PROGRESS, round.getStatus(), "a refused result changes nothing");
    assertNull(round.getItems().get(0).getOutcome());

    List<InspectionRoundItem> failed =
        round.complete(
            List.of(ok(3), new ItemResult(2, ItemOutcome.FAILED, "网线松动", "K0000001"), ok(1)),
            now,
            "tech");
    assertEquals(RoundStatus.COMPLETED, round.getStatus());
    assertEquals(1, failed.size());
    assertEquals(2, failed.get(0).getItemNo());
    assertEquals("K0000001", failed.get(0).getTerminalCode());
    assertEquals(now, round.getCompletedAt());
    assertThrows(IllegalStateException.class, () -> round.start(now, "tech"));
    assertThrows(
        IllegalStateException.class,
        () -> round.complete(List.of(ok(1), ok(2), ok(3)), now, "tech"));
  }

  @Test
  @DisplayName("a round nobody began is missed after its due time; a begun one is only overdue")
  void missedAndOverdue() {
    InspectionRound idle = schedule.plan(PLANNED);
    Instant due = idle.getDueAt();
    assertThrows(
        IllegalStateException.class,
        () -> idle.start(due.plusSeconds(1), "tech"),
        "due and never begun: missed, even before the planner marks it");
    assertThrows(
        IllegalStateException.class,
        () -> idle.complete(List.of(ok(1), ok(2), ok(3)), due.plusSeconds(1), "tech"));
    assertEquals(RoundStatus.PLANNED, idle.getStatus());
    assertFalse(idle.markMissedIfOverdue(due), "due at, not yet past");
    assertFalse(idle.isOverdue(due));
    assertTrue(idle.markMissedIfOverdue(due.plusSeconds(1)));
    assertEquals(RoundStatus.MISSED, idle.getStatus());
    assertTrue(idle.isOverdue(due.plusSeconds(1)));
    assertThrows(IllegalStateException.class, () -> idle.start(due.plusSeconds(2), "tech"));

    InspectionRound begun = schedule.plan(PLANNED);
    begun.start(PLANNED, "tech");
    assertFalse(begun.markMissedIfOverdue(due.plusSeconds(1)));
    assertTrue(begun.isOverdue(due.plusSeconds(1)));
    begun.complete(List.of(ok(1), ok(2), ok(3)), due.plusSeconds(60), "tech"); // late, allowed
    assertFalse(begun.isOverdue(due.plusSeconds(120)), "completed late, no longer overdue");
  }

  @Test
  @DisplayName("a template targets a terminal type or an area and has 1–50 items")
  void templateRules() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new InspectionTemplate(
                "x",
                InspectionKind.FULL,
                null,
                " ",
                List.of(new ChecklistItem("a", TicketCategory.HARDWARE)),
                PLANNED,
                "helpdesk"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new InspectionTemplate(
                "x", InspectionKind.FULL, null, "机房", List.of(), PLANNED, "helpdesk"));
    assertEquals("全部KIOSK终端", template.targetDescription());
  }

  @Test
  @DisplayName(
      "an overdue round is to be notified once: missed, or begun and not completed in time")
  void overdueNoticeOnce() {
    Instant due = PLANNED.plus(Duration.ofHours(2));
    InspectionRound missed = schedule.plan(PLANNED);
    assertFalse(missed.overdueNoticeDue(due), "at the due time it is not overdue yet");
    Instant late = due.plusSeconds(1);
    assertTrue(missed.markMissedIfOverdue(late));
    assertTrue(missed.overdueNoticeDue(late));
    assertEquals(late, missed.getOverdueNotifiedAt());
    assertFalse(missed.overdueNoticeDue(late.plusSeconds(300)), "told once");

    InspectionRound begun = schedule.plan(PLANNED);
    begun.start(PLANNED.plusSeconds(60), "tech");
    assertTrue(begun.overdueNoticeDue(late), "begun but not completed by its due time");
    assertFalse(begun.overdueNoticeDue(late.plusSeconds(300)));

    InspectionRound done = schedule.plan(PLANNED);
    done.complete(List.of(ok(1), ok(2), ok(3)), PLANNED.plusSeconds(600), "tech");
    assertFalse(done.overdueNoticeDue(late), "completed in time: never overdue");
    assertNull(done.getOverdueNotifiedAt());
  }
}
