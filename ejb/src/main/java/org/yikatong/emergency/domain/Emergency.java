package org.yikatong.emergency.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.yikatong.ledger.domain.PaymentChannel;

/**
 * An emergency of self-service payment, or a drill of one: its scope ({@link EmergencyScope}), what
 * card holders are told (notice, hotline, online top-up link, priority service for elderly and
 * disabled users, FAQ, staged updates), the terminals it switched and the service points it opened,
 * and a timeline of every step.
 *
 * <p>Invariants: the fault started no later than the declaration; a LOCATION scope names a
 * location, a CHANNEL scope a channel; the notice fits a terminal screen (300 characters).
 * Lifecycle: {@link EmergencyStatus#ACTIVE} from the declaration, {@link EmergencyStatus#ENDED}
 * once; updates are posted only while active.
 */
@Entity
@Table(name = "emergency")
public class Emergency {

  /** The emergency plan's deadline: the emergency flow starts within 30 minutes of the fault. */
  public static final Duration RESPONSE_LIMIT = Duration.ofMinutes(30);

  public static final int TITLE_MAX = 100;
  public static final int CAUSE_MAX = 1000;
  public static final int NOTICE_MAX = 300;
  public static final int NOTE_MAX = 500;
  public static final int LOCATION_MAX = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "emergency_seq")
  @SequenceGenerator(name = "emergency_seq", sequenceName = "emergency_seq", allocationSize = 50)
  private Long id;

  @Column(name = "title", nullable = false, length = 300)
  private String title;

  @Column(name = "cause", length = 3000)
  private String cause;

  @Column(name = "fault_started_at", nullable = false, updatable = false)
  private Instant faultStartedAt;

  @Column(name = "declared_at", nullable = false, updatable = false)
  private Instant declaredAt;

  @Column(name = "declared_by", nullable = false, updatable = false, length = 64)
  private String declaredBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "scope_kind", nullable = false, updatable = false, length = 16)
  private EmergencyScope scope;

  @Column(name = "scope_location", updatable = false, length = 300)
  private String location;

  @Enumerated(EnumType.STRING)
  @Column(name = "scope_channel", updatable = false, length = 16)
  private PaymentChannel channel;

  @Column(name = "drill", nullable = false, updatable = false)
  private boolean drill;

  @Column(name = "hotline", length = 32)
  private String hotline;

  @Column(name = "top_up_url", length = 500)
  private String topUpUrl;

  @Column(name = "priority_note", length = 1500)
  private String priorityNote;

  @Column(name = "notice_text", nullable = false, length = 1000)
  private String noticeText;

  @Column(name = "offline_mode", nullable = false, updatable = false)
  private boolean offline;

  @Column(name = "source_alert_id", updatable = false)
  private Long sourceAlertId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 8)
  private EmergencyStatus status;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "ended_by", length = 64)
  private String endedBy;

  @ElementCollection
  @CollectionTable(name = "emergency_terminal", joinColumns = @JoinColumn(name = "emergency_id"))
  @OrderColumn(name = "line_no")
  private List<SwitchedTerminal> terminals = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "emergency_point", joinColumns = @JoinColumn(name = "emergency_id"))
  @OrderColumn(name = "line_no")
  private List<ServicePoint> servicePoints = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "emergency_faq", joinColumns = @JoinColumn(name = "emergency_id"))
  @OrderColumn(name = "line_no")
  private List<FaqEntry> faq = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "emergency_update", joinColumns = @JoinColumn(name = "emergency_id"))
  @OrderColumn(name = "line_no")
  private List<StatusUpdate> updates = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "emergency_event", joinColumns = @JoinColumn(name = "emergency_id"))
  @OrderColumn(name = "line_no")
  private List<TimelineEvent> timeline = new ArrayList<>();

  @Version private long version;

  protected Emergency() {}

  /**
   * A new active emergency, declared now; its timeline starts with the declaration.
   *
   * @throws IllegalArgumentException a rule of the declaration is broken (the message says which)
   */
  public Emergency(
      String title,
      String cause,
      Instant faultStartedAt,
      Instant declaredAt,
      String declaredBy,
      EmergencyScope scope,
      String location,
      PaymentChannel channel,
      boolean drill,
      String noticeText,
      boolean offline,
      Long sourceAlertId) {
    this.title = text(title, TITLE_MAX, "title");
    this.cause = optional(cause, CAUSE_MAX, "cause");
    this.declaredAt = Objects.requireNonNull(declaredAt, "declaredAt");
    this.declaredBy = Objects.requireNonNull(declaredBy, "declaredBy");
    this.faultStartedAt = faultStartedAt == null ? declaredAt : faultStartedAt;
    if (this.faultStartedAt.isAfter(declaredAt)) {
      throw new IllegalArgumentException("The fault cannot start after the declaration");
    }
    this.scope = Objects.requireNonNull(scope, "scope");
    switch (scope) {
      case ALL_KIOSKS -> {
        if (location != null || channel != null) {
          throw new IllegalArgumentException("All kiosks take neither a location nor a channel");
        }
      }
      case LOCATION -> {
        this.location = text(location, LOCATION_MAX, "location");
        if (channel != null) {
          throw new IllegalArgumentException("A location scope takes no channel");
        }
      }
      case CHANNEL -> {
        if (channel == null) {
          throw new IllegalArgumentException("A channel scope names its channel");
        }
        if (location != null) {
          throw new IllegalArgumentException("A channel scope takes no location");
        }
        if (offline) {
          throw new IllegalArgumentException("A channel scope switches no terminal offline");
        }
        this.channel = channel;
      }
    }
    this.drill = drill;
    this.noticeText = text(noticeText, NOTICE_MAX, "notice");
    this.offline = offline;
    this.sourceAlertId = sourceAlertId;
    this.status = EmergencyStatus.ACTIVE;
    record(TimelineKind.DECLARED, declaredAt, declaredBy, describeScope());
  }

  /** How card holders reach help: the hotline, the online top-up link, the priority service. */
  public void contacts(String hotline, String topUpUrl, String priorityNote) {
    this.hotline = optional(hotline, 32, "hotline");
    String url = optional(topUpUrl, 300, "top-up link");
    if (url != null && !url.matches("https?://\\S+")) {
      throw new IllegalArgumentException("The top-up link is an http(s) address: " + url);
    }
    this.topUpUrl = url;
    this.priorityNote = optional(priorityNote, NOTE_MAX, "priority note");
  }

  /** A terminal in scope, switched by this emergency. */
  public SwitchedTerminal switchTerminal(String code, String type, String location) {
    SwitchedTerminal t = new SwitchedTerminal(code, type, location);
    terminals.add(t);
    return t;
  }

  public void openServicePoint(ServicePoint point) {
    servicePoints.add(Objects.requireNonNull(point, "point"));
  }

  public void publishFaq(FaqEntry entry) {
    faq.add(Objects.requireNonNull(entry, "entry"));
  }

  /** Posts a status update; only while active. */
  public StatusUpdate post(Stage stage, String text, Instant at, String by) {
    if (status != EmergencyStatus.ACTIVE) {
      throw new IllegalStateException("Emergency " + id + " has ended");
    }
    StatusUpdate update = new StatusUpdate(stage, text, at, by);
    updates.add(update);
    record(TimelineKind.UPDATE_POSTED, at, by, stage + ": " + update.getText());
    return update;
  }

  /** Ends the emergency; once only. */
  public void end(Instant at, String by) {
    if (status != EmergencyStatus.ACTIVE) {
      throw new IllegalStateException("Emergency " + id + " has ended already");
    }
    status = EmergencyStatus.ENDED;
    endedAt = Objects.requireNonNull(at, "at");
    endedBy = Objects.requireNonNull(by, "by");
    record(TimelineKind.ENDED, at, by, null);
  }

  /** Adds a step to the timeline. */
  public void record(TimelineKind kind, Instant at, String actor, String detail) {
    timeline.add(new TimelineEvent(kind, at, actor, detail));
  }

  public boolean isActive() {
    return status == EmergencyStatus.ACTIVE;
  }

  /** The stage card holders see: the latest update's, else investigating. */
  public Stage stage() {
    return updates.isEmpty() ? Stage.INVESTIGATING : updates.get(updates.size() - 1).getStage();
  }

  /** The time from the fault to the declaration. */
  public Duration responseTime() {
    return Duration.between(faultStartedAt, declaredAt);
  }

  /** Whether the emergency flow started within {@link #RESPONSE_LIMIT} of the fault. */
  public boolean startedInTime() {
    return responseTime().compareTo(RESPONSE_LIMIT) <= 0;
  }

  /** The scope in words: {@code ALL_KIOSKS}, {@code LOCATION 一食堂}, {@code CHANNEL WECHAT}. */
  public String describeScope() {
    return switch (scope) {
      case ALL_KIOSKS -> "ALL_KIOSKS";
      case LOCATION -> "LOCATION " + location;
      case CHANNEL -> "CHANNEL " + channel;
    };
  }

  /** The MODE payload for the terminals in scope. */
  public String mode() {
    return offline ? "OFFLINE" : "EMERGENCY";
  }

  private static String text(String value, int max, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("The " + what + " is missing");
    }
    String v = value.strip();
    if (v.length() > max) {
      throw new IllegalArgumentException(
          "The " + what + " has at most " + max + " characters, not " + v.length());
    }
    return v;
  }

  private static String optional(String value, int max, String what) {
    return value == null || value.isBlank() ? null : text(value, max, what);
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getCause() {
    return cause;
  }

  public Instant getFaultStartedAt() {
    return faultStartedAt;
  }

  public Instant getDeclaredAt() {
    return declaredAt;
  }

  public String getDeclaredBy() {
    return declaredBy;
  }

  public EmergencyScope getScope() {
    return scope;
  }

  public String getLocation() {
    return location;
  }

  public PaymentChannel getChannel() {
    return channel;
  }

  public boolean isDrill() {
    return drill;
  }

  public String getHotline() {
    return hotline;
  }

  public String getTopUpUrl() {
    return topUpUrl;
  }

  public String getPriorityNote() {
    return priorityNote;
  }

  public String getNoticeText() {
    return noticeText;
  }

  public boolean isOffline() {
    return offline;
  }

  public Long getSourceAlertId() {
    return sourceAlertId;
  }

  public EmergencyStatus getStatus() {
    return status;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public String getEndedBy() {
    return endedBy;
  }

  public List<SwitchedTerminal> getTerminals() {
    return Collections.unmodifiableList(terminals);
  }

  public List<ServicePoint> getServicePoints() {
    return Collections.unmodifiableList(servicePoints);
  }

  public List<FaqEntry> getFaq() {
    return Collections.unmodifiableList(faq);
  }

  public List<StatusUpdate> getUpdates() {
    return Collections.unmodifiableList(updates);
  }

  public List<TimelineEvent> getTimeline() {
    return Collections.unmodifiableList(timeline);
  }
}
