package org.yikatong.web.console.tech;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yikatong.inspection.application.InspectionRounds;
import org.yikatong.inspection.domain.InspectionRound;
import org.yikatong.inspection.domain.InspectionRoundItem;
import org.yikatong.inspection.domain.ItemOutcome;
import org.yikatong.inspection.domain.ItemResult;
import org.yikatong.inspection.domain.RoundStatus;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.security.domain.Role;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.ConsoleSteps;
import org.yikatong.web.console.ConsoleTransactions;

/**
 * A technician's inspection rounds on a phone: the rounds of today (and those begun earlier and not
 * yet completed), mine or everyone's; one round opened by its id ({@code ?roundId=}) to begin it
 * and to record a result for every checklist item at once. A failed item needs a note, asked for
 * beside the item before anything is sent; the service opens a ticket for each failed item, and the
 * page then links to the tickets it opened.
 */
@Named
@ViewScoped
public class RoundsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The most rounds of one status read for the list. */
  private static final int MAX = 500;

  /** A round in the list. */
  public record Row(
      long id,
      String reference,
      String template,
      String target,
      String plannedAt,
      String dueAt,
      String assignee,
      RoundStatus status,
      boolean overdue)
      implements Serializable {}

  /** The round opened. */
  public record Shown(
      long id,
      String reference,
      String template,
      String kind,
      String target,
      String plannedAt,
      String dueAt,
      String assignee,
      RoundStatus status,
      boolean overdue,
      String startedAt,
      String startedBy,
      String completedAt,
      String completedBy)
      implements Serializable {}

  /** One checklist item of the round opened, with what the technician enters for it. */
  public static class Check implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int itemNo;
    private final String text;
    private final String category;
    private String outcome;
    private String note;
    private String terminalCode;
    private final String ticketNo;

    Check(InspectionRoundItem item) {
      this.itemNo = item.getItemNo();
      this.text = item.getText();
      this.category = item.getCategory().name();
      this.outcome = item.getOutcome() == null ? null : item.getOutcome().name();
      this.note = item.getNote();
      this.terminalCode = item.getTerminalCode();
      this.ticketNo = item.getTicketNo();
    }

    public int getItemNo() {
      return itemNo;
    }

    public String getText() {
      return text;
    }

    public String getCategory() {
      return category;
    }

    public String getOutcome() {
      return outcome;
    }

    public void setOutcome(String outcome) {
      this.outcome = outcome;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }

    public String getTerminalCode() {
      return terminalCode;
    }

    public void setTerminalCode(String terminalCode) {
      this.terminalCode = terminalCode;
    }

    public String getTicketNo() {
      return ticketNo;
    }

    public boolean isFailed() {
      return ItemOutcome.FAILED.name().equals(outcome);
    }
  }

  @Inject InspectionRounds rounds;
  @Inject ConsoleTransactions transactions;

  private Long round;
  private String whose;
  private List<Row> rows = List.of();
  private Shown shown;
  private List<Check> checks = List.of();

  /** Reads the list and, when the address names one, the round (on the first request only). */
  public void load() {
    if (whose == null) {
      whose = external().isUserInRole(Role.TECHNICIAN) ? "mine" : "all";
    }
    if (round != null) {
      show(round);
    } else {
      refresh();
    }
  }

  /**
   * Reads the rounds to show: every round planned today, those planned earlier and still to do
   * (begun, or planned and overdue), open ones first, each group by planned time.
   */
  public void refresh() {
    Instant now = ConsolePage.now();
    LocalDate today = now.atZone(ConsolePage.CAMPUS).toLocalDate();
    Instant dayStart = today.atStartOfDay(ConsolePage.CAMPUS).toInstant();
    Instant dayEnd = today.plusDays(1).atStartOfDay(ConsolePage.CAMPUS).toInstant();
    String me = external().getRemoteUser();
    boolean mineOnly = "mine".equals(whose);
    rows =
        transactions.call(
            () -> {
              Map<Long, InspectionRound> found = new LinkedHashMap<>();
              for (RoundStatus status : RoundStatus.values()) {
                for (InspectionRound r : rounds.list(status, null, MAX)) {
                  boolean plannedToday =
                      !r.getPlannedAt().isBefore(dayStart) && r.getPlannedAt().isBefore(dayEnd);
                  boolean stillToDo =
                      r.getPlannedAt().isBefore(dayStart)
                          && (status == RoundStatus.IN_PROGRESS || status == RoundStatus.PLANNED);
                  if ((plannedToday || stillToDo) && (!mineOnly || me.equals(r.getAssignee()))) {
                    found.put(r.getId(), r);
                  }
                }
              }
              return found.values().stream()
                  .sorted(
                      Comparator.comparing((InspectionRound r) -> done(r.getStatus()))
                          .thenComparing(InspectionRound::getPlannedAt)
                          .thenComparing(InspectionRound::getId))
                  .map(r -> row(r, now))
                  .toList();
            });
  }

  private static boolean done(RoundStatus status) {
    return status == RoundStatus.COMPLETED || status == RoundStatus.MISSED;
  }

  private static Row row(InspectionRound r, Instant now) {
    return new Row(
        r.getId(),
        r.reference(),
        r.getTemplate().getName(),
        r.getTemplate().targetDescription(),
        ConsolePage.time(r.getPlannedAt()),
        ConsolePage.time(r.getDueAt()),
        r.getAssignee(),
        r.getStatus(),
        r.isOverdue(now));
  }

  /** Reads one round with its checklist; an unknown one is said so and the list shown instead. */
  void show(long id) {
    Instant now = ConsolePage.now();
    try {
      transactions.run(
          () -> {
            InspectionRound r = rounds.find(id);
            shown =
                new Shown(
                    r.getId(),
                    r.reference(),
                    r.getTemplate().getName(),
                    r.getTemplate().getKind().name(),
                    r.getTemplate().targetDescription(),
                    ConsolePage.time(r.getPlannedAt()),
                    ConsolePage.time(r.getDueAt()),
                    r.getAssignee(),
                    r.getStatus(),
                    r.isOverdue(now),
                    r.getStartedAt() == null ? null : ConsolePage.time(r.getStartedAt()),
                    r.getStartedBy(),
                    r.getCompletedAt() == null ? null : ConsolePage.time(r.getCompletedAt()),
                    r.getCompletedBy());
            checks = r.getItems().stream().map(Check::new).toList();
          });
    } catch (RequestRefusedException refused) {
      shown = null;
      checks = List.of();
      round = null;
      refused(refused);
      refresh();
    }
  }

  /** Begins the round shown. */
  public void start() {
    if (shown == null) {
      return;
    }
    try {
      rounds.start(shown.id());
      ConsolePage.info("rounds.started");
    } catch (RequestRefusedException refused) {
      refused(refused);
    }
    show(shown.id());
  }

  /**
   * Sends a result for every item and completes the round. An item without a result, or failed
   * without a note, is marked beside it and nothing is sent.
   */
  public void submit() {
    if (shown == null) {
      return;
    }
    boolean complete = true;
    for (int i = 0; i < checks.size(); i++) {
      Check check = checks.get(i);
      if (check.getOutcome() == null || check.getOutcome().isBlank()) {
        ConsolePage.error(
            "round:items:" + i + ":outcome", ConsolePage.bundle().getString("rounds.pickOutcome"));
        complete = false;
      } else if (check.isFailed() && blank(check.getNote())) {
        ConsolePage.error(
            "round:items:" + i + ":note", ConsolePage.bundle().getString("rounds.noteRequired"));
        complete = false;
      }
    }
    if (!complete) {
      return;
    }
    List<ItemResult> results = new ArrayList<>();
    for (Check check : checks) {
      results.add(
          new ItemResult(
              check.getItemNo(),
              ItemOutcome.valueOf(check.getOutcome()),
              blank(check.getNote()) ? null : check.getNote().strip(),
              blank(check.getTerminalCode()) ? null : check.getTerminalCode().strip()));
    }
    try {
      rounds.record(shown.id(), results);
    } catch (RequestRefusedException refused) {
      refused(refused);
      return;
    }
    show(shown.id());
    ConsolePage.info(getOpened().isEmpty() ? "rounds.recorded" : "rounds.recordedTickets");
  }

  /** The numbers of the tickets the round's failed items opened, in checklist order. */
  public List<String> getOpened() {
    return checks.stream().map(Check::getTicketNo).filter(Objects::nonNull).toList();
  }

  /** Whether the checklist takes results now: the round is begun and not completed. */
  public boolean isRecording() {
    return shown != null && shown.status() == RoundStatus.IN_PROGRESS;
  }

  /** Whether the round shown may be begun now: planned and not yet past its due time. */
  public boolean isStartable() {
    return shown != null && shown.status() == RoundStatus.PLANNED && !shown.overdue();
  }

  private static void refused(RequestRefusedException refused) {
    ConsoleSteps.refused("rounds", refused);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }

  public Long getRound() {
    return round;
  }

  public void setRound(Long round) {
    this.round = round;
  }

  public String getWhose() {
    return whose;
  }

  public void setWhose(String whose) {
    this.whose = whose;
  }

  public List<Row> getRows() {
    return rows;
  }

  public Shown getShown() {
    return shown;
  }

  public List<Check> getChecks() {
    return checks;
  }
}
