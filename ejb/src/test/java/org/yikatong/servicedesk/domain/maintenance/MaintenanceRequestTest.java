package org.yikatong.servicedesk.domain.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.servicedesk.domain.calendar.WorkingCalendar;

class MaintenanceRequestTest {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.contract(Set.of(), Set.of());

  /** November 2026: the 20th is a Friday. */
  private static Instant at(int month, int day, int hour, int minute) {
    return LocalDateTime.of(2026, month, day, hour, minute)
        .atZone(ZoneId.of("Asia/Shanghai"))
        .toInstant();
  }

  private static MaintenanceRequest request(MaintenanceKind kind, Instant now) {
    MaintenanceRequest r =
        new MaintenanceRequest(
            kind,
            "财务处",
            "王会计",
            "0951-1234567",
            null,
            null,
            "补助发放报表增加院系汇总",
            "每月补助发放后需要按院系汇总的报表，现需手工统计",
            now,
            "helpdesk");
    r.scheduleDeadlines(CALENDAR);
    return r;
  }

  @Test
  @DisplayName("the whole form: submitted to archived, each step signed and dated in the history")
  void wholeFlow() {
    Instant t0 = at(11, 20, 10, 0);
    MaintenanceRequest r = request(MaintenanceKind.PERFECTIVE, t0);
    r.review("属于完善性维护，同意受理", t0.plusSeconds(3600), "tech");
    r.agreePlan("在报表中心增加院系汇总报表", null, t0.plusSeconds(7200), "tech");
    r.startImplementation(null, t0.plusSeconds(8000), "tech");
    r.implement("已开发并部署报表 R-27", t0.plusSeconds(90_000), "tech");
    r.verify("测试环境与生产数据核对一致", t0.plusSeconds(100_000), "helpdesk");
    r.confirm("报表满足需要", "王会计", t0.plusSeconds(110_000), "helpdesk");
    r.archive(null, t0.plusSeconds(120_000), "admin");

    assertEquals(MaintenanceStatus.ARCHIVED, r.getStatus());
    assertEquals("王会计", r.getPlanAgreedBy(), "the requester agrees unless someone else is named");
    assertEquals(
        List.of("SUBMITTED", "STATUS", "STATUS", "STARTED", "STATUS", "STATUS", "STATUS", "STATUS"),
        r.getEvents().stream().map(MaintenanceRequestEvent::getKind).toList());
    MaintenanceRequestEvent verified = r.getEvents().get(5);
    assertEquals(MaintenanceStatus.IMPLEMENTED, verified.getFromStatus());
    assertEquals(MaintenanceStatus.VERIFIED, verified.getToStatus());
    assertEquals("helpdesk", verified.getActor());
    assertEquals(t0.plusSeconds(100_000), verified.getAt());
    assertEquals("测试环境与生产数据核对一致", verified.getText());
    assertTrue(r.overdue(t0.plusSeconds(120_000)).isEmpty(), "every deadline was met");
  }

  @Test
  @DisplayName("a step out of order is refused and changes nothing")
  void illegalTransitions() {
    MaintenanceRequest r = request(MaintenanceKind.ADAPTIVE, at(11, 20, 10, 0));
    Instant later = at(11, 20, 11, 0);
    assertThrows(IllegalStateException.class, () -> r.implement("直接实施", later, "tech"));
    assertThrows(IllegalStateException.class, () -> r.startImplementation(null, later, "tech"));
    assertThrows(IllegalStateException.class, () -> r.archive(null, later, "admin"));
    assertEquals(MaintenanceStatus.SUBMITTED, r.getStatus());
    assertEquals(1, r.getEvents().size());
    r.reject("不属于合同范围", later, "helpdesk");
    assertThrows(IllegalStateException.class, () -> r.review("再审", later, "tech"));
    assertEquals("不属于合同范围", r.getRejectionReason());
  }

  @Test
  @DisplayName("a step without its mandatory text is invalid and changes nothing")
  void mandatoryText() {
    MaintenanceRequest r = request(MaintenanceKind.CORRECTIVE, at(11, 20, 10, 0));
    Instant later = at(11, 20, 11, 0);
    assertThrows(IllegalArgumentException.class, () -> r.review(" ", later, "tech"));
    assertEquals(MaintenanceStatus.SUBMITTED, r.getStatus());
    assertEquals(1, r.getEvents().size());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new MaintenanceRequest(
                MaintenanceKind.ADAPTIVE,
                "",
                "王会计",
                null,
                null,
                null,
                "标题",
                "描述",
                later,
                "helpdesk"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new MaintenanceRequest(
                null, "财务处", "王会计", null, null, null, "标题", "描述", later, "helpdesk"));
  }

  @Test
  @DisplayName("custom requests: understood in 2 and answered in 5 working days, started in a week")
  void deadlines() {
    MaintenanceRequest r = request(MaintenanceKind.ADAPTIVE, at(11, 20, 10, 0)); // Friday 10:00
    assertEquals(at(11, 24, 10, 0), r.due(MaintenanceDeadline.UNDERSTAND), "Tuesday 10:00");
    assertEquals(at(11, 27, 10, 0), r.due(MaintenanceDeadline.ANSWER), "next Friday 10:00");
    assertNull(r.due(MaintenanceDeadline.START), "no start deadline before a plan is agreed");

    r.review("同意", at(11, 23, 9, 0), "tech");
    r.agreePlan("方案", "王会计", at(11, 25, 15, 0), "tech");
    r.scheduleDeadlines(CALENDAR);
    assertEquals(at(12, 2, 15, 0), r.due(MaintenanceDeadline.START), "a calendar week later");

    MaintenanceRequest corrective = request(MaintenanceKind.CORRECTIVE, at(11, 20, 10, 0));
    assertNull(corrective.due(MaintenanceDeadline.ANSWER), "faults run on the tickets' SLA");
    assertTrue(corrective.overdue(at(12, 31, 0, 0)).isEmpty());
  }

  @Test
  @DisplayName("a deadline is missed once passed unmet or when met late, and recorded once")
  void breaches() {
    MaintenanceRequest r = request(MaintenanceKind.PERFECTIVE, at(11, 20, 10, 0));
    assertTrue(r.overdue(at(11, 24, 9, 59)).isEmpty());
    assertEquals(List.of(MaintenanceDeadline.UNDERSTAND), r.overdue(at(11, 24, 10, 0)));
    r.review("同意", at(11, 25, 8, 0), "tech"); // late
    assertEquals(List.of(MaintenanceDeadline.UNDERSTAND), r.overdue(at(11, 25, 9, 0)));
    r.recordBreach(MaintenanceDeadline.UNDERSTAND, at(11, 25, 9, 0), "system");
    assertTrue(r.overdue(at(11, 25, 9, 1)).isEmpty());
    assertThrows(
        IllegalStateException.class,
        () -> r.recordBreach(MaintenanceDeadline.UNDERSTAND, at(11, 25, 9, 2), "system"));
    assertEquals(List.of(MaintenanceDeadline.ANSWER), r.overdue(at(11, 27, 10, 0)));
    assertEquals("BREACH", r.getEvents().get(r.getEvents().size() - 1).getKind());
  }

  @Test
  @DisplayName("numbered WX<yyyymmdd>-<id> only once it has an id")
  void numbering() {
    MaintenanceRequest r = request(MaintenanceKind.ADAPTIVE, at(11, 20, 10, 0));
    assertTrue(r.getRequestNo().startsWith("N"), "a unique placeholder until numbered");
    assertThrows(IllegalStateException.class, () -> r.numbered(LocalDate.of(2026, 11, 20)));
  }
}
