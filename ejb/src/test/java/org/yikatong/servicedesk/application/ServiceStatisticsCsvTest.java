package org.yikatong.servicedesk.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.servicedesk.application.ServiceStatisticsReport.FaultRate;
import org.yikatong.servicedesk.application.ServiceStatisticsReport.LevelCompliance;
import org.yikatong.servicedesk.application.ServiceStatisticsReport.MonthCount;
import org.yikatong.servicedesk.application.ServiceStatisticsReport.PenaltySummary;
import org.yikatong.servicedesk.application.ServiceStatisticsReport.TimeFigure;
import org.yikatong.servicedesk.application.ServiceStatisticsReport.YearCost;

class ServiceStatisticsCsvTest {

  private static ServiceStatisticsReport report() {
    Map<String, Long> kinds = new LinkedHashMap<>();
    kinds.put("HARDWARE", 500_000L);
    kinds.put("TRAINING", 800_000L);
    return new ServiceStatisticsReport(
        LocalDate.parse("2026-11-01"),
        LocalDate.parse("2026-11-30"),
        "Asia/Shanghai",
        new FaultRate(1, 12, new BigDecimal("8.33"), new BigDecimal("2.00"), false),
        3,
        Map.of("LEVEL_1", 1L),
        Map.of("PHONE", 3L),
        Map.of("HARDWARE", 3L),
        new TimeFigure(2, new BigDecimal("7.5")),
        new TimeFigure(0, null),
        List.of(
            new LevelCompliance(
                "LEVEL_1", 4, 1, 0, new BigDecimal("75.00"), new BigDecimal("100.00"))),
        new PenaltySummary(1, 50_000, 20_000),
        false,
        List.of(new MonthCount("2026-11", 0)),
        true,
        List.of(new YearCost(2026, kinds, 1_300_000)));
  }

  @Test
  @DisplayName("one figure per line: figure,key,value with CRLF; empty where not computable")
  void lines() {
    String csv = ServiceStatisticsCsv.render(report());
    List<String> lines = List.of(csv.split("\r\n", -1));
    assertEquals(ServiceStatisticsCsv.HEADER, lines.get(0));
    assertEquals("", lines.get(lines.size() - 1), "ends with a line break");
    assertTrue(lines.contains("period,from,2026-11-01"), csv);
    assertTrue(lines.contains("faultRate,percent,8.33"), csv);
    assertTrue(lines.contains("faultRate,targetMet,false"), csv);
    assertTrue(lines.contains("tickets,total,3"), csv);
    assertTrue(lines.contains("ticketsByChannel,PHONE,3"), csv);
    assertTrue(lines.contains("timeToRespond,meanMinutes,7.5"), csv);
    assertTrue(lines.contains("timeToResolve,meanMinutes,"), csv);
    assertTrue(lines.contains("slaCompliance.LEVEL_1,responseCompliancePercent,75.00"), csv);
    assertTrue(lines.contains("penalties,deductedFen,20000"), csv);
    assertTrue(lines.contains("complaintsByMonth,2026-11,0"), csv);
    assertTrue(lines.contains("costFen.2026,TRAINING,800000"), csv);
    assertTrue(lines.contains("costFen.2026,TOTAL,1300000"), csv);
    for (String line : lines.subList(0, lines.size() - 1)) {
      assertEquals(3, line.split(",", -1).length, line);
    }
  }

  @Test
  @DisplayName("fields with commas, quotes or line breaks are quoted, quotes doubled")
  void quoting() {
    assertEquals("plain", ServiceStatisticsCsv.field("plain"));
    assertEquals("\"a,b\"", ServiceStatisticsCsv.field("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", ServiceStatisticsCsv.field("say \"hi\""));
    assertEquals("\"two\nlines\"", ServiceStatisticsCsv.field("two\nlines"));
  }

  @Test
  @DisplayName("percentages have two decimals and are empty when there is nothing to divide by")
  void percentages() {
    assertEquals(new BigDecimal("8.33"), ServiceStatistics.percent(1, 12));
    assertEquals(new BigDecimal("100.00"), ServiceStatistics.percent(3, 3));
    assertEquals(null, ServiceStatistics.percent(0, 0));
  }
}
