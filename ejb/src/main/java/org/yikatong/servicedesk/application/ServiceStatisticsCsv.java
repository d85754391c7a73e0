package org.yikatong.servicedesk.application;

import java.math.BigDecimal;
import java.util.Map;
import org.yikatong.servicedesk.application.ServiceStatisticsReport.LevelCompliance;
import org.yikatong.servicedesk.application.ServiceStatisticsReport.MonthCount;
import org.yikatong.servicedesk.application.ServiceStatisticsReport.YearCost;

/**
 * The statistics as CSV (RFC 4180: comma-separated, CRLF line ends, quoted where needed), one
 * figure per line in three columns {@code figure,key,value}, so that a spreadsheet pivots it and
 * new figures never shift columns. Empty value: not computable (nothing to divide by).
 */
public final class ServiceStatisticsCsv {

  public static final String HEADER = "figure,key,value";

  private ServiceStatisticsCsv() {}

  public static String render(ServiceStatisticsReport r) {
    StringBuilder out = new StringBuilder();
    line(out, "figure", "key", "value");
    line(out, "period", "from", r.from());
    line(out, "period", "to", r.to());
    line(out, "period", "zone", r.zone());
    line(out, "faultRate", "faultyTerminals", r.faultRate().faultyTerminals());
    line(out, "faultRate", "terminals", r.faultRate().terminals());
    line(out, "faultRate", "percent", r.faultRate().percent());
    line(out, "faultRate", "targetPercent", r.faultRate().targetPercent());
    line(out, "faultRate", "targetMet", r.faultRate().targetMet());
    line(out, "tickets", "total", r.tickets());
    map(out, "ticketsByLevel", r.ticketsByLevel());
    map(out, "ticketsByChannel", r.ticketsByChannel());
    map(out, "ticketsByCategory", r.ticketsByCategory());
    line(out, "timeToRespond", "tickets", r.timeToRespond().tickets());
    line(out, "timeToRespond", "meanMinutes", r.timeToRespond().meanMinutes());
    line(out, "timeToResolve", "tickets", r.timeToResolve().tickets());
    line(out, "timeToResolve", "meanMinutes", r.timeToResolve().meanMinutes());
    for (LevelCompliance c : r.slaCompliance()) {
      String figure = "slaCompliance." + c.level();
      line(out, figure, "tickets", c.tickets());
      line(out, figure, "responseBreaches", c.responseBreaches());
      line(out, figure, "resolutionBreaches", c.resolutionBreaches());
      line(out, figure, "responseCompliancePercent", c.responseCompliancePercent());
      line(out, figure, "resolutionCompliancePercent", c.resolutionCompliancePercent());
    }
    line(out, "penalties", "count", r.penalties().count());
    line(out, "penalties", "claimedFen", r.penalties().claimedFen());
    line(out, "penalties", "deductedFen", r.penalties().deductedFen());
    line(out, "complaints", "reported", r.complaintsReported());
    for (MonthCount m : r.complaintsByMonth()) {
      line(out, "complaintsByMonth", m.month(), m.count());
    }
    line(out, "costs", "reported", r.costsReported());
    for (YearCost y : r.costsByYear()) {
      String figure = "costFen." + y.year();
      y.fenByKind().forEach((kind, fen) -> line(out, figure, kind, fen));
      line(out, figure, "TOTAL", y.totalFen());
    }
    return out.toString();
  }

  private static void map(StringBuilder out, String figure, Map<String, Long> counts) {
    counts.forEach((key, count) -> line(out, figure, key, count));
  }

  private static void line(StringBuilder out, String figure, String key, Object value) {
    out.append(field(figure))
        .append(',')
        .append(field(key))
        .append(',')
        .append(field(value == null ? "" : text(value)))
        .append("\r\n");
  }

  private static String text(Object value) {
    return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
  }

  /** A field, quoted when it holds a comma, a quote or a line break (quotes doubled). */
  static String field(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
