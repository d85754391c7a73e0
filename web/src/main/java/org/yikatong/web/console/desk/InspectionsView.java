package org.yikatong.web.console.desk;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.yikatong.inspection.application.InspectionPlanner;
import org.yikatong.inspection.application.InspectionPlans;
import org.yikatong.inspection.application.InspectionRounds;
import org.yikatong.inspection.application.NewSchedule;
import org.yikatong.inspection.application.NewTemplate;
import org.yikatong.inspection.domain.ChecklistItem;
import org.yikatong.inspection.domain.InspectionKind;
import org.yikatong.inspection.domain.InspectionRound;
import org.yikatong.inspection.domain.InspectionSchedule;
import org.yikatong.inspection.domain.InspectionTemplate;
import org.yikatong.inspection.domain.Recurrence;
import org.yikatong.inspection.domain.RoundStatus;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.servicedesk.application.Tickets;
import org.yikatong.servicedesk.application.Tickets.Technician;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;
import org.yikatong.terminal.domain.TerminalType;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.ConsoleSteps;
import org.yikatong.web.console.ConsoleTransactions;

/**
 * Inspections for the helpdesk: the templates (what a round checks, an ordered checklist, and where
 * it goes), written and changed here; the schedules that put a template on a recurrence for a
 * technician, each with its next round, started, suspended and resumed here; and the rounds, by
 * status or overdue. The planner makes the rounds every five minutes; the page can run it at once.
 */
@Named
@ViewScoped
public class InspectionsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The most rounds listed. */
  private static final int MAX_ROUNDS = 200;

  /** The rounds filter that lists the overdue rounds, of any status. */
  public static final String OVERDUE = "OVERDUE";

  /** A template in the list. */
  public record TemplateRow(
      long id,
      String name,
      String kind,
      String target,
      List<String> items,
      String createdAt,
      String createdBy)
      implements Serializable {}

  /** A schedule in the list. */
  public record ScheduleRow(
      long id,
      String template,
      String recurrence,
      long graceMinutes,
      String assignee,
      boolean active,
      String startsAt,
      String nextRoundAt)
      implements Serializable {}

  /** A round in the list. */
  public record RoundRow(
      long id,
      String reference,
      String template,
      String plannedAt,
      String dueAt,
      String assignee,
      RoundStatus status,
      boolean overdue,
      String completedAt)
      implements Serializable {}

  /** A value to pick and its label. */
  public record Choice(String value, String label) implements Serializable {}

  /** One checklist line of the template being written. */
  public static class Line implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private String category;

    Line(String text, String category) {
      this.text = text;
      this.category = category;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public String getCategory() {
      return category;
    }

    public void setCategory(String category) {
      this.category = category;
    }
  }

  @Inject InspectionPlans plans;
  @Inject InspectionRounds rounds;
  @Inject InspectionPlanner planner;
  @Inject Tickets tickets;
  @Inject ConsoleTransactions transactions;

  private List<TemplateRow> templates = List.of();
  private List<ScheduleRow> schedules = List.of();
  private List<RoundRow> roundRows = List.of();
  private List<Technician> technicians = List.of();

  private boolean editing;
  private Long templateId;
  private String name;
  private String kind;
  private String targetType;
  private String targetArea;
  private List<Line> lines = new ArrayList<>();

  private Long scheduleTemplate;
  private String repeat = "HOURS";
  private Integer everyHours;
  private String weekday;
  private LocalTime at;
  private Integer graceMinutes;
  private String assignee;

  private String roundStatus;

  @PostConstruct
  void load() {
    technicians = tickets.listTechnicians();
    refresh();
  }

  /** Reads the templates, schedules and rounds again. */
  public void refresh() {
    Instant now = ConsolePage.now();
    Locale locale = locale();
    transactions.run(
        () -> {
          templates = plans.templates().stream().map(InspectionsView::templateRow).toList();
          schedules = plans.schedules().stream().map(s -> scheduleRow(s, now, locale)).toList();
        });
    refreshRounds();
  }

  /** Reads the rounds of the status chosen (or the overdue ones, or all) again. */
  public void refreshRounds() {
    Instant now = ConsolePage.now();
    roundRows =
        transactions.call(
            () -> {
              List<InspectionRound> found =
                  OVERDUE.equals(roundStatus)
                      ? rounds.overdue(null, MAX_ROUNDS)
                      : rounds.list(
                          roundStatus == null || roundStatus.isBlank()
                              ? null
                              : RoundStatus.valueOf(roundStatus),
                          null,
                          MAX_ROUNDS);
              return found.stream().map(r -> roundRow(r, now)).toList();
            });
  }

  private static TemplateRow templateRow(InspectionTemplate t) {
    return new TemplateRow(
        t.getId(),
        t.getName(),
        t.getKind().name(),
        t.targetDescription(),
        t.getItems().stream().map(ChecklistItem::getText).toList(),
        ConsolePage.time(t.getCreatedAt()),
        t.getCreatedBy());
  }

  private static ScheduleRow scheduleRow(InspectionSchedule s, Instant now, Locale locale) {
    Recurrence r = s.recurrence();
    Instant from = now.isAfter(s.getStartsAt()) ? now : s.getStartsAt();
    return new ScheduleRow(
        s.getId(),
        s.getTemplate().getName(),
        describe(r, locale),
        s.grace().toMinutes(),
        s.getAssignee(),
        s.isActive(),
        ConsolePage.time(s.getStartsAt()),
        s.isActive() ? ConsolePage.time(r.firstAtOrAfter(from)) : null);
  }

  private static String describe(Recurrence r, Locale locale) {
    if (r.kind() == Recurrence.Kind.EVERY_N_HOURS) {
      return MessageFormat.format(
          ConsolePage.bundle().getString("inspections.everyHoursText"), r.everyHours());
    }
    return MessageFormat.format(
        ConsolePage.bundle().getString("inspections.weeklyText"),
        r.weekday().getDisplayName(TextStyle.FULL, locale),
        r.at().toString());
  }

  private static RoundRow roundRow(InspectionRound r, Instant now) {
    return new RoundRow(
        r.getId(),
        r.reference(),
        r.getTemplate().getName(),
        ConsolePage.time(r.getPlannedAt()),
        ConsolePage.time(r.getDueAt()),
        r.getAssignee(),
        r.getStatus(),
        r.isOverdue(now),
        r.getCompletedAt() == null ? null : ConsolePage.time(r.getCompletedAt()));
  }

  // --- templates ---------------------------------------------------------------------------

  /** Opens an empty template with one checklist line. */
  public void newTemplate() {
    editing = true;
    templateId = null;
    name = null;
    kind = InspectionKind.FULL.name();
    targetType = null;
    targetArea = null;
    lines = new ArrayList<>();
    lines.add(new Line(null, TicketCategory.HARDWARE.name()));
  }

  /** Opens a template to change it. */
  public void editTemplate(long id) {
    try {
      InspectionTemplate t = plans.template(id);
      editing = true;
      templateId = t.getId();
      name = t.getName();
      kind = t.getKind().name();
      targetType = t.getTargetType() == null ? null : t.getTargetType().name();
      targetArea = t.getTargetArea();
      lines = new ArrayList<>();
      for (ChecklistItem item : t.getItems()) {
        lines.add(new Line(item.getText(), item.getCategory().name()));
      }
    } catch (RequestRefusedException refused) {
      refused(refused);
      refresh();
    }
  }

  public void closeEditor() {
    editing = false;
    templateId = null;
    lines = new ArrayList<>();
  }

  /** Adds an empty line at the end of the checklist. */
  public void addLine() {
    if (lines.size() < InspectionTemplate.MAX_ITEMS) {
      lines.add(new Line(null, TicketCategory.HARDWARE.name()));
    }
  }

  public void removeLine(int index) {
    if (index >= 0 && index < lines.size() && lines.size() > 1) {
      lines.remove(index);
    }
  }

  /** Moves a line one place up the checklist. */
  public void moveUp(int index) {
    if (index > 0 && index < lines.size()) {
      Line line = lines.remove(index);
      lines.add(index - 1, line);
    }
  }

  /** Stores the template written, new or changed; what is missing is marked beside its field. */
  public void saveTemplate() {
    boolean complete = true;
    if (blank(name)) {
      ConsolePage.error("template:name", ConsolePage.bundle().getString("form.required"));
      complete = false;
    }
    if (blank(kind)) {
      ConsolePage.error("template:kind", ConsolePage.bundle().getString("form.required"));
      complete = false;
    }
    if (blank(targetType) && blank(targetArea)) {
      ConsolePage.error(
          "template:targetArea", ConsolePage.bundle().getString("inspections.targetRequired"));
      complete = false;
    }
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (blank(line.getText())) {
        ConsolePage.error(
            "template:lines:" + i + ":text", ConsolePage.bundle().getString("form.required"));
        complete = false;
      }
      if (blank(line.getCategory())) {
        ConsolePage.error(
            "template:lines:" + i + ":category", ConsolePage.bundle().getString("form.required"));
        complete = false;
      }
    }
    if (lines.isEmpty()) {
      ConsolePage.error(
          "template:addLine", ConsolePage.bundle().getString("inspections.itemsRequired"));
      complete = false;
    }
    if (!complete) {
      return;
    }
    NewTemplate request =
        new NewTemplate(
            name.strip(),
            InspectionKind.valueOf(kind),
            blank(targetType) ? null : TerminalType.valueOf(targetType),
            blank(targetArea) ? null : targetArea.strip(),
            lines.stream()
                .map(
                    l ->
                        new NewTemplate.Item(
                            l.getText().strip(), TicketCategory.valueOf(l.getCategory())))
                .toList());
    try {
      if (templateId == null) {
        plans.createTemplate(request);
      } else {
        plans.changeTemplate(templateId, request);
      }
    } catch (RequestRefusedException refused) {
      refused(refused);
      return;
    }
    ConsolePage.info(
        templateId == null ? "inspections.templateCreated" : "inspections.templateChanged");
    closeEditor();
    refresh();
  }

  // --- schedules ---------------------------------------------------------------------------

  /** Starts a schedule; what is missing for the recurrence chosen is marked beside its field. */
  public void createSchedule() {
    boolean hourly = !"WEEKLY".equals(repeat);
    boolean complete = true;
    if (scheduleTemplate == null) {
      ConsolePage.error("schedule:template", ConsolePage.bundle().getString("form.required"));
      complete = false;
    }
    if (blank(assignee)) {
      ConsolePage.error("schedule:assignee", ConsolePage.bundle().getString("form.required"));
      complete = false;
    }
    if (hourly && everyHours == null) {
      ConsolePage.error("schedule:everyHours", ConsolePage.bundle().getString("form.required"));
      complete = false;
    }
    if (!hourly && blank(weekday)) {
      ConsolePage.error("schedule:weekday", ConsolePage.bundle().getString("form.required"));
      complete = false;
    }
    if (!hourly && at == null) {
      ConsolePage.error("schedule:at", ConsolePage.bundle().getString("form.required"));
      complete = false;
    } else if (!hourly && at.isBefore(Recurrence.DUTY_START)) {
      ConsolePage.error("schedule:at", ConsolePage.bundle().getString("inspections.dutyHours"));
      complete = false;
    }
    if (!complete) {
      return;
    }
    try {
      plans.createSchedule(
          new NewSchedule(
              scheduleTemplate,
              hourly ? everyHours : null,
              hourly ? null : DayOfWeek.valueOf(weekday),
              hourly ? null : at,
              graceMinutes,
              assignee));
    } catch (RequestRefusedException refused) {
      refused(refused);
      return;
    }
    ConsolePage.info("inspections.scheduleCreated");
    scheduleTemplate = null;
    everyHours = null;
    weekday = null;
    at = null;
    graceMinutes = null;
    assignee = null;
    refresh();
  }

  /** Suspends ({@code false}) or resumes ({@code true}) a schedule's planning. */
  public void setActive(long id, boolean active) {
    try {
      plans.setActive(id, active);
      ConsolePage.info(active ? "inspections.resumed" : "inspections.suspended");
    } catch (RequestRefusedException refused) {
      refused(refused);
    }
    refresh();
  }

  /** Runs the planner now: plans the rounds due to exist, marks the missed ones. */
  public void runPlanner() {
    try {
      InspectionPlanner.Outcome outcome = planner.check();
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_INFO,
                  MessageFormat.format(
                      ConsolePage.bundle().getString("inspections.plannerRan"),
                      outcome.planned(),
                      outcome.missed(),
                      outcome.notified()),
                  ""));
    } catch (RequestRefusedException refused) {
      refused(refused);
    }
    refresh();
  }

  // --- choices ------------------------------------------------------------------------------

  public List<String> getKinds() {
    return Arrays.stream(InspectionKind.values()).map(Enum::name).toList();
  }

  public List<String> getTargetTypes() {
    return Arrays.stream(TerminalType.values()).map(Enum::name).toList();
  }

  public List<String> getCategories() {
    return Arrays.stream(TicketCategory.values()).map(Enum::name).toList();
  }

  public List<String> getStatuses() {
    return Arrays.stream(RoundStatus.values()).map(Enum::name).toList();
  }

  /** The weekdays, Monday first, each with its name in the user's language. */
  public List<Choice> getWeekdays() {
    Locale locale = locale();
    return Arrays.stream(DayOfWeek.values())
        .map(d -> new Choice(d.name(), d.getDisplayName(TextStyle.FULL, locale)))
        .toList();
  }

  public boolean isFull() {
    return lines.size() >= InspectionTemplate.MAX_ITEMS;
  }

  private static void refused(RequestRefusedException refused) {
    ConsoleSteps.refused("inspections", refused);
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  // --- properties ---------------------------------------------------------------------------

  public List<TemplateRow> getTemplates() {
    return templates;
  }

  public List<ScheduleRow> getSchedules() {
    return schedules;
  }

  public List<RoundRow> getRoundRows() {
    return roundRows;
  }

  public List<Technician> getTechnicians() {
    return technicians;
  }

  public boolean isEditing() {
    return editing;
  }

  public Long getTemplateId() {
    return templateId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getTargetType() {
    return targetType;
  }

  public void setTargetType(String targetType) {
    this.targetType = targetType;
  }

  public String getTargetArea() {
    return targetArea;
  }

  public void setTargetArea(String targetArea) {
    this.targetArea = targetArea;
  }

  public List<Line> getLines() {
    return lines;
  }

  public Long getScheduleTemplate() {
    return scheduleTemplate;
  }

  public void setScheduleTemplate(Long scheduleTemplate) {
    this.scheduleTemplate = scheduleTemplate;
  }

  public String getRepeat() {
    return repeat;
  }

  public void setRepeat(String repeat) {
    this.repeat = repeat;
  }

  public Integer getEveryHours() {
    return everyHours;
  }

  public void setEveryHours(Integer everyHours) {
    this.everyHours = everyHours;
  }

  public String getWeekday() {
    return weekday;
  }

  public void setWeekday(String weekday) {
    this.weekday = weekday;
  }

  public LocalTime getAt() {
    return at;
  }

  public void setAt(LocalTime at) {
    this.at = at;
  }

  public Integer getGraceMinutes() {
    return graceMinutes;
  }

  public void setGraceMinutes(Integer graceMinutes) {
    this.graceMinutes = graceMinutes;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public String getRoundStatus() {
    return roundStatus;
  }

  public void setRoundStatus(String roundStatus) {
    this.roundStatus = roundStatus;
  }
}
