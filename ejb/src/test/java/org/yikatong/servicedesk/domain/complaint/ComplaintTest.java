package org.yikatong.servicedesk.domain.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.servicedesk.domain.statistics.MonthlyCounts;

class ComplaintTest {

  private static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");

  private static Complaint complaint() {
    return new Complaint(
        "王同学",
        "20260001",
        null,
        ComplaintChannel.WECHAT,
        "食堂 POS 多扣款",
        "11 月 18 日午餐被扣两次，报修三天无人处理。",
        null,
        null,
        T0,
        "helpdesk");
  }

  @Test
  @DisplayName("OPEN → INVESTIGATING → RESOLVED with a reply and timestamps")
  void resolved() {
    Complaint c = complaint();
    assertEquals(ComplaintStatus.OPEN, c.getStatus());
    c.investigate(T0.plusSeconds(60), "helpdesk");
    assertEquals(ComplaintStatus.INVESTIGATING, c.getStatus());
    assertEquals(T0.plusSeconds(60), c.getInvestigatedAt());
    c.resolve("已退回重复扣款并致歉", T0.plusSeconds(120), "admin");
    assertEquals(ComplaintStatus.RESOLVED, c.getStatus());
    assertEquals("已退回重复扣款并致歉", c.getReply());
    assertEquals(T0.plusSeconds(120), c.getClosedAt());
    assertEquals("admin", c.getClosedBy());
    assertTrue(c.getStatus().isFinal());
  }

  @Test
  @DisplayName("illegal moves are refused and change nothing")
  void illegalMoves() {
    Complaint c = complaint();
    assertThrows(IllegalStateException.class, () -> c.resolve("x", T0, "helpdesk"));
    assertThrows(IllegalStateException.class, () -> c.reject("x", T0, "helpdesk"));
    assertEquals(ComplaintStatus.OPEN, c.getStatus());
    assertNull(c.getReply());
    c.investigate(T0, "helpdesk");
    assertThrows(IllegalStateException.class, () -> c.investigate(T0, "helpdesk"));
    assertThrows(IllegalArgumentException.class, () -> c.reject(" ", T0, "helpdesk"));
    assertEquals(ComplaintStatus.INVESTIGATING, c.getStatus());
    c.reject("经核实为正常扣款（早餐与午餐各一笔）", T0, "helpdesk");
    assertThrows(IllegalStateException.class, () -> c.resolve("x", T0, "helpdesk"));
    assertThrows(IllegalStateException.class, () -> c.investigate(T0, "helpdesk"));
    assertEquals(ComplaintStatus.REJECTED, c.getStatus());
  }

  @Test
  @DisplayName("the allowed moves of every status")
  void flow() {
    assertEquals(
        Map.of(
            ComplaintStatus.OPEN, java.util.Set.of(ComplaintStatus.INVESTIGATING),
            ComplaintStatus.INVESTIGATING,
                java.util.Set.of(ComplaintStatus.RESOLVED, ComplaintStatus.REJECTED),
            ComplaintStatus.RESOLVED, java.util.Set.of(),
            ComplaintStatus.REJECTED, java.util.Set.of()),
        Map.of(
            ComplaintStatus.OPEN, ComplaintStatus.OPEN.next(),
            ComplaintStatus.INVESTIGATING, ComplaintStatus.INVESTIGATING.next(),
            ComplaintStatus.RESOLVED, ComplaintStatus.RESOLVED.next(),
            ComplaintStatus.REJECTED, ComplaintStatus.REJECTED.next()));
  }

  @Test
  @DisplayName("a complaint needs a complainant, a subject and a text")
  void required() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Complaint(
                "王", null, null, ComplaintChannel.PHONE, " ", "t", null, null, T0, "helpdesk"));
  }

  @Test
  @DisplayName("complaints per month in Shanghai time, every month of the period, zeros too")
  void perMonth() {
    ZoneId sh = ZoneId.of("Asia/Shanghai");
    Instant from = Instant.parse("2026-08-31T16:00:00Z"); // 2026-09-01 00:00 Shanghai
    Instant to = Instant.parse("2026-11-30T16:00:00Z"); // 2026-12-01 00:00 Shanghai
    var counts =
        MonthlyCounts.of(
            List.of(
                Instant.parse("2026-08-31T16:00:00Z"), // Sep 1 00:00 local: September
                Instant.parse("2026-08-31T15:59:59Z"), // Aug 31 local: outside
                Instant.parse("2026-10-31T16:30:00Z"), // Nov 1 00:30 local: November
                Instant.parse("2026-11-15T02:00:00Z"),
                Instant.parse("2026-11-30T16:00:00Z")), // Dec 1 local: outside
            from,
            to,
            sh);
    assertEquals(
        Map.of(YearMonth.of(2026, 9), 1L, YearMonth.of(2026, 10), 0L, YearMonth.of(2026, 11), 2L),
        counts);
    assertEquals(
        List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11)),
        List.copyOf(counts.keySet()));
    assertThrows(IllegalArgumentException.class, () -> MonthlyCounts.of(List.of(), to, from, sh));
  }
}
