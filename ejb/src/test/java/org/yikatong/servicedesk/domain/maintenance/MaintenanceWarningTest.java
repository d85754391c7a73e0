package org.yikatong.servicedesk.domain.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.servicedesk.domain.calendar.WorkingCalendar;

/** The warnings before the contract deadlines of custom change requests. */
class MaintenanceWarningTest {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.contract(Set.of(), Set.of());

  /** November 2026: the 20th is a Friday; duty 8:00–24:00 on working days. */
  private static Instant at(int month, int day, int hour, int minute) {
    return LocalDateTime.of(2026, month, day, hour, minute)
        .atZone(ZoneId.of("Asia/Shanghai"))
        .toInstant();
  }

  private static MaintenanceRequest request(MaintenanceKind kind, String holderNo, Instant now) {
    MaintenanceRequest r =
        new MaintenanceRequest(
            kind,
            "计算机学院",
            "张同学",
            null,
            holderNo,
            null,
            null,
            "一卡通App增加消费提醒",
            "希望单笔消费超过设定金额时推送提醒",
            now,
            holderNo == null ? "helpdesk" : holderNo);
    r.scheduleDeadlines(CALENDAR);
    return r;
  }

  private static MaintenanceRequest friday() {
    return request(MaintenanceKind.PERFECTIVE, null, at(11, 20, 10, 0));
  }

  @Test
  @DisplayName(
      "warnings come 4 duty hours before understanding and answering, a day before the start")
  void warningTimes() {
    MaintenanceRequest r = friday();
    // Understood by Tuesday 10:00: 4 duty hours earlier is Monday 22:00 (Tue 8–10, Mon 22–24).
    assertEquals(at(11, 24, 10, 0), r.due(MaintenanceDeadline.UNDERSTAND));
    assertEquals(at(11, 23, 22, 0), r.warnFrom(MaintenanceDeadline.UNDERSTAND));
    // Answered by next Friday 10:00: warned from Thursday 22:00.
    assertEquals(at(11, 26, 22, 0), r.warnFrom(MaintenanceDeadline.ANSWER));
    assertNull(r.warnFrom(MaintenanceDeadline.START), "no start deadline before the plan");

    r.review("同意", at(11, 23, 9, 0), "tech");
    r.agreePlan("方案", null, at(11, 25, 15, 0), "tech");
    r.scheduleDeadlines(CALENDAR);
    assertEquals(at(12, 2, 15, 0), r.due(MaintenanceDeadline.START));
    assertEquals(at(12, 1, 15, 0), r.warnFrom(MaintenanceDeadline.START), "a day, round the clock");

    MaintenanceRequest corrective = request(MaintenanceKind.CORRECTIVE, null, at(11, 20, 10, 0));
    assertNull(corrective.warnFrom(MaintenanceDeadline.UNDERSTAND));
    assertTrue(corrective.warningsDue(at(12, 31, 0, 0)).isEmpty(), "faults: the tickets' SLA");
  }

  @Test
  @DisplayName("a warning is due from its time on while the deadline is unmet, and recorded once")
  void recordedOnce() {
    MaintenanceRequest r = friday();
    assertTrue(r.warningsDue(at(11, 23, 21, 59)).isEmpty());
    assertEquals(List.of(MaintenanceDeadline.UNDERSTAND), r.warningsDue(at(11, 23, 22, 0)));
    r.recordWarning(MaintenanceDeadline.UNDERSTAND, at(11, 23, 22, 0), "system");
    assertEquals(at(11, 23, 22, 0), r.warnedAt(MaintenanceDeadline.UNDERSTAND));
    assertTrue(r.warningsDue(at(11, 23, 23, 0)).isEmpty(), "once only");
    assertThrows(
        IllegalStateException.class,
        () -> r.recordWarning(MaintenanceDeadline.UNDERSTAND, at(11, 23, 23, 0), "system"));
    MaintenanceRequestEvent last = r.getEvents().get(r.getEvents().size() - 1);
    assertEquals(MaintenanceRequestEvent.WARNING, last.getKind());
    assertEquals(MaintenanceStatus.SUBMITTED, last.getFromStatus());
    assertEquals(MaintenanceStatus.SUBMITTED, last.getToStatus());
    assertTrue(last.getText().contains(MaintenanceDeadline.UNDERSTAND.label()), last.getText());
    assertTrue(r.overdue(at(11, 23, 23, 0)).isEmpty(), "a warning is no breach");
    assertEquals(List.of(MaintenanceDeadline.UNDERSTAND), r.overdue(at(11, 24, 10, 0)));
    assertThrows(
        IllegalStateException.class,
        () -> r.recordWarning(MaintenanceDeadline.START, at(11, 23, 23, 0), "system"),
        "no deadline, no warning");
  }

  @Test
  @DisplayName("a deadline met in time gets no warning, even when met after the warning time")
  void metInTime() {
    MaintenanceRequest early = friday();
    early.review("同意", at(11, 23, 9, 0), "tech");
    assertTrue(early.warningsDue(at(11, 24, 12, 0)).isEmpty());
    assertEquals(List.of(MaintenanceDeadline.ANSWER), early.warningsDue(at(11, 26, 22, 0)));

    MaintenanceRequest late = friday();
    late.review("同意", at(11, 24, 9, 0), "tech"); // after 22:00 Monday, before 10:00 Tuesday
    assertTrue(late.warningsDue(at(11, 24, 9, 30)).isEmpty(), "met before the watch saw it");
    assertTrue(late.overdue(at(11, 24, 11, 0)).isEmpty());
  }

  @Test
  @DisplayName("a deadline missed without its warning (the watch was stopped) gets both, once")
  void missedWithoutWarning() {
    MaintenanceRequest r = friday();
    Instant later = at(11, 24, 11, 0); // past the understanding deadline
    assertEquals(List.of(MaintenanceDeadline.UNDERSTAND), r.warningsDue(later));
    assertEquals(List.of(MaintenanceDeadline.UNDERSTAND), r.overdue(later));
    r.recordWarning(MaintenanceDeadline.UNDERSTAND, later, "system");
    r.recordBreach(MaintenanceDeadline.UNDERSTAND, later, "system");
    assertTrue(r.warningsDue(later).isEmpty());
    assertTrue(r.overdue(later).isEmpty());
    assertEquals(
        List.of("SUBMITTED", "WARNING", "BREACH"),
        r.getEvents().stream().map(MaintenanceRequestEvent::getKind).toList());

    // Met late without either recorded: both as well.
    MaintenanceRequest metLate = friday();
    metLate.review("同意", at(11, 24, 12, 0), "tech");
    assertEquals(List.of(MaintenanceDeadline.UNDERSTAND), metLate.warningsDue(at(11, 24, 13, 0)));

    // A breach recorded before warnings existed: no warning after it.
    MaintenanceRequest breached = friday();
    breached.recordBreach(MaintenanceDeadline.UNDERSTAND, later, "system");
    assertTrue(breached.warningsDue(later).isEmpty());
  }

  @Test
  @DisplayName("the start warning comes a day before the week after the plan runs out")
  void startWarning() {
    MaintenanceRequest r = friday();
    r.review("同意", at(11, 23, 9, 0), "tech");
    r.agreePlan("方案", null, at(11, 25, 15, 0), "tech");
    r.scheduleDeadlines(CALENDAR);
    assertTrue(r.warningsDue(at(12, 1, 14, 59)).isEmpty());
    assertEquals(List.of(MaintenanceDeadline.START), r.warningsDue(at(12, 1, 15, 0)));
    r.startImplementation(null, at(12, 1, 16, 0), "tech");
    assertTrue(r.warningsDue(at(12, 1, 17, 0)).isEmpty(), "started: nothing to warn of");
  }

  @Test
  @DisplayName("a card holder's own request: their number, and the staff who last acted on it")
  void holdersRequest() {
    MaintenanceRequest r = request(MaintenanceKind.ADAPTIVE, "20260001", at(11, 20, 10, 0));
    assertEquals("20260001", r.getRequesterHolderNo());
    assertEquals("20260001", r.getCreatedBy());
    assertEquals(Optional.empty(), r.lastStaffActor(), "only the holder acted so far");
    r.review("同意", at(11, 23, 9, 0), "tech");
    r.recordWarning(MaintenanceDeadline.ANSWER, at(11, 26, 22, 0), "system");
    assertEquals(Optional.of("tech"), r.lastStaffActor(), "the watch's records are no step");
    assertEquals(Optional.of("helpdesk"), friday().lastStaffActor(), "staff took it down");
    assertNull(friday().getRequesterHolderNo());
  }
}
