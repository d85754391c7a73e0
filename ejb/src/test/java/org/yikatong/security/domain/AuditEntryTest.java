package org.yikatong.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

  private static final Instant AT = Instant.parse("2026-11-22T02:00:00Z");

  private static AuditEntry entry(String summary) {
    return new AuditEntry(
        AT,
        "finance",
        "Adjustments.freeze",
        "P20260001",
        summary,
        AuditOutcome.SUCCESS,
        "10.0.0.8",
        "Mozilla/5.0",
        null);
  }

  @Test
  @DisplayName("keeps what it is given")
  void keeps() {
    AuditEntry e = entry("ACTIVE → FROZEN; accountNo=P20260001");
    assertEquals(AT, e.getOccurredAt());
    assertEquals("finance", e.getActor());
    assertEquals("Adjustments.freeze", e.getAction());
    assertEquals("P20260001", e.getTarget());
    assertEquals("ACTIVE → FROZEN; accountNo=P20260001", e.getSummary());
    assertEquals(AuditOutcome.SUCCESS, e.getOutcome());
    assertEquals("10.0.0.8", e.getAddress());
    assertEquals("Mozilla/5.0", e.getUserAgent());
    assertNull(e.getTerminalId());
  }

  @Test
  @DisplayName("an over-long summary is cut to its column with an ellipsis, never refused")
  void longSummary() {
    String summary = entry("x".repeat(10_000)).getSummary();
    assertEquals(AuditEntry.SUMMARY_LENGTH - 2, summary.length(), "the ellipsis takes 3 bytes");
    assertTrue(summary.endsWith("…"));
    assertTrue(summary.getBytes(StandardCharsets.UTF_8).length <= AuditEntry.SUMMARY_LENGTH);
  }

  @Test
  @DisplayName("Chinese text is cut to the column's length in UTF-8 bytes too")
  void chineseSummary() {
    String summary = entry("调账".repeat(2_000)).getSummary();
    assertTrue(summary.getBytes(StandardCharsets.UTF_8).length <= AuditEntry.SUMMARY_LENGTH);
    assertTrue(summary.length() > 600, "as much as fits: " + summary.length());
    assertTrue(summary.endsWith("…"));
  }

  @Test
  @DisplayName("a cut never splits a character outside the BMP")
  void surrogatePairs() {
    String target =
        new AuditEntry(AT, "a", "b", "😀".repeat(100), null, AuditOutcome.SUCCESS, null, null, null)
            .getTarget();
    String kept = target.substring(0, target.length() - 1);
    assertEquals(0, kept.length() % 2);
    assertFalse(Character.isHighSurrogate(kept.charAt(kept.length() - 1)));
    assertTrue(target.getBytes(StandardCharsets.UTF_8).length <= AuditEntry.TARGET_LENGTH);
  }

  @Test
  @DisplayName("user agent, address and terminal are cut to their columns")
  void otherColumns() {
    AuditEntry e =
        new AuditEntry(
            AT,
            "u".repeat(100),
            "a".repeat(100),
            null,
            null,
            AuditOutcome.REFUSED,
            "1".repeat(100),
            "Agent ".repeat(100),
            "T".repeat(40));
    assertTrue(e.getActor().length() <= AuditEntry.ACTOR_LENGTH);
    assertTrue(e.getActor().startsWith("uuuu") && e.getActor().endsWith("…"));
    assertTrue(e.getAction().length() <= AuditEntry.ACTION_LENGTH);
    assertTrue(e.getAddress().length() <= AuditEntry.ADDRESS_LENGTH);
    assertTrue(e.getUserAgent().length() <= AuditEntry.USER_AGENT_LENGTH);
    assertTrue(e.getTerminalId().length() <= AuditEntry.TERMINAL_ID_LENGTH);
  }

  @Test
  @DisplayName("blank values are none; line breaks become spaces; the actor defaults to system")
  void blanks() {
    AuditEntry e =
        new AuditEntry(
            AT, " ", "Tickets.assign", "", "a\nb\r\nc", AuditOutcome.FAILED, " ", null, "");
    assertEquals("system", e.getActor());
    assertNull(e.getTarget());
    assertEquals("a b  c", e.getSummary());
    assertNull(e.getAddress());
    assertNull(e.getTerminalId());
  }

  @Test
  @DisplayName("an entry needs its time, action and outcome")
  void required() {
    assertThrows(
        NullPointerException.class,
        () -> new AuditEntry(null, "a", "b", null, null, AuditOutcome.SUCCESS, null, null, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new AuditEntry(AT, "a", " ", null, null, AuditOutcome.SUCCESS, null, null, null));
    assertThrows(
        NullPointerException.class,
        () -> new AuditEntry(AT, "a", "b", null, null, null, null, null, null));
  }

  @Test
  @DisplayName("immutable: Hibernate never updates it, no column is updatable, no setter exists")
  void immutable() {
    assertTrue(AuditEntry.class.isAnnotationPresent(Immutable.class));
    for (Field f : AuditEntry.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      Column column = f.getAnnotation(Column.class);
      assertTrue(column != null && !column.updatable(), f.getName() + " is insert-only");
    }
    for (Method m : AuditEntry.class.getMethods()) {
      assertFalse(m.getName().startsWith("set"), m.getName());
    }
  }
}
