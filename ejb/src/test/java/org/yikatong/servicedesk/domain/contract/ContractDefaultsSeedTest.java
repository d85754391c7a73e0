package org.yikatong.servicedesk.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yikatong.servicedesk.domain.calendar.SlaTarget;
import org.yikatong.servicedesk.domain.calendar.WorkingCalendar;
import org.yikatong.servicedesk.domain.ticket.SlaEvent;
import org.yikatong.servicedesk.domain.ticket.SlaPolicy;
import org.yikatong.servicedesk.domain.ticket.TicketLevel;

/**
 * The DEFAULT contract's targets are seeded by changelog 016 and written out in {@link
 * SlaPolicy#contractDefaults()}, which the unit tests use: the two must say the same.
 */
class ContractDefaultsSeedTest {

  @Test
  @DisplayName("the seeded DEFAULT contract carries SlaPolicy.contractDefaults()")
  void seedMatchesDefaults() throws Exception {
    Map<TicketLevel, Map<SlaEvent.Target, SlaPolicy.Rule>> seeded =
        new EnumMap<>(TicketLevel.class);
    try (InputStream in =
        getClass().getResourceAsStream("/db/changelog/changes/016-sla-contracts.xml")) {
      NodeList inserts =
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(in)
              .getElementsByTagName("insert");
      for (int i = 0; i < inserts.getLength(); i++) {
        Element insert = (Element) inserts.item(i);
        if (!insert.getAttribute("tableName").equals("sla_target_rule")) {
          continue;
        }
        Map<String, String> row = new HashMap<>();
        NodeList columns = insert.getElementsByTagName("column");
        for (int c = 0; c < columns.getLength(); c++) {
          Element column = (Element) columns.item(c);
          String value = column.getAttribute("value");
          row.put(
              column.getAttribute("name"),
              value.isEmpty() ? column.getAttribute("valueNumeric") : value);
        }
        seeded
            .computeIfAbsent(
                TicketLevel.valueOf(row.get("ticket_level")),
                l -> new EnumMap<>(SlaEvent.Target.class))
            .put(
                SlaEvent.Target.valueOf(row.get("sla_target")),
                new SlaPolicy.Rule(
                    new SlaTarget(
                        Long.parseLong(row.get("amount")),
                        SlaTarget.Unit.valueOf(row.get("amount_unit"))),
                    WorkingCalendar.Basis.valueOf(row.get("clock_basis")),
                    Duration.ofMinutes(Long.parseLong(row.get("warning_minutes")))));
      }
    }
    assertEquals(
        SlaPolicy.contractDefaults().targets(), new SlaPolicy("DEFAULT", seeded).targets());
  }
}
