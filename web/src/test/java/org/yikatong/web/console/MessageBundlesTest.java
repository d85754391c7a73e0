package org.yikatong.web.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The console speaks both its languages completely: every text exists in each bundle. */
class MessageBundlesTest {

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        MessageBundlesTest.class.getResourceAsStream("/org/yikatong/web/" + name)) {
      assertTrue(in != null, name + " is on the class path");
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  @DisplayName("the English and the Chinese bundle hold the same keys")
  void sameKeys() throws IOException {
    Set<String> english = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
    Set<String> chinese = new TreeSet<>(bundle("messages_zh_CN.properties").stringPropertyNames());
    Set<String> onlyEnglish = new TreeSet<>(english);
    onlyEnglish.removeAll(chinese);
    Set<String> onlyChinese = new TreeSet<>(chinese);
    onlyChinese.removeAll(english);
    assertEquals(Set.of(), onlyEnglish, "keys missing from messages_zh_CN.properties");
    assertEquals(Set.of(), onlyChinese, "keys missing from messages.properties");
  }

  @Test
  @DisplayName("no text is empty, and the Chinese bundle is written in Chinese")
  void noEmptyTexts() throws IOException {
    Properties english = bundle("messages.properties");
    Properties chinese = bundle("messages_zh_CN.properties");
    for (String key : english.stringPropertyNames()) {
      assertTrue(!english.getProperty(key).isBlank(), "empty English text: " + key);
    }
    for (String key : chinese.stringPropertyNames()) {
      assertTrue(!chinese.getProperty(key).isBlank(), "empty Chinese text: " + key);
    }
    long han =
        chinese.stringPropertyNames().stream()
            .filter(k -> chinese.getProperty(k).codePoints().anyMatch(MessageBundlesTest::isHan))
            .count();
    assertTrue(
        han * 10 >= chinese.size() * 9L,
        "nine in ten Chinese texts hold Chinese characters: " + han + " of " + chinese.size());
  }

  private static boolean isHan(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** The enums whose values the pages name through a key of their own, by the key's prefix. */
  private static final Map<String, Class<? extends Enum<?>>> LABELLED =
      Map.ofEntries(
          Map.entry("entry.kind.", org.yikatong.ledger.domain.EntryKind.class),
          Map.entry("card.status.", org.yikatong.card.domain.CardStatus.class),
          Map.entry("ticket.level.", org.yikatong.servicedesk.domain.ticket.TicketLevel.class),
          Map.entry("ticket.status.", org.yikatong.servicedesk.domain.ticket.TicketStatus.class),
          Map.entry(
              "ticket.category.", org.yikatong.servicedesk.domain.ticket.TicketCategory.class),
          Map.entry("ticket.channel.", org.yikatong.servicedesk.domain.ticket.TicketChannel.class),
          Map.entry("sla.target.", org.yikatong.servicedesk.domain.ticket.SlaEvent.Target.class),
          Map.entry("sla.kind.", org.yikatong.servicedesk.domain.ticket.SlaEvent.Kind.class),
          Map.entry(
              "maint.status.", org.yikatong.servicedesk.domain.maintenance.MaintenanceStatus.class),
          Map.entry(
              "maint.kind.", org.yikatong.servicedesk.domain.maintenance.MaintenanceKind.class),
          Map.entry(
              "maint.deadline.",
              org.yikatong.servicedesk.domain.maintenance.MaintenanceDeadline.class),
          Map.entry("rounds.status.", org.yikatong.inspection.domain.RoundStatus.class),
          Map.entry(
              "knowledge.status.", org.yikatong.servicedesk.domain.knowledge.ArticleStatus.class),
          Map.entry(
              "complaints.status.",
              org.yikatong.servicedesk.domain.complaint.ComplaintStatus.class),
          Map.entry(
              "complaints.channel.",
              org.yikatong.servicedesk.domain.complaint.ComplaintChannel.class),
          Map.entry("surveys.status.", org.yikatong.servicedesk.domain.survey.SurveyStatus.class),
          Map.entry(
              "contracts.unit.", org.yikatong.servicedesk.domain.calendar.SlaTarget.Unit.class),
          Map.entry(
              "contracts.basis.",
              org.yikatong.servicedesk.domain.calendar.WorkingCalendar.Basis.class),
          Map.entry(
              "contracts.dayKind.",
              org.yikatong.servicedesk.domain.calendar.DutyCalendarDay.Kind.class),
          Map.entry("users.status.", org.yikatong.security.domain.UserStatus.class),
          Map.entry("mon.kind.", org.yikatong.monitoring.domain.alert.RuleKind.class),
          Map.entry("mon.unit.", org.yikatong.monitoring.domain.alert.RuleKind.Unit.class),
          Map.entry("mon.scope.", org.yikatong.monitoring.domain.alert.RuleScope.class),
          Map.entry("mon.state.", org.yikatong.monitoring.domain.alert.AlertState.class),
          Map.entry("mon.event.", org.yikatong.monitoring.domain.alert.AlertEvent.Kind.class),
          Map.entry("mon.silence.", org.yikatong.monitoring.domain.alert.AlertSilence.Kind.class),
          Map.entry("mon.end.", org.yikatong.monitoring.domain.alert.AlertSilence.EndReason.class),
          Map.entry("mon.channel.", org.yikatong.ledger.domain.PaymentChannel.class),
          Map.entry("mon.type.", org.yikatong.terminal.domain.TerminalType.class));

  @Test
  @DisplayName("every value of an enum the pages name has its text in the bundle")
  void enumValuesHaveTexts() throws IOException {
    Properties english = bundle("messages.properties");
    Set<String> missing = new TreeSet<>();
    LABELLED.forEach(
        (prefix, type) -> {
          for (Enum<?> value : type.getEnumConstants()) {
            if (english.getProperty(prefix + value.name()) == null) {
              missing.add(prefix + value.name());
            }
          }
        });
    assertEquals(Set.of(), missing, "enum values without a text");
  }
}
