package org.yikatong.servicedesk.domain.ticket;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.yikatong.servicedesk.domain.calendar.ServicePause;
import org.yikatong.servicedesk.domain.calendar.WorkingCalendar;

/**
 * A fault ticket. Every change goes through a method here that checks the status flow ({@link
 * TicketStatus#next()}) and adds an event to the ticket's history, so the history is complete.
 *
 * <p>SLA: the ticket is responded to when staff first act on it (assign, start, comment, resolve);
 * the clock pauses while the ticket waits for the reporter. Deadlines are computed from the
 * creation time, the level's targets and the pauses (see {@link #responseDue}), and stored so that
 * warnings and breaches can be found by query.
 */
@Entity
@Table(name = "ticket")
public class Ticket {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
  @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 50)
  private Long id;

  @Column(name = "ticket_no", nullable = false, length = 20)
  private String ticketNo;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, updatable = false, length = 16)
  private TicketChannel channel;

  @Column(name = "reporter_name", nullable = false, length = 100)
  private String reporterName;

  @Column(name = "reporter_contact", length = 100)
  private String reporterContact;

  @Column(name = "reporter_holder_no", length = 32)
  private String reporterHolderNo;

  @Column(name = "terminal_code", length = 8)
  private String terminalCode;

  @Column(name = "location", length = 100)
  private String location;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, length = 16)
  private TicketCategory category;

  @Enumerated(EnumType.STRING)
  @Column(name = "ticket_level", nullable = false, length = 8)
  private TicketLevel level;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 24)
  private TicketStatus status;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Column(name = "description", nullable = false, length = 2000)
  private String description;

  @Column(name = "journal_entry_id")
  private Long journalEntryId;

  @Column(name = "assignee", length = 64)
  private String assignee;

  @Column(name = "resolution", length = 2000)
  private String resolution;

  @Column(name = "rating")
  private Integer rating;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 64)
  private String createdBy;

  @Column(name = "responded_at")
  private Instant respondedAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  /** Unanswered by then, a ticket waiting for its reporter goes back to its technician. */
  @Column(name = "waiting_until")
  private Instant waitingUntil;

  @Column(name = "response_due")
  private Instant responseDue;

  @Column(name = "resolution_due")
  private Instant resolutionDue;

  @Column(name = "contract_id", nullable = false, updatable = false)
  private Long contractId;

  @Column(name = "on_site_at")
  private Instant onSiteAt;

  @Column(name = "plan_at")
  private Instant planAt;

  @Column(name = "fix_plan_at")
  private Instant fixPlanAt;

  @Column(name = "on_site_due")
  private Instant onSiteDue;

  @Column(name = "plan_due")
  private Instant planDue;

  @Column(name = "fix_plan_due")
  private Instant fixPlanDue;

  @Column(name = "duty_post_id")
  private Long dutyPostId;

  /** 0: the technician; 1: escalated to the team lead; 2: to the manager. */
  @Column(name = "escalation_step", nullable = false)
  private int escalationStep;

  @Column(name = "escalated_to", length = 64)
  private String escalatedTo;

  @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<TicketEvent> events = new ArrayList<>();

  @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<TicketPause> pauses = new ArrayList<>();

  /** The asset at fault, from the register (by id; null when not known). */
  @Column(name = "asset_id")
  private Long assetId;

  @Enumerated(EnumType.STRING)
  @Column(name = "responsible_party", length = 24)
  private ResponsibleParty responsibleParty;

  @Column(name = "responsibility_note", length = 200)
  private String responsibilityNote;

  @Column(name = "handed_to", length = 200)
  private String handedTo;

  @Enumerated(EnumType.STRING)
  @Column(name = "repair_charge", length = 24)
  private RepairCharge repairCharge;

  @Column(name = "charge_reason", length = 500)
  private String chargeReason;

  @Column(name = "labour_minutes")
  private Integer labourMinutes;

  @Column(name = "parts_cost_fen")
  private Long partsCostFen;

  @Column(name = "labour_cost_fen")
  private Long labourCostFen;

  @Version private long version;

  protected Ticket() {}

  /** A new ticket, with its first event. Number it with {@link #numbered} once persisted. */
  public Ticket(
      TicketChannel channel,
      String reporterName,
      String reporterContact,
      String reporterHolderNo,
      String terminalCode,
      String location,
      TicketCategory category,
      TicketLevel level,
      String title,
      String description,
      Long journalEntryId,
      long contractId,
      Instant now,
      String by) {
    this.channel = Objects.requireNonNull(channel, "channel");
    this.reporterName = Objects.requireNonNull(reporterName, "reporterName");
    this.reporterContact = reporterContact;
    this.reporterHolderNo = reporterHolderNo;
    this.terminalCode = terminalCode;
    this.location = location;
    this.category = Objects.requireNonNull(category, "category");
    this.level = Objects.requireNonNull(level, "level");
    this.title = Objects.requireNonNull(title, "title");
    this.description = Objects.requireNonNull(description, "description");
    this.journalEntryId = journalEntryId;
    this.contractId = contractId;
    this.createdAt = Objects.requireNonNull(now, "now");
    this.createdBy = Objects.requireNonNull(by, "by");
    this.status = TicketStatus.NEW;
    // Inserted under a unique placeholder; numbered() sets the real number in the same transaction.
    this.ticketNo =
        "N" + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong());
    events.add(new TicketEvent(this, now, by, "CREATED", null, TicketStatus.NEW, title));
  }

  /** Gives the ticket its number, {@code GD<yyyymmdd>-<id>}, once the id is assigned. */
  public void numbered(java.time.LocalDate day) {
    ticketNo = "GD" + day.toString().replace("-", "") + "-" + id;
  }

  /**
   * Assigns (or reassigns) the ticket to a technician, with the reason.
   *
   * @param byStaff whether a person assigned it (which answers the report); automatic dispatch does
   *     not count as the response
   */
  public void assign(String technician, String reason, Instant now, String by, boolean byStaff) {
    move(TicketStatus.ASSIGNED, now, by, "assigned to " + technician + ": " + reason, byStaff);
    this.assignee = Objects.requireNonNull(technician, "technician");
  }

  public void start(Instant now, String by) {
    move(TicketStatus.IN_PROGRESS, now, by, "work started");
  }

  /** The ticket waits for the reporter: the SLA clock pauses until they answer. */
  public void waitForReporter(String question, Instant now, String by) {
    waitForReporter(question, null, now, by);
  }

  /**
   * The ticket waits for the reporter, at most until {@code until} (none when null): the SLA clock
   * pauses until they answer or, unanswered by then, the ticket goes back to its technician by
   * itself ({@link #waitEnded}).
   */
  public void waitForReporter(String question, Instant until, Instant now, String by) {
    if (until != null && !until.isAfter(now)) {
      throw new IllegalArgumentException("A ticket waits until a time to come: " + until);
    }
    move(TicketStatus.WAITING_FOR_REPORTER, now, by, question);
    pauses.add(new TicketPause(this, now));
    waitingUntil = until;
  }

  /**
   * Whether the ticket waited for its reporter until its date without an answer, at {@code now}.
   */
  public boolean waitIsOver(Instant now) {
    return status == TicketStatus.WAITING_FOR_REPORTER
        && waitingUntil != null
        && !now.isBefore(waitingUntil);
  }

  /**
   * The reporter did not answer by the date the ticket waited until: work goes on (in progress,
   * with its technician if it has one), the clock running again from that date. Refused unless
   * {@link #waitIsOver}.
   */
  public void waitEnded(Instant now) {
    if (!waitIsOver(now)) {
      throw new IllegalStateException("Ticket " + ticketNo + " is not waiting past a date");
    }
    Instant until = waitingUntil;
    move(
        TicketStatus.IN_PROGRESS,
        now,
        "system",
        "no answer from the reporter by "
            + until
            + ": back to "
            + (assignee == null ? "the helpdesk" : assignee),
        false);
    pauses.stream().filter(p -> p.getTo() == null).forEach(p -> p.end(until));
  }

  /** The reporter answered: the clock runs again and work goes on. */
  public void reporterAnswered(String answer, Instant now, String by) {
    move(TicketStatus.IN_PROGRESS, now, by, answer);
    pauses.stream().filter(p -> p.getTo() == null).forEach(p -> p.end(now));
  }

  public void resolve(String resolution, Instant now, String by) {
    if (resolution == null || resolution.isBlank()) {
      throw new IllegalArgumentException("A resolution says what was done");
    }
    move(TicketStatus.RESOLVED, now, by, resolution);
    pauses.stream().filter(p -> p.getTo() == null).forEach(p -> p.end(now));
    this.resolution = resolution;
    this.resolvedAt = now;
  }

  /** The reporter confirms the resolution, with a rating from 1 to 5. */
  public void confirm(int rating, String comment, Instant now, String by) {
    if (rating < 1 || rating > 5) {
      throw new IllegalArgumentException("A rating is from 1 to 5: " + rating);
    }
    move(
        TicketStatus.CLOSED,
        now,
        by,
        "confirmed, rated " + rating + (comment == null ? "" : ": " + comment));
    this.rating = rating;
    this.closedAt = now;
  }

  public void reopen(String reason, Instant now, String by) {
    move(TicketStatus.REOPENED, now, by, reason);
    this.resolvedAt = null;
    this.resolution = null;
  }

  /** A comment or work log line; staff comments count as the first response. */
  public void comment(String kind, String text, Instant now, String by, boolean staff) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("A comment has text");
    }
    if (status == TicketStatus.CLOSED) {
      throw new IllegalStateException("Ticket " + ticketNo + " is closed");
    }
    events.add(new TicketEvent(this, now, by, kind, status, status, text));
    if (staff && respondedAt == null) {
      respondedAt = now;
    }
  }

  /**
   * Links the journal entry the ticket is about (a payment the holder disputes, say), or another in
   * place of the one linked before; the timeline keeps both.
   */
  public void linkJournalEntry(long entryId, Instant now, String by) {
    if (status == TicketStatus.CLOSED) {
      throw new IllegalStateException("Ticket " + ticketNo + " is closed");
    }
    events.add(
        new TicketEvent(
            this,
            now,
            by,
            "JOURNAL_ENTRY",
            status,
            status,
            journalEntryId == null ? "#" + entryId : "#" + journalEntryId + " -> #" + entryId));
    this.journalEntryId = entryId;
  }

  public void setLevel(TicketLevel level, Instant now, String by) {
    if (status == TicketStatus.CLOSED) {
      throw new IllegalStateException("Ticket " + ticketNo + " is closed");
    }
    events.add(
        new TicketEvent(this, now, by, "LEVEL", status, status, this.level + " -> " + level));
    this.level = Objects.requireNonNull(level, "level");
  }

  /** A technician is on site; counts as the response if none came before. */
  public void arriveOnSite(String note, Instant now, String by) {
    requireWorkable();
    if (onSiteAt != null) {
      throw new IllegalStateException("Ticket " + ticketNo + " has been on site since " + onSiteAt);
    }
    events.add(
        new TicketEvent(this, now, by, "ON_SITE", status, status, note == null ? "on site" : note));
    onSiteAt = now;
    if (respondedAt == null) {
      respondedAt = now;
    }
  }

  /**
   * A written plan handed over: {@link SlaEvent.Target#PLAN} (the plan and schedule when the fault
   * is not fixed in time; for an emergency, the contingency plan) or {@link
   * SlaEvent.Target#FIX_PLAN} (an emergency's fix plan). The first of each kind meets its target.
   */
  public void handOverPlan(SlaEvent.Target kind, String plan, Instant now, String by) {
    if (kind != SlaEvent.Target.PLAN && kind != SlaEvent.Target.FIX_PLAN) {
      throw new IllegalArgumentException("A plan is a PLAN or a FIX_PLAN: " + kind);
    }
    if (plan == null || plan.isBlank()) {
      throw new IllegalArgumentException("A plan has text");
    }
    requireWorkable();
    events.add(new TicketEvent(this, now, by, kind.name(), status, status, plan));
    if (kind == SlaEvent.Target.PLAN && planAt == null) {
      planAt = now;
    } else if (kind == SlaEvent.Target.FIX_PLAN && fixPlanAt == null) {
      fixPlanAt = now;
    }
    if (respondedAt == null) {
      respondedAt = now;
    }
  }

  /** The duty post the ticket was dispatched from, whose chain it escalates up. */
  public void dispatchedFrom(Long dutyPostId) {
    this.dutyPostId = dutyPostId;
  }

  /** A note of the system's (dispatch found nobody, and why): no response, no status change. */
  public void systemNote(String kind, String text, Instant now) {
    events.add(new TicketEvent(this, now, "system", kind, status, status, text));
  }

  /**
   * Escalates the ticket one step up its chain (1: team lead, 2: manager), with the reason; a step
   * already reached is not taken again.
   *
   * @return whether the ticket was escalated
   */
  public boolean escalate(int step, String to, String reason, Instant now, String by) {
    if (step <= escalationStep) {
      return false;
    }
    events.add(
        new TicketEvent(
            this,
            now,
            by,
            "ESCALATION",
            status,
            status,
            "to " + to + " (step " + step + "): " + reason));
    escalationStep = step;
    escalatedTo = to;
    return true;
  }

  private void requireWorkable() {
    if (status == TicketStatus.CLOSED || status == TicketStatus.RESOLVED) {
      throw new IllegalStateException("Ticket " + ticketNo + " is " + status);
    }
  }

  private void move(TicketStatus target, Instant now, String by, String text) {
    move(target, now, by, text, true);
  }

  private void move(TicketStatus target, Instant now, String by, String text, boolean byStaff) {
    if (!status.canMoveTo(target)) {
      throw new IllegalStateException(
          "Ticket " + ticketNo + " is " + status + " and cannot become " + target);
    }
    events.add(new TicketEvent(this, now, by, "STATUS", status, target, text));
    if (status == TicketStatus.WAITING_FOR_REPORTER && target != status) {
      waitingUntil = null;
    }
    status = target;
    if (byStaff && respondedAt == null && target != TicketStatus.WAITING_FOR_REPORTER) {
      respondedAt = now;
    }
  }

  /** The pauses of the SLA clock so far. */
  public List<ServicePause> servicePauses() {
    return pauses.stream().map(p -> new ServicePause(p.getFrom(), p.getTo())).toList();
  }

  /** Recomputes the stored deadlines from the policy and the calendar. */
  public void scheduleDeadlines(SlaPolicy policy, WorkingCalendar calendar) {
    List<ServicePause> stops = servicePauses();
    // The response is due however long the ticket waits for its reporter; the rest pause.
    responseDue = deadline(policy, calendar, SlaEvent.Target.RESPONSE, List.of());
    onSiteDue = deadline(policy, calendar, SlaEvent.Target.ON_SITE, stops);
    planDue = deadline(policy, calendar, SlaEvent.Target.PLAN, stops);
    fixPlanDue = deadline(policy, calendar, SlaEvent.Target.FIX_PLAN, stops);
    resolutionDue = deadline(policy, calendar, SlaEvent.Target.RESOLUTION, stops);
  }

  private Instant deadline(
      SlaPolicy policy,
      WorkingCalendar calendar,
      SlaEvent.Target target,
      List<ServicePause> stops) {
    return policy
        .rule(level, target)
        .flatMap(r -> calendar.deadline(createdAt, r.target(), r.basis(), stops))
        .orElse(null);
  }

  /** When a target is due: null when the policy sets none or while the clock stands. */
  public Instant due(SlaEvent.Target target) {
    return switch (target) {
      case RESPONSE -> responseDue;
      case ON_SITE -> onSiteDue;
      case PLAN -> planDue;
      case FIX_PLAN -> fixPlanDue;
      case RESOLUTION -> resolutionDue;
    };
  }

  /**
   * When a target was met, or null: a resolution meets the on-site and plan targets too (a fault
   * fixed in time needs no visit or plan).
   */
  public Instant metAt(SlaEvent.Target target) {
    Instant met =
        switch (target) {
          case RESPONSE -> respondedAt;
          case ON_SITE -> onSiteAt;
          case PLAN -> planAt;
          case FIX_PLAN -> fixPlanAt;
          case RESOLUTION -> resolvedAt;
        };
    if (target != SlaEvent.Target.RESPONSE && resolvedAt != null) {
      return met == null || resolvedAt.isBefore(met) ? resolvedAt : met;
    }
    return met;
  }

  /**
   * The earliest deadline of a target not yet met, or null when every target is met or none is set
   * (a closed ticket, or one waiting for its reporter whose running targets stand).
   */
  public Instant nextDue() {
    Instant next = null;
    for (SlaEvent.Target target : SlaEvent.Target.values()) {
      Instant due = due(target);
      if (due != null && metAt(target) == null && (next == null || due.isBefore(next))) {
        next = due;
      }
    }
    return next;
  }

  /** How long the SLA clock has stood so far (a pause still open counts up to {@code now}). */
  public java.time.Duration pausedFor(Instant now) {
    java.time.Duration total = java.time.Duration.ZERO;
    for (TicketPause p : pauses) {
      Instant to = p.getTo() == null ? now : p.getTo();
      if (to.isAfter(p.getFrom())) {
        total = total.plus(java.time.Duration.between(p.getFrom(), to));
      }
    }
    return total;
  }

  /** Until when the ticket waits for its reporter, or null. */
  public Instant getWaitingUntil() {
    return waitingUntil;
  }

  /** The version the ticket was read at, for pages that refuse to act on a stale copy. */
  public long getVersion() {
    return version;
  }

  public Long getId() {
    return id;
  }

  public String getTicketNo() {
    return ticketNo;
  }

  public TicketChannel getChannel() {
    return channel;
  }

  public String getReporterName() {
    return reporterName;
  }

  public String getReporterContact() {
    return reporterContact;
  }

  public String getReporterHolderNo() {
    return reporterHolderNo;
  }

  public String getTerminalCode() {
    return terminalCode;
  }

  public String getLocation() {
    return location;
  }

  public TicketCategory getCategory() {
    return category;
  }

  public TicketLevel getLevel() {
    return level;
  }

  public TicketStatus getStatus() {
    return status;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public Long getJournalEntryId() {
    return journalEntryId;
  }

  public String getAssignee() {
    return assignee;
  }

  public String getResolution() {
    return resolution;
  }

  public Optional<Integer> getRating() {
    return Optional.ofNullable(rating);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getRespondedAt() {
    return respondedAt;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  /** When staff must have responded; null only before deadlines are scheduled. */
  public Instant responseDue() {
    return responseDue;
  }

  /** When the fault must be resolved; null while the clock stands (waiting for the reporter). */
  public Instant resolutionDue() {
    return resolutionDue;
  }

  public long getContractId() {
    return contractId;
  }

  public Instant getOnSiteAt() {
    return onSiteAt;
  }

  public Instant getPlanAt() {
    return planAt;
  }

  public Instant getFixPlanAt() {
    return fixPlanAt;
  }

  public Long getDutyPostId() {
    return dutyPostId;
  }

  public int getEscalationStep() {
    return escalationStep;
  }

  public String getEscalatedTo() {
    return escalatedTo;
  }

  public List<TicketEvent> getEvents() {
    return Collections.unmodifiableList(events);
  }

  /** Names the asset at fault (null: none known), with a line in the history. */
  public void concernsAsset(Long assetId, String serialNo, Instant now, String by) {
    if (status == TicketStatus.CLOSED) {
      throw new IllegalStateException("Ticket " + ticketNo + " is closed");
    }
    this.assetId = assetId;
    events.add(
        new TicketEvent(
            this, now, by, "ASSET", status, status, assetId == null ? "no asset" : serialNo));
  }

  /**
   * Holds a party responsible for the fault, with why (the contract's rule, or the helpdesk's
   * reason), and a line in the history.
   *
   * @return the party held responsible before, if any
   */
  public ResponsibleParty holdResponsible(
      ResponsibleParty party, String why, Instant now, String by) {
    Objects.requireNonNull(party, "party");
    if (why == null || why.isBlank()) {
      throw new IllegalArgumentException("A change of responsibility gives its reason");
    }
    ResponsibleParty before = responsibleParty;
    responsibleParty = party;
    responsibilityNote = why.length() > 200 ? why.substring(0, 200) : why;
    events.add(
        new TicketEvent(
            this,
            now,
            by,
            "RESPONSIBILITY",
            status,
            status,
            (before == null ? "" : before + " → ") + party + ": " + why));
    return before;
  }

  /** The ticket was handed to an outside party's contact (told by a notice). */
  public void handedTo(String contact, Instant now, String by) {
    this.handedTo = contact;
    events.add(new TicketEvent(this, now, by, "HANDED_OVER", status, status, contact));
  }

  /**
   * Classifies the repair: covered by the warranty or chargeable, with the reason; a chargeable one
   * carries its cost (parts at the contract's price, labour at its rate).
   */
  public void classify(
      RepairCharge charge,
      String reason,
      int labourMinutes,
      long partsCostFen,
      long labourCostFen,
      Instant now,
      String by) {
    Objects.requireNonNull(charge, "charge");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("A classification gives its reason");
    }
    if (labourMinutes < 0 || partsCostFen < 0 || labourCostFen < 0) {
      throw new IllegalArgumentException("A repair's work and cost are not negative");
    }
    this.repairCharge = charge;
    this.chargeReason = reason;
    this.labourMinutes = labourMinutes;
    this.partsCostFen = charge.isChargeable() ? partsCostFen : 0L;
    this.labourCostFen = charge.isChargeable() ? labourCostFen : 0L;
    events.add(
        new TicketEvent(
            this,
            now,
            by,
            "CHARGE",
            status,
            status,
            charge
                + ": "
                + reason
                + (charge.isChargeable()
                    ? " (parts "
                        + this.partsCostFen
                        + " fen, labour "
                        + this.labourCostFen
                        + " fen)"
                    : "")));
  }

  public Long getAssetId() {
    return assetId;
  }

  public ResponsibleParty getResponsibleParty() {
    return responsibleParty;
  }

  public String getResponsibilityNote() {
    return responsibilityNote;
  }

  public String getHandedTo() {
    return handedTo;
  }

  public RepairCharge getRepairCharge() {
    return repairCharge;
  }

  public String getChargeReason() {
    return chargeReason;
  }

  public Integer getLabourMinutes() {
    return labourMinutes;
  }

  public Long getPartsCostFen() {
    return partsCostFen;
  }

  public Long getLabourCostFen() {
    return labourCostFen;
  }

  /** What the repair is charged: parts and labour; zero unless classified chargeable. */
  public long chargedFen() {
    return (partsCostFen == null ? 0 : partsCostFen) + (labourCostFen == null ? 0 : labourCostFen);
  }
}
