package org.yikatong.servicedesk.domain.maintenance;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.yikatong.servicedesk.domain.calendar.Deadline;
import org.yikatong.servicedesk.domain.calendar.SlaTarget;
import org.yikatong.servicedesk.domain.calendar.WorkingCalendar;
import org.yikatong.servicedesk.domain.ticket.Ticket;

/**
 * A maintenance request, kept as the customer's user problem feedback and resolution form
 * (《用户问题反馈及落实情况表》 (after-sales plan)): who asks (unit or department, requester, contact), what the
 * problem or requirement is, the handling opinion of the review, the plan agreed with the user, the
 * implementation record, the verification and the user's confirmation, then archiving. Every step
 * goes through a method here that checks the flow ({@link MaintenanceStatus#next()}) and the step's
 * mandatory text and adds a signed, dated event to the history.
 *
 * <p>Custom change requests (adaptive and perfective) carry the contract's deadlines (see {@link
 * MaintenanceDeadline}), computed by {@link #scheduleDeadlines} and stored so that the watch finds
 * breaches by query; a breach is recorded once per deadline ({@link #recordBreach}). Each deadline
 * also has a warning: from its lead time before the deadline on (see {@link #warningLead}) while it
 * is unmet, recorded once per deadline ({@link #recordWarning}); a breach found without its warning
 * (the watch was not running) gets both, so a recorded breach always follows its warning.
 *
 * <p>A card holder's own request carries their holder number ({@link #getRequesterHolderNo}).
 */
@Entity
@Table(name = "maintenance_request")
public class MaintenanceRequest {

  /** The contract's deadlines for custom change requests (after-sales plan). */
  public static final SlaTarget UNDERSTAND_WITHIN = SlaTarget.workingDays(2);

  public static final SlaTarget ANSWER_WITHIN = SlaTarget.workingDays(5);

  /** "协商好后在一周内开始处理": a calendar week, round the clock, from the plan's agreement. */
  public static final SlaTarget START_WITHIN = SlaTarget.hours(7 * 24);

  /** The warning before the "understood" deadline: 4 duty hours (of working days) before it. */
  public static final Duration UNDERSTAND_WARNING = Duration.ofHours(4);

  /** The warning before the "answered" deadline: 4 duty hours (of working days) before it. */
  public static final Duration ANSWER_WARNING = Duration.ofHours(4);

  /** The warning before the "started" deadline: 1 day (round the clock) before it. */
  public static final Duration START_WARNING = Duration.ofDays(1);

  private static final Set<MaintenanceStatus> OPEN =
      EnumSet.of(
          MaintenanceStatus.SUBMITTED, MaintenanceStatus.REVIEWED, MaintenanceStatus.PLAN_AGREED);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maintenance_request_seq")
  @SequenceGenerator(
      name = "maintenance_request_seq",
      sequenceName = "maintenance_request_seq",
      allocationSize = 50)
  private Long id;

  // Set by numbered() after the insert: must stay updatable.
  @Column(name = "request_no", nullable = false, length = 24)
  private String requestNo;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 16)
  private MaintenanceKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private MaintenanceStatus status;

  @Column(name = "requesting_unit", nullable = false, updatable = false, length = 100)
  private String requestingUnit;

  @Column(name = "requester_name", nullable = false, updatable = false, length = 100)
  private String requesterName;

  @Column(name = "requester_contact", updatable = false, length = 100)
  private String requesterContact;

  /** The card holder who submitted the request themselves; null for a request staff took down. */
  @Column(name = "requester_holder_no", updatable = false, length = 32)
  private String requesterHolderNo;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "ticket_id", updatable = false)
  private Ticket ticket;

  @Column(name = "terminal_code", updatable = false, length = 8)
  private String terminalCode;

  @Column(name = "title", nullable = false, updatable = false, length = 200)
  private String title;

  @Column(name = "description", nullable = false, updatable = false, length = 2000)
  private String description;

  @Column(name = "handling_opinion", length = 2000)
  private String handlingOpinion;

  @Column(name = "rejection_reason", length = 2000)
  private String rejectionReason;

  @Column(name = "agreed_plan", length = 2000)
  private String plan;

  @Column(name = "plan_agreed_by", length = 100)
  private String planAgreedBy;

  @Column(name = "implementation", length = 2000)
  private String implementation;

  @Column(name = "verification", length = 2000)
  private String verification;

  @Column(name = "user_confirmation", length = 2000)
  private String userConfirmation;

  @Column(name = "confirmed_by", length = 100)
  private String confirmedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 64)
  private String createdBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "plan_agreed_at")
  private Instant planAgreedAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "implemented_at")
  private Instant implementedAt;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "archived_at")
  private Instant archivedAt;

  @Column(name = "understand_due")
  private Instant understandDue;

  @Column(name = "answer_due")
  private Instant answerDue;

  @Column(name = "start_due")
  private Instant startDue;

  @Column(name = "understand_breached_at")
  private Instant understandBreachedAt;

  @Column(name = "answer_breached_at")
  private Instant answerBreachedAt;

  @Column(name = "start_breached_at")
  private Instant startBreachedAt;

  @Column(name = "understand_warn_from")
  private Instant understandWarnFrom;

  @Column(name = "answer_warn_from")
  private Instant answerWarnFrom;

  @Column(name = "start_warn_from")
  private Instant startWarnFrom;

  @Column(name = "understand_warned_at")
  private Instant understandWarnedAt;

  @Column(name = "answer_warned_at")
  private Instant answerWarnedAt;

  @Column(name = "start_warned_at")
  private Instant startWarnedAt;

  @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<MaintenanceRequestEvent> events = new ArrayList<>();

  @Version private long version;

  protected MaintenanceRequest() {}

  /**
   * A submitted request with its first event. Number it with {@link #numbered} once persisted.
   *
   * @throws IllegalArgumentException when a mandatory field of the form is missing
   */
  public MaintenanceRequest(
      MaintenanceKind kind,
      String requestingUnit,
      String requesterName,
      String requesterContact,
      Ticket ticket,
      String terminalCode,
      String title,
      String description,
      Instant now,
      String by) {
    this(
        kind,
        requestingUnit,
        requesterName,
        requesterContact,
        null,
        ticket,
        terminalCode,
        title,
        description,
        now,
        by);
  }

  /**
   * A submitted request, possibly a card holder's own.
   *
   * @param requesterHolderNo the holder number of the card holder who asks for themselves, or null
   * @throws IllegalArgumentException when a mandatory field of the form is missing
   */
  public MaintenanceRequest(
      MaintenanceKind kind,
      String requestingUnit,
      String requesterName,
      String requesterContact,
      String requesterHolderNo,
      Ticket ticket,
      String terminalCode,
      String title,
      String description,
      Instant now,
      String by) {
    this.requesterHolderNo = optional(requesterHolderNo, "requesterHolderNo", 32);
    this.kind = required(kind, "kind (CORRECTIVE, ADAPTIVE, PERFECTIVE)");
    this.requestingUnit = text(requestingUnit, "requestingUnit (申请单位/部门)", 100);
    this.requesterName = text(requesterName, "requesterName (申请人)", 100);
    this.requesterContact = optional(requesterContact, "requesterContact", 100);
    this.ticket = ticket;
    this.terminalCode = optional(terminalCode, "terminalCode", 8);
    this.title = text(title, "title", 200);
    this.description = text(description, "description (问题/需求描述)", 2000);
    this.createdAt = Objects.requireNonNull(now, "now");
    this.createdBy = Objects.requireNonNull(by, "by");
    this.status = MaintenanceStatus.SUBMITTED;
    // Inserted under a unique placeholder; numbered() sets the real number in the same transaction.
    this.requestNo = "N" + Long.toHexString(ThreadLocalRandom.current().nextLong());
    events.add(
        new MaintenanceRequestEvent(
            this,
            now,
            by,
            MaintenanceRequestEvent.SUBMITTED,
            null,
            MaintenanceStatus.SUBMITTED,
            this.requesterName + "（" + this.requestingUnit + "）提交：" + this.title));
  }

  /** Gives the request its number, {@code WX<yyyymmdd>-<id>}, once the id is assigned. */
  public void numbered(LocalDate day) {
    if (id == null) {
      throw new IllegalStateException("A request is numbered once persisted");
    }
    requestNo = "WX" + day.toString().replace("-", "") + "-" + id;
  }

  /** The review: the handling opinion (问题审核处理意见). Meets the "understood" deadline. */
  public void review(String opinion, Instant now, String by) {
    String text = text(opinion, "handlingOpinion (处理意见)", 2000);
    move(MaintenanceStatus.REVIEWED, now, by, text);
    this.handlingOpinion = text;
    this.reviewedAt = now;
  }

  /** Refused at review, with the reason; this understands and answers the request. */
  public void reject(String reason, Instant now, String by) {
    String text = text(reason, "reason (不予受理的理由)", 2000);
    move(MaintenanceStatus.REJECTED, now, by, text);
    this.rejectionReason = text;
    this.reviewedAt = now;
    this.answeredAt = now;
  }

  /**
   * The maintenance plan agreed with the user (维护方案, 与用户协商确定). Answers the request and starts the
   * week within which the implementation must start.
   *
   * @param agreedBy who agreed on the user's side; the requester if not given
   */
  public void agreePlan(String plan, String agreedBy, Instant now, String by) {
    String text = text(plan, "plan (维护方案)", 2000);
    String user = agreedBy == null || agreedBy.isBlank() ? requesterName : agreedBy.strip();
    optional(user, "agreedBy", 100);
    move(MaintenanceStatus.PLAN_AGREED, now, by, text + "（用户确认人：" + user + "）");
    this.plan = text;
    this.planAgreedBy = user;
    this.planAgreedAt = now;
    this.answeredAt = now;
  }

  /** The implementation starts (once; the status stays PLAN_AGREED). */
  public void startImplementation(String note, Instant now, String by) {
    if (status != MaintenanceStatus.PLAN_AGREED) {
      throw new IllegalStateException(
          "Request "
              + requestNo
              + " is "
              + status
              + ": implementation starts once a plan is agreed");
    }
    if (startedAt != null) {
      throw new IllegalStateException("The implementation of " + requestNo + " started already");
    }
    events.add(
        new MaintenanceRequestEvent(
            this,
            now,
            by,
            MaintenanceRequestEvent.STARTED,
            status,
            status,
            note == null || note.isBlank() ? "开始实施" : note.strip()));
    this.startedAt = now;
  }

  /** The implementation record (实施记录); starts the implementation if not recorded before. */
  public void implement(String record, Instant now, String by) {
    String text = text(record, "implementation (实施记录)", 2000);
    move(MaintenanceStatus.IMPLEMENTED, now, by, text);
    this.implementation = text;
    this.implementedAt = now;
    if (startedAt == null) {
      startedAt = now;
    }
  }

  /** The verification (修改是否正确, 测试验证). */
  public void verify(String result, Instant now, String by) {
    String text = text(result, "verification (验证结果)", 2000);
    move(MaintenanceStatus.VERIFIED, now, by, text);
    this.verification = text;
    this.verifiedAt = now;
  }

  /**
   * The user's confirmation (用户确认), recorded by whoever takes it down.
   *
   * @param confirmedBy who confirmed on the user's side; the requester if not given
   */
  public void confirm(String confirmation, String confirmedBy, Instant now, String by) {
    String text = text(confirmation, "confirmation (用户确认意见)", 2000);
    String user =
        confirmedBy == null || confirmedBy.isBlank() ? requesterName : confirmedBy.strip();
    optional(user, "confirmedBy", 100);
    move(MaintenanceStatus.CONFIRMED, now, by, text + "（确认人：" + user + "）");
    this.userConfirmation = text;
    this.confirmedBy = user;
    this.confirmedAt = now;
  }

  /** Archived (归档): the form is complete. */
  public void archive(String note, Instant now, String by) {
    move(
        MaintenanceStatus.ARCHIVED,
        now,
        by,
        note == null || note.isBlank() ? "归档" : optional(note, "text", 2000));
    this.archivedAt = now;
  }

  /**
   * Computes the stored deadlines of a custom change request: understood and answered counted in
   * working days from the submission, started within a week of the plan's agreement. Corrective
   * requests have none (faults run on the tickets' SLA).
   */
  public void scheduleDeadlines(WorkingCalendar calendar) {
    if (!kind.isCustomRequest()) {
      return;
    }
    understandDue = due(calendar, createdAt, UNDERSTAND_WITHIN, Duration.ZERO);
    understandWarnFrom = due(calendar, createdAt, UNDERSTAND_WITHIN, UNDERSTAND_WARNING);
    answerDue = due(calendar, createdAt, ANSWER_WITHIN, Duration.ZERO);
    answerWarnFrom = due(calendar, createdAt, ANSWER_WITHIN, ANSWER_WARNING);
    startDue =
        planAgreedAt == null ? null : due(calendar, planAgreedAt, START_WITHIN, Duration.ZERO);
    startWarnFrom =
        planAgreedAt == null ? null : due(calendar, planAgreedAt, START_WITHIN, START_WARNING);
  }

  /**
   * When a target counted from {@code start} is due, less a lead counted on the same clock (duty
   * hours of working days for targets in working days, round the clock otherwise); never before
   * {@code start}.
   */
  private static Instant due(
      WorkingCalendar calendar, Instant start, SlaTarget target, Duration lead) {
    boolean workingDays = target.unit() == SlaTarget.Unit.WORKING_DAYS;
    Duration needed =
        (workingDays ? calendar.dutyDay().multipliedBy(target.amount()) : target.clockTime())
            .minus(lead);
    return calendar
        .addServiceTime(
            start,
            needed.isNegative() ? Duration.ZERO : needed,
            workingDays
                ? WorkingCalendar.Basis.WORKING_HOURS
                : WorkingCalendar.Basis.ROUND_THE_CLOCK,
            List.of())
        .orElseThrow();
  }

  /** How long before a deadline its warning comes, on the deadline's own clock. */
  public static Duration warningLead(MaintenanceDeadline deadline) {
    return switch (deadline) {
      case UNDERSTAND -> UNDERSTAND_WARNING;
      case ANSWER -> ANSWER_WARNING;
      case START -> START_WARNING;
    };
  }

  /**
   * The deadlines whose warning is due at {@code now} and not recorded yet: near (from the warning
   * time on) and unmet, or missed without a warning (passed unmet, or met late) and the breach not
   * recorded yet. A deadline met in time before its warning never gets one.
   */
  public List<MaintenanceDeadline> warningsDue(Instant now) {
    List<MaintenanceDeadline> near = new ArrayList<>();
    for (MaintenanceDeadline d : MaintenanceDeadline.values()) {
      if (warnedAt(d) == null
          && breachedAt(d) == null
          && deadline(d).filter(x -> x.warningDue(metAt(d), now)).isPresent()) {
        near.add(d);
      }
    }
    return near;
  }

  /** Records the warning that a deadline is near; once only. */
  public void recordWarning(MaintenanceDeadline deadline, Instant now, String by) {
    if (warnedAt(deadline) != null) {
      throw new IllegalStateException("The warning of " + deadline + " is recorded already");
    }
    if (due(deadline) == null) {
      throw new IllegalStateException(requestNo + " has no " + deadline + " deadline");
    }
    switch (deadline) {
      case UNDERSTAND -> understandWarnedAt = now;
      case ANSWER -> answerWarnedAt = now;
      case START -> startWarnedAt = now;
    }
    events.add(
        new MaintenanceRequestEvent(
            this,
            now,
            by,
            MaintenanceRequestEvent.WARNING,
            status,
            status,
            "临近合同期限：" + deadline.label() + "（期限 " + due(deadline) + "）"));
  }

  /**
   * The staff member who last took a step of the form (submitted it, signed a step, started the
   * implementation): not the requesting card holder, not the watch's warnings and breaches.
   */
  public java.util.Optional<String> lastStaffActor() {
    for (int i = events.size() - 1; i >= 0; i--) {
      MaintenanceRequestEvent e = events.get(i);
      boolean step =
          !MaintenanceRequestEvent.WARNING.equals(e.getKind())
              && !MaintenanceRequestEvent.BREACH.equals(e.getKind());
      if (step && !e.getActor().equals(requesterHolderNo)) {
        return java.util.Optional.of(e.getActor());
      }
    }
    return java.util.Optional.empty();
  }

  /** The deadlines missed at {@code now} and not recorded yet: passed while unmet, or met late. */
  public List<MaintenanceDeadline> overdue(Instant now) {
    List<MaintenanceDeadline> missed = new ArrayList<>();
    for (MaintenanceDeadline d : MaintenanceDeadline.values()) {
      if (breachedAt(d) == null && deadline(d).filter(x -> x.missed(metAt(d), now)).isPresent()) {
        missed.add(d);
      }
    }
    return missed;
  }

  /** Records that a deadline was missed; once only. */
  public void recordBreach(MaintenanceDeadline deadline, Instant now, String by) {
    if (breachedAt(deadline) != null) {
      throw new IllegalStateException("The breach of " + deadline + " is recorded already");
    }
    switch (deadline) {
      case UNDERSTAND -> understandBreachedAt = now;
      case ANSWER -> answerBreachedAt = now;
      case START -> startBreachedAt = now;
    }
    events.add(
        new MaintenanceRequestEvent(
            this,
            now,
            by,
            MaintenanceRequestEvent.BREACH,
            status,
            status,
            "超过合同期限：" + deadline.label() + "（期限 " + due(deadline) + "）"));
  }

  /** Whether the request can still miss a deadline (the watch looks at these). */
  public boolean isOpen() {
    return OPEN.contains(status);
  }

  public Instant due(MaintenanceDeadline deadline) {
    return switch (deadline) {
      case UNDERSTAND -> understandDue;
      case ANSWER -> answerDue;
      case START -> startDue;
    };
  }

  /** The deadline with its warning time; empty where the request has none (yet). */
  public java.util.Optional<Deadline> deadline(MaintenanceDeadline deadline) {
    Instant due = due(deadline);
    Instant from = warnFrom(deadline);
    return due == null || from == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(new Deadline(due, from));
  }

  /** When the deadline was met; null while it is not. */
  public Instant metAt(MaintenanceDeadline deadline) {
    return switch (deadline) {
      case UNDERSTAND -> reviewedAt;
      case ANSWER -> answeredAt;
      case START -> startedAt;
    };
  }

  /** From when the deadline's warning is due; null without the deadline. */
  public Instant warnFrom(MaintenanceDeadline deadline) {
    return switch (deadline) {
      case UNDERSTAND -> understandWarnFrom;
      case ANSWER -> answerWarnFrom;
      case START -> startWarnFrom;
    };
  }

  /** When the warning of the deadline was recorded; null if none was. */
  public Instant warnedAt(MaintenanceDeadline deadline) {
    return switch (deadline) {
      case UNDERSTAND -> understandWarnedAt;
      case ANSWER -> answerWarnedAt;
      case START -> startWarnedAt;
    };
  }

  /** When the breach of the deadline was recorded; null if none was. */
  public Instant breachedAt(MaintenanceDeadline deadline) {
    return switch (deadline) {
      case UNDERSTAND -> understandBreachedAt;
      case ANSWER -> answerBreachedAt;
      case START -> startBreachedAt;
    };
  }

  private void move(MaintenanceStatus target, Instant now, String by, String text) {
    if (!status.canMoveTo(target)) {
      throw new IllegalStateException(
          "Request " + requestNo + " is " + status + " and cannot become " + target);
    }
    events.add(
        new MaintenanceRequestEvent(
            this, now, by, MaintenanceRequestEvent.STATUS, status, target, text));
    status = target;
  }

  private static <T> T required(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  private static String text(String value, String name, int max) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    return optional(value, name, max);
  }

  private static String optional(String value, String name, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.length() > max) {
      throw new IllegalArgumentException(name + " is longer than " + max + " characters");
    }
    return v;
  }

  public Long getId() {
    return id;
  }

  public String getRequestNo() {
    return requestNo;
  }

  public MaintenanceKind getKind() {
    return kind;
  }

  public MaintenanceStatus getStatus() {
    return status;
  }

  public String getRequestingUnit() {
    return requestingUnit;
  }

  public String getRequesterName() {
    return requesterName;
  }

  public String getRequesterContact() {
    return requesterContact;
  }

  /** The card holder who submitted the request themselves; null if staff took it down. */
  public String getRequesterHolderNo() {
    return requesterHolderNo;
  }

  /** The fault ticket behind the request, if any. */
  public Ticket getTicket() {
    return ticket;
  }

  public String getTerminalCode() {
    return terminalCode;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public String getHandlingOpinion() {
    return handlingOpinion;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }

  public String getPlan() {
    return plan;
  }

  public String getPlanAgreedBy() {
    return planAgreedBy;
  }

  public String getImplementation() {
    return implementation;
  }

  public String getVerification() {
    return verification;
  }

  public String getUserConfirmation() {
    return userConfirmation;
  }

  public String getConfirmedBy() {
    return confirmedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public Instant getPlanAgreedAt() {
    return planAgreedAt;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getImplementedAt() {
    return implementedAt;
  }

  public Instant getVerifiedAt() {
    return verifiedAt;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public Instant getArchivedAt() {
    return archivedAt;
  }

  public List<MaintenanceRequestEvent> getEvents() {
    return Collections.unmodifiableList(events);
  }
}
