package org.yikatong.servicedesk.domain.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.kernel.domain.Money;

class TrainingSessionTest {

  private static final Instant T0 = Instant.parse("2026-11-20T06:00:00Z");

  private static TrainingSession session() {
    return new TrainingSession(
        "一卡通系统操作与常见问题处理",
        "操作员",
        "运维 刘工",
        T0,
        120,
        "行政楼 302 会议室",
        Money.ofFen(200_000),
        T0,
        "helpdesk");
  }

  @Test
  @DisplayName("attendees are registered once and marked present")
  void attendance() {
    TrainingSession s = session();
    s.register("李娜", "第一食堂", false);
    TrainingAttendee a = s.register("王磊", "第二食堂", true);
    s.register("王磊", "图书馆", false); // another 王磊
    assertThrows(IllegalStateException.class, () -> s.register("王磊", " 第二食堂 ", false));
    assertEquals(1, s.attendedCount());
    s.getAttendees().get(0).markAttended(true);
    a.markAttended(false);
    assertEquals(1, s.attendedCount());
    assertEquals(3, s.getAttendees().size());
  }

  @Test
  @DisplayName("a session lasts some minutes and costs zero or more")
  void invariants() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new TrainingSession("t", "a", "tr", T0, 0, "l", Money.ZERO, T0, "helpdesk"));
    TrainingSession s = session();
    assertThrows(IllegalArgumentException.class, () -> s.setCost(Money.ofFen(-1)));
    s.setCost(Money.ofFen(185_000));
    assertEquals(185_000, s.getCost().fen());
  }

  @Test
  @DisplayName("material is an http(s) link or a stored text")
  void materials() {
    TrainingSession s = session();
    s.addMaterial("操作手册", "https://ykt.example.edu.cn/manual.pdf", null);
    s.addMaterial("挂失流程", null, "1. 登录公众号 2. 点击挂失");
    assertThrows(IllegalArgumentException.class, () -> s.addMaterial("空", " ", null));
    assertThrows(
        IllegalArgumentException.class, () -> s.addMaterial("坏链接", "javascript:alert(1)", null));
    assertEquals(2, s.getMaterials().size());
  }
}
