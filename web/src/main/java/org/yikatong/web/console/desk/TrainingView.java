package org.yikatong.web.console.desk;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.yikatong.servicedesk.application.NewTrainingSession;
import org.yikatong.servicedesk.application.ServiceStatistics;
import org.yikatong.servicedesk.application.TrainingSessions;
import org.yikatong.servicedesk.domain.training.TrainingSession;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.ConsoleSteps;
import org.yikatong.web.console.ConsoleTransactions;

/**
 * Training sessions (培训) of a year: when, what, for whom, by whom, where and what each cost; a new
 * session scheduled; for the session picked, who registered and who came (the sign-in sheet), and
 * its final cost. The year's cost stands beside the training budget of the O&M plan ({@link
 * ServiceStatistics#YEARLY_BUDGET_FEN}, four sessions of about 2,000 yuan).
 */
@Named
@ViewScoped
public class TrainingView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The page's key prefix in the message bundle. */
  static final String PAGE = "training";

  /** The cost kind of the yearly budget that training counts in. */
  static final String BUDGET_KIND = "TRAINING";

  /** How many years back the page goes. */
  static final int YEARS_BACK = 3;

  /** One session of the year. */
  public record Row(
      long id,
      String startsAt,
      String topic,
      String audience,
      String trainer,
      String location,
      int durationMinutes,
      long costFen,
      long registered,
      long attended)
      implements Serializable {}

  /** Someone registered for the session shown. */
  public record Attendee(long id, String name, String department, boolean attended)
      implements Serializable {}

  @Inject TrainingSessions sessions;
  @Inject ConsoleTransactions transactions;

  private int year;
  private List<Row> rows = List.of();
  private long yearCostFen;

  private Row shown;
  private List<Attendee> attendees = List.of();

  private String topic;
  private String audience;
  private String trainer;
  private LocalDateTime startsAt;
  private Integer durationMinutes;
  private String location;
  private String costYuan;

  private String attendeeName;
  private String attendeeDepartment;
  private boolean attendeePresent = true;
  private String finalCostYuan;

  @PostConstruct
  void load() {
    year = LocalDate.now(ConsolePage.CAMPUS).getYear();
    refresh();
  }

  /** Reads the year's sessions and cost again, and the session shown. */
  public void refresh() {
    Instant start = LocalDate.of(year, 1, 1).atStartOfDay(ConsolePage.CAMPUS).toInstant();
    Instant end = LocalDate.of(year + 1, 1, 1).atStartOfDay(ConsolePage.CAMPUS).toInstant();
    transactions.run(
        () -> rows = sessions.list(start, end).stream().map(TrainingView::row).toList());
    yearCostFen = sessions.costFen(start, end);
    if (shown != null) {
      show(shown.id());
    }
  }

  private static Row row(TrainingSession s) {
    return new Row(
        s.getId(),
        ConsolePage.time(s.getStartsAt()),
        s.getTopic(),
        s.getAudience(),
        s.getTrainer(),
        s.getLocation(),
        s.getDurationMinutes(),
        s.getCost().fen(),
        s.getAttendees().size(),
        s.attendedCount());
  }

  /** Shows a session with its attendees, to record who came and what it cost. */
  public void show(long id) {
    ConsoleSteps.step(
        PAGE,
        () ->
            transactions.run(
                () -> {
                  TrainingSession s = sessions.find(id);
                  shown = row(s);
                  attendees =
                      s.getAttendees().stream()
                          .map(
                              a ->
                                  new Attendee(
                                      a.getId(), a.getName(), a.getDepartment(), a.isAttended()))
                          .toList();
                  finalCostYuan = ConsolePage.yuan(s.getCost().fen());
                }),
        null);
  }

  /** Schedules a session; it is then shown, for the attendees. */
  public void schedule() {
    NewTrainingSession session =
        new NewTrainingSession(
            strip(topic),
            strip(audience),
            strip(trainer),
            startsAt == null ? null : startsAt.atZone(ConsolePage.CAMPUS).toInstant(),
            durationMinutes == null ? 0 : durationMinutes,
            strip(location),
            fen(costYuan));
    long[] id = new long[1];
    if (ConsoleSteps.step(
        PAGE, () -> id[0] = sessions.schedule(session).getId(), "training.scheduled")) {
      int sessionYear = startsAt.getYear();
      topic = null;
      audience = null;
      trainer = null;
      startsAt = null;
      durationMinutes = null;
      location = null;
      costYuan = null;
      year = sessionYear;
      shown = null;
      refresh();
      show(id[0]);
    }
  }

  /** Registers someone for the session shown, present or not yet. */
  public void register() {
    if (shown == null) {
      return;
    }
    long id = shown.id();
    String name = strip(attendeeName);
    String department = ConsoleSteps.blankToNull(attendeeDepartment);
    boolean present = attendeePresent;
    if (ConsoleSteps.step(
        PAGE, () -> sessions.register(id, name, department, present), "training.registered")) {
      attendeeName = null;
      attendeeDepartment = null;
      attendeePresent = true;
    }
    refresh();
  }

  /** Marks an attendee of the session shown present or absent. */
  public void mark(long attendeeId, boolean present) {
    if (shown == null) {
      return;
    }
    long id = shown.id();
    ConsoleSteps.step(
        PAGE,
        () -> sessions.markAttended(id, attendeeId, present),
        present ? "training.markedPresent" : "training.markedAbsent");
    refresh();
  }

  /** Records the final cost of the session shown. */
  public void saveCost() {
    if (shown == null) {
      return;
    }
    long id = shown.id();
    long costFen = fen(finalCostYuan);
    ConsoleSteps.step(PAGE, () -> sessions.setCost(id, costFen), "training.costSaved");
    refresh();
  }

  /** Puts the session shown away. */
  public void hide() {
    shown = null;
    attendees = List.of();
  }

  /** Yuan typed with at most two decimals (checked on the page) as fen, exactly; blank is none. */
  static long fen(String yuan) {
    return yuan == null || yuan.isBlank()
        ? 0
        : new BigDecimal(yuan.strip()).movePointRight(2).longValueExact();
  }

  /** A duration in minutes as hours and minutes. */
  public String duration(int minutes) {
    return ConsolePage.duration(Duration.ofMinutes(minutes));
  }

  private static String strip(String s) {
    return s == null ? null : s.strip();
  }

  /** The training budget of a year, in fen. */
  public long getBudgetFen() {
    return ServiceStatistics.YEARLY_BUDGET_FEN.getOrDefault(BUDGET_KIND, 0L);
  }

  /** What is left of the year's budget (below zero when it is overspent), in fen. */
  public long getLeftFen() {
    return getBudgetFen() - yearCostFen;
  }

  /** The share of the budget spent, in whole percent (0 without a budget). */
  public long getSpentPercent() {
    long budget = getBudgetFen();
    return budget == 0
        ? 0
        : BigDecimal.valueOf(yearCostFen)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(budget), 0, RoundingMode.HALF_UP)
            .longValueExact();
  }

  /** The years the page can show, this one first. */
  public List<Integer> getYears() {
    int now = LocalDate.now(ConsolePage.CAMPUS).getYear();
    List<Integer> years = new ArrayList<>();
    for (int y = now + 1; y > now - YEARS_BACK; y--) {
      years.add(y);
    }
    return years;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public List<Row> getRows() {
    return rows;
  }

  public long getYearCostFen() {
    return yearCostFen;
  }

  public Row getShown() {
    return shown;
  }

  public List<Attendee> getAttendees() {
    return attendees;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public String getTrainer() {
    return trainer;
  }

  public void setTrainer(String trainer) {
    this.trainer = trainer;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalDateTime startsAt) {
    this.startsAt = startsAt;
  }

  public Integer getDurationMinutes() {
    return durationMinutes;
  }

  public void setDurationMinutes(Integer durationMinutes) {
    this.durationMinutes = durationMinutes;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public String getCostYuan() {
    return costYuan;
  }

  public void setCostYuan(String costYuan) {
    this.costYuan = costYuan;
  }

  public String getAttendeeName() {
    return attendeeName;
  }

  public void setAttendeeName(String attendeeName) {
    this.attendeeName = attendeeName;
  }

  public String getAttendeeDepartment() {
    return attendeeDepartment;
  }

  public void setAttendeeDepartment(String attendeeDepartment) {
    this.attendeeDepartment = attendeeDepartment;
  }

  public boolean isAttendeePresent() {
    return attendeePresent;
  }

  public void setAttendeePresent(boolean attendeePresent) {
    this.attendeePresent = attendeePresent;
  }

  public String getFinalCostYuan() {
    return finalCostYuan;
  }

  public void setFinalCostYuan(String finalCostYuan) {
    this.finalCostYuan = finalCostYuan;
  }
}
