package org.yikatong.servicedesk.domain.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.servicedesk.domain.calendar.SlaTarget;
import org.yikatong.servicedesk.domain.calendar.WorkingCalendar;
import org.yikatong.servicedesk.domain.penalty.WarrantyDeposit;

class TicketTest {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.contract(Set.of(), Set.of());
  private static final SlaPolicy POLICY = SlaPolicy.contractDefaults();

  private static Instant at(int day, int hour, int minute) {
    return LocalDateTime.of(2026, 11, day, hour, minute)
        .atZone(ZoneId.of("Asia/Shanghai"))
        .toInstant();
  }

  private static Ticket ticket(Instant now, TicketLevel level) {
    return new Ticket(
        TicketChannel.PHONE,
        "张老师",
        "13800000000",
        null,
        "T0000003",
        "第一食堂",
        TicketCategory.HARDWARE,
        level,
        "刷卡机黑屏",
        "二楼清真窗口的 POS 无显示",
        null,
        1L,
        now,
        "helpdesk");
  }

  @Test
  @DisplayName("levels are suggested from category and scope")
  void suggestedLevel() {
    assertEquals(TicketLevel.LEVEL_1, TicketLevel.suggest(TicketCategory.NETWORK, true));
    assertEquals(TicketLevel.LEVEL_2, TicketLevel.suggest(TicketCategory.HARDWARE, false));
    assertEquals(TicketLevel.LEVEL_3, TicketLevel.suggest(TicketCategory.OPERATOR_ERROR, false));
  }

  @Test
  @DisplayName("the status flow: only allowed steps, closed is final, every step in the history")
  void statusFlow() {
    Ticket t = ticket(at(23, 9, 0), TicketLevel.LEVEL_2);
    assertThrows(IllegalStateException.class, () -> t.confirm(5, null, at(23, 9, 1), "x"));
    assertThrows(IllegalStateException.class, () -> t.start(at(23, 9, 1), "tech"));
    t.assign("tech", "on duty", at(23, 9, 2), "helpdesk", true);
    t.start(at(23, 9, 5), "tech");
    assertThrows(IllegalArgumentException.class, () -> t.resolve(" ", at(23, 9, 6), "tech"));
    t.resolve("换了电源适配器", at(23, 10, 0), "tech");
    assertThrows(IllegalArgumentException.class, () -> t.confirm(6, null, at(23, 10, 1), "r"));
    t.reopen("又黑屏了", at(23, 10, 30), "helpdesk");
    assertNull(t.getResolution());
    t.resolve("换了主板", at(23, 11, 0), "tech");
    t.confirm(4, "好了", at(23, 11, 5), "helpdesk");
    assertEquals(TicketStatus.CLOSED, t.getStatus());
    assertEquals(4, t.getRating().orElseThrow());
    assertTrue(TicketStatus.CLOSED.next().isEmpty());
    assertThrows(IllegalStateException.class, () -> t.reopen("no", at(23, 12, 0), "x"));
    assertThrows(
        IllegalStateException.class, () -> t.comment("COMMENT", "x", at(23, 12, 0), "x", true));
    assertEquals(
        java.util.List.of("CREATED", "STATUS", "STATUS", "STATUS", "STATUS", "STATUS", "STATUS"),
        t.getEvents().stream().map(TicketEvent::getKind).toList(),
        "created, assigned, started, resolved, reopened, resolved, closed");
  }

  @Test
  @DisplayName(
      "deadlines: response in 10 minutes, level 2 resolved in 4 duty hours, paused while waiting")
  void deadlines() {
    Ticket t = ticket(at(23, 22, 0), TicketLevel.LEVEL_2);
    t.scheduleDeadlines(POLICY, CALENDAR);
    assertEquals(at(23, 22, 10), t.responseDue());
    assertEquals(at(24, 10, 0), t.resolutionDue(), "2 h tonight, 2 h from 8:00");
    assertNull(t.getRespondedAt());
    t.assign("tech", "on duty", at(23, 22, 5), "helpdesk", true);
    assertEquals(at(23, 22, 5), t.getRespondedAt());
    t.waitForReporter("哪个窗口?", at(23, 23, 0), "tech");
    t.scheduleDeadlines(POLICY, CALENDAR);
    assertNull(t.resolutionDue(), "the clock stands while waiting for the reporter");
    assertFalse(TicketStatus.WAITING_FOR_REPORTER.clockRuns());
    t.reporterAnswered("二楼", at(24, 9, 0), "reporter");
    t.scheduleDeadlines(POLICY, CALENDAR);
    // 1 h counted before the pause (22–23), 3 h from 9:00 once answered.
    assertEquals(at(24, 12, 0), t.resolutionDue());
  }

  @Test
  @DisplayName("a level 1 ticket is due within 2 duty hours")
  void levelOne() {
    Ticket t = ticket(at(23, 9, 0), TicketLevel.LEVEL_1);
    t.scheduleDeadlines(POLICY, CALENDAR);
    assertEquals(at(23, 11, 0), t.resolutionDue());
    t.setLevel(TicketLevel.LEVEL_3, at(23, 9, 1), "helpdesk");
    t.scheduleDeadlines(POLICY, CALENDAR);
    assertEquals(at(24, 17, 0), t.resolutionDue(), "24 duty hours: 15 today, 9 from 8:00");
  }

  @Test
  @DisplayName(
      "an emergency: on site in 1 h, contingency plan in 1 working day, fix plan in 3, over a"
          + " weekend and a holiday")
  void emergencyTargets() {
    // Friday 2 October 2026 is a National Day holiday; Saturday 10 October is worked (调休).
    WorkingCalendar holidays =
        WorkingCalendar.contract(
            Set.of(
                java.time.LocalDate.of(2026, 10, 1),
                java.time.LocalDate.of(2026, 10, 2),
                java.time.LocalDate.of(2026, 10, 5),
                java.time.LocalDate.of(2026, 10, 6),
                java.time.LocalDate.of(2026, 10, 7)),
            Set.of(java.time.LocalDate.of(2026, 10, 10)));
    Instant opened =
        LocalDateTime.of(2026, 9, 30, 15, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    Ticket t = ticket(opened, TicketLevel.LEVEL_1);
    t.scheduleDeadlines(POLICY, holidays);
    assertEquals(opened.plusSeconds(3600), t.due(SlaEvent.Target.ON_SITE));
    assertEquals(opened.plusSeconds(7200), t.due(SlaEvent.Target.RESOLUTION));
    // One working day (16 duty hours of working time): 9 h on Wednesday 30 Sep, then 7 h from
    // 8:00 on Thursday 8 October, the first working day after the holiday.
    assertEquals(
        LocalDateTime.of(2026, 10, 8, 15, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
        t.due(SlaEvent.Target.PLAN));
    // Three: 8 Oct 15:00 -> 9 Oct 15:00 -> Saturday 10 Oct 15:00 (a make-up working day).
    assertEquals(
        LocalDateTime.of(2026, 10, 10, 15, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
        t.due(SlaEvent.Target.FIX_PLAN));
    assertNull(t.metAt(SlaEvent.Target.ON_SITE));
    t.assign("tech", "roster", opened.plusSeconds(60), "system", false);
    assertNull(t.getRespondedAt(), "an automatic assignment is no response");
    t.arriveOnSite("到场", opened.plusSeconds(3000), "tech");
    assertEquals(opened.plusSeconds(3000), t.getRespondedAt(), "arriving is a response");
    assertThrows(
        IllegalStateException.class, () -> t.arriveOnSite(null, opened.plusSeconds(3100), "t"));
    t.handOverPlan(SlaEvent.Target.PLAN, "启用备用服务器", opened.plusSeconds(5000), "tech");
    assertThrows(
        IllegalArgumentException.class,
        () -> t.handOverPlan(SlaEvent.Target.RESOLUTION, "x", opened, "tech"));
    t.resolve("修复", opened.plusSeconds(9000), "tech");
    assertEquals(opened.plusSeconds(5000), t.metAt(SlaEvent.Target.PLAN));
    assertEquals(
        opened.plusSeconds(9000), t.metAt(SlaEvent.Target.FIX_PLAN), "the fix meets the fix plan");
    assertThrows(
        IllegalStateException.class,
        () -> t.handOverPlan(SlaEvent.Target.FIX_PLAN, "x", opened.plusSeconds(9100), "tech"));
  }

  @Test
  @DisplayName("escalation goes up one step at a time and never down")
  void escalation() {
    Ticket t = ticket(at(23, 9, 0), TicketLevel.LEVEL_2);
    assertTrue(t.escalate(1, "lead", "warning", at(23, 9, 5), "system"));
    assertFalse(t.escalate(1, "lead", "again", at(23, 9, 6), "system"));
    assertTrue(t.escalate(2, "manager", "breach", at(23, 9, 10), "system"));
    assertFalse(t.escalate(1, "lead", "late warning", at(23, 9, 11), "system"));
    assertEquals("manager", t.getEscalatedTo());
    assertEquals(2, t.getEvents().stream().filter(e -> e.getKind().equals("ESCALATION")).count());
  }

  @Test
  @DisplayName("a policy needs a response and a resolution target for every level")
  void policyShape() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new SlaPolicy(
                "bad",
                java.util.Map.of(
                    TicketLevel.LEVEL_1,
                    java.util.Map.of(
                        SlaEvent.Target.RESPONSE,
                        SlaPolicy.Rule.duty(
                            SlaTarget.minutes(10), java.time.Duration.ofMinutes(5))))));
    assertTrue(POLICY.rule(TicketLevel.LEVEL_3, SlaEvent.Target.ON_SITE).isEmpty());
    assertEquals(
        SlaTarget.workingDays(3),
        POLICY.rule(TicketLevel.LEVEL_1, SlaEvent.Target.FIX_PLAN).orElseThrow().target());
  }

  @Test
  @DisplayName(
      "an SLA deadline calls for nothing, then a warning within the lead time, then a breach")
  void slaEvents() {
    Instant due = at(23, 12, 0);
    java.time.Duration lead = java.time.Duration.ofMinutes(30);
    assertEquals(java.util.Optional.empty(), SlaEvent.due(due, lead, at(23, 11, 29)));
    assertEquals(
        java.util.Optional.of(SlaEvent.Kind.WARNING), SlaEvent.due(due, lead, at(23, 11, 30)));
    assertEquals(java.util.Optional.of(SlaEvent.Kind.BREACH), SlaEvent.due(due, lead, due));
    assertEquals(java.util.Optional.empty(), SlaEvent.due(null, lead, due), "the clock stands");
  }

  @Test
  @DisplayName("penalties come out of the warranty deposit until it is used up, never below zero")
  void deposit() {
    WarrantyDeposit deposit = new WarrantyDeposit(org.yikatong.kernel.domain.Money.ofFen(70_000));
    assertEquals(50_000, deposit.deduct(org.yikatong.kernel.domain.Money.ofFen(50_000)).fen());
    assertEquals(20_000, deposit.deduct(org.yikatong.kernel.domain.Money.ofFen(50_000)).fen());
    assertEquals(0, deposit.deduct(org.yikatong.kernel.domain.Money.ofFen(50_000)).fen());
    assertEquals(0, deposit.getBalance().fen());
  }
}
