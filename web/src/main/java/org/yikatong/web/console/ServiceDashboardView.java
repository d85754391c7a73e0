package org.yikatong.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.yikatong.security.domain.Role;
import org.yikatong.servicedesk.application.ServiceStatistics;
import org.yikatong.servicedesk.application.ServiceStatisticsReport;
import org.yikatong.servicedesk.application.TicketQueueFilter;
import org.yikatong.servicedesk.application.Tickets;
import org.yikatong.servicedesk.domain.statistics.StatisticsPeriod;
import org.yikatong.servicedesk.domain.ticket.Ticket;
import org.yikatong.servicedesk.domain.ticket.TicketLevel;
import org.yikatong.terminal.application.TerminalDirectory;

/**
 * The service's charts on the overview, for the roles that read the service statistics: open
 * tickets by level, SLA compliance per level, the fault rate against its 2 % target, complaints per
 * month against the year before less 30 %, maintenance cost by kind against the yearly budget, and
 * the terminals signed on. Each chart is a Chart.js configuration (PrimeFaces' chart component),
 * its texts in the user's language; the figures come from the services, this year so far.
 */
@Named
@ViewScoped
public class ServiceDashboardView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String RED = "#dc2626";
  private static final String AMBER = "#f59e0b";
  private static final String BLUE = "#3b82f6";
  private static final String GREEN = "#16a34a";
  private static final String GREY = "#9ca3af";

  @Inject ServiceStatistics statistics;
  @Inject Tickets tickets;
  @Inject TerminalDirectory terminals;

  private boolean shown;
  private long openTickets;
  private String openByLevel;
  private String compliance;
  private String faultRate;
  private String complaints;
  private String costs;
  private String terminalsOnline;

  @PostConstruct
  void load() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    shown =
        context.isUserInRole(Role.ADMINISTRATOR)
            || context.isUserInRole(Role.HELPDESK)
            || context.isUserInRole(Role.AUDITOR);
    if (!shown) {
      return;
    }
    LocalDate today = LocalDate.now(ConsolePage.CAMPUS);
    ServiceStatisticsReport year =
        statistics.report(new StatisticsPeriod(today.withDayOfYear(1), today));
    LocalDate lastYear = today.minusYears(1);
    ServiceStatisticsReport before =
        statistics.report(
            new StatisticsPeriod(
                lastYear.withDayOfYear(1), lastYear.withDayOfYear(lastYear.lengthOfYear())));
    openByLevel = openByLevel();
    compliance = compliance(year);
    faultRate = faultRate(year);
    complaints = complaints(year, before);
    costs = costs(year, today.getYear());
    terminalsOnline = terminalsOnline();
  }

  private String openByLevel() {
    Map<TicketLevel, Long> open =
        tickets.listQueue(new TicketQueueFilter(null, null, null, null, false, 500)).stream()
            .collect(Collectors.groupingBy(Ticket::getLevel, Collectors.counting()));
    openTickets = open.values().stream().mapToLong(Long::longValue).sum();
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (TicketLevel level : TicketLevel.values()) {
      labels.add(text("ticket.level." + level));
      data.add(open.getOrDefault(level, 0L));
    }
    return chart(
        "doughnut",
        labels,
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("data", data)
                    .add(
                        "backgroundColor",
                        Json.createArrayBuilder().add(RED).add(AMBER).add(BLUE))),
        false,
        null);
  }

  private String compliance(ServiceStatisticsReport r) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder response = Json.createArrayBuilder();
    JsonArrayBuilder resolution = Json.createArrayBuilder();
    for (ServiceStatisticsReport.LevelCompliance c : r.slaCompliance()) {
      labels.add(text("ticket.level." + c.level()) + " (" + c.tickets() + ")");
      response.add(percent(c.responseCompliancePercent()));
      resolution.add(percent(c.resolutionCompliancePercent()));
    }
    return chart(
        "bar",
        labels,
        Json.createArrayBuilder()
            .add(dataset(text("dashboard.chart.response"), response, BLUE))
            .add(dataset(text("dashboard.chart.resolution"), resolution, GREEN)),
        true,
        100);
  }

  private String faultRate(ServiceStatisticsReport r) {
    ServiceStatisticsReport.FaultRate f = r.faultRate();
    JsonArrayBuilder labels =
        Json.createArrayBuilder()
            .add(
                text("dashboard.chart.faultRate")
                    + " ("
                    + f.faultyTerminals()
                    + "/"
                    + f.terminals()
                    + ")")
            .add(text("dashboard.chart.target"));
    JsonArrayBuilder data =
        Json.createArrayBuilder().add(percent(f.percent())).add(percent(f.targetPercent()));
    return chart(
        "bar",
        labels,
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("label", text("dashboard.chart.percent"))
                    .add("data", data)
                    .add(
                        "backgroundColor",
                        Json.createArrayBuilder().add(f.targetMet() ? GREEN : RED).add(GREY))),
        false,
        null);
  }

  private String complaints(ServiceStatisticsReport year, ServiceStatisticsReport before) {
    Map<String, Long> thisYear = byMonthOfYear(year.complaintsByMonth());
    Map<String, Long> lastYear = byMonthOfYear(before.complaintsByMonth());
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder counts = Json.createArrayBuilder();
    JsonArrayBuilder targets = Json.createArrayBuilder();
    for (String month : thisYear.keySet()) {
      labels.add(month);
      counts.add(thisYear.get(month));
      long last = lastYear.getOrDefault(month, 0L);
      targets.add(
          BigDecimal.valueOf(last * (100 - ServiceStatistics.COMPLAINT_REDUCTION_TARGET_PERCENT), 2)
              .doubleValue());
    }
    return chart(
        "bar",
        labels,
        Json.createArrayBuilder()
            .add(dataset(text("dashboard.chart.complaints"), counts, AMBER))
            .add(
                Json.createObjectBuilder()
                    .add("type", "line")
                    .add("label", text("dashboard.chart.complaintTarget"))
                    .add("data", targets)
                    .add("borderColor", RED)
                    .add("backgroundColor", RED)),
        true,
        null);
  }

  /** Complaints by month of the year ("01".."12"), every month of the report listed. */
  private static Map<String, Long> byMonthOfYear(List<ServiceStatisticsReport.MonthCount> months) {
    return months.stream()
        .collect(
            Collectors.toMap(
                m -> m.month().substring(5),
                ServiceStatisticsReport.MonthCount::count,
                Long::sum,
                TreeMap::new));
  }

  private String costs(ServiceStatisticsReport r, int year) {
    Map<String, Long> spent =
        r.costsByYear().stream()
            .filter(c -> c.year() == year)
            .findFirst()
            .map(ServiceStatisticsReport.YearCost::fenByKind)
            .orElse(Map.of());
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder actual = Json.createArrayBuilder();
    JsonArrayBuilder budget = Json.createArrayBuilder();
    for (String kind : new TreeMap<>(ServiceStatistics.YEARLY_BUDGET_FEN).keySet()) {
      labels.add(text("dashboard.cost." + kind));
      actual.add(yuan(spent.getOrDefault(kind, 0L)));
      budget.add(yuan(ServiceStatistics.YEARLY_BUDGET_FEN.get(kind)));
    }
    return chart(
        "bar",
        labels,
        Json.createArrayBuilder()
            .add(dataset(text("dashboard.chart.spent"), actual, BLUE))
            .add(dataset(text("dashboard.chart.budget"), budget, GREY)),
        true,
        null);
  }

  private String terminalsOnline() {
    Map<Boolean, Long> online =
        terminals.all().stream()
            .collect(
                Collectors.partitioningBy(
                    t -> "SIGNED_ON".equals(t.linkState()), Collectors.counting()));
    return chart(
        "doughnut",
        Json.createArrayBuilder()
            .add(text("dashboard.chart.online"))
            .add(text("dashboard.chart.offline")),
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add(
                        "data",
                        Json.createArrayBuilder()
                            .add(online.getOrDefault(true, 0L))
                            .add(online.getOrDefault(false, 0L)))
                    .add("backgroundColor", Json.createArrayBuilder().add(GREEN).add(GREY))),
        false,
        null);
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour);
  }

  /** A Chart.js configuration: a legend at the bottom, the y axis from zero up to max if given. */
  private static String chart(
      String type,
      JsonArrayBuilder labels,
      JsonArrayBuilder datasets,
      boolean legend,
      Integer max) {
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            // Drawn at once: the figures are the point, and a screenshot shows them as they are.
            .add("animation", false)
            .add(
                "plugins",
                Json.createObjectBuilder()
                    .add(
                        "legend",
                        Json.createObjectBuilder()
                            .add("display", legend || "doughnut".equals(type))
                            .add("position", "bottom")));
    if ("bar".equals(type)) {
      JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true);
      if (max != null) {
        y.add("max", max);
      }
      options.add("scales", Json.createObjectBuilder().add("y", y));
    }
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }

  private static double percent(BigDecimal p) {
    return p == null ? 0 : p.doubleValue();
  }

  private static double yuan(long fen) {
    return BigDecimal.valueOf(fen, 2).doubleValue();
  }

  private static String text(String key) {
    return ConsolePage.bundle().getString(key);
  }

  public boolean isShown() {
    return shown;
  }

  public long getOpenTickets() {
    return openTickets;
  }

  public String getOpenByLevel() {
    return openByLevel;
  }

  public String getCompliance() {
    return compliance;
  }

  public String getFaultRate() {
    return faultRate;
  }

  public String getComplaints() {
    return complaints;
  }

  public String getCosts() {
    return costs;
  }

  public String getTerminalsOnline() {
    return terminalsOnline;
  }
}
