package org.yikatong.emergency.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.emergency.domain.EmergencyScope;
import org.yikatong.terminal.application.TerminalSummary;

class EmergencyScopeMatchingTest {

  private static TerminalSummary t(String code, String type, String location, String status) {
    return new TerminalSummary(
        code, type, null, location, status, "NEVER_SEEN", null, null, 0, null, null, false, null);
  }

  private static final List<TerminalSummary> ALL =
      List.of(
          t("K1", "KIOSK", "一食堂 1 层", "ENABLED"),
          t("K2", "KIOSK", "二食堂", "ENABLED"),
          t("K3", "KIOSK", "一食堂 2 层", "DISABLED"),
          t("P1", "POS", "一食堂 1 层", "ENABLED"),
          t("P2", "POS", "一食堂 服务台", "ENABLED"),
          t("G1", "GATE", "一食堂 门口", "ENABLED"));

  private static List<String> codes(EmergencyScope scope, String location, Set<String> points) {
    return EmergencyMode.matching(ALL, scope, location, points).stream()
        .map(TerminalSummary::terminalId)
        .toList();
  }

  @Test
  @DisplayName("all kiosks: every enabled kiosk")
  void allKiosks() {
    assertEquals(List.of("K1", "K2"), codes(EmergencyScope.ALL_KIOSKS, null, Set.of()));
  }

  @Test
  @DisplayName(
      "a location: enabled kiosks and POS whose location starts with it, service points out")
  void location() {
    assertEquals(List.of("K1", "P1", "P2"), codes(EmergencyScope.LOCATION, "一食堂", Set.of()));
    assertEquals(List.of("K1", "P1"), codes(EmergencyScope.LOCATION, "一食堂", Set.of("P2")));
    assertEquals(List.of(), codes(EmergencyScope.LOCATION, "三食堂", Set.of()));
  }

  @Test
  @DisplayName("a channel switches no terminal")
  void channel() {
    assertEquals(List.of(), codes(EmergencyScope.CHANNEL, null, Set.of()));
  }
}
