package org.yikatong.monitoring.domain.alert;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One episode of a rule's condition for one subject: pending while the condition has held for less
 * than the rule's raise hold, raised after it, cleared once the clear condition has held for the
 * clear hold. A value between the clear and the raise thresholds keeps a raised alert raised, so an
 * alert does not flap. While an alert is not cleared its {@code open_key} (rule and subject) is
 * unique in the table: one open alert per rule and subject, on any number of nodes.
 */
@Entity
@Table(name = "alert")
public class Alert {

  private static final int TERMINALS_LENGTH = 1000;

  /** What an evaluation did to an alert. */
  public enum Step {
    /** Nothing changed state. */
    NONE,
    /** It was raised now. */
    RAISED,
    /** It cleared now. */
    CLEARED,
    /** A pending alert whose condition went away before it was raised: it is dropped. */
    DISCARDED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_seq")
  @SequenceGenerator(name = "alert_seq", sequenceName = "alert_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "rule_id", nullable = false, updatable = false)
  private AlertRule rule;

  @Column(name = "subject", nullable = false, updatable = false, length = 100)
  private String subject;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 16)
  private AlertState state;

  @Column(name = "open_key", length = 140)
  private String openKey;

  @Column(name = "breaching_since", nullable = false)
  private Instant breachingSince;

  @Column(name = "raised_at")
  private Instant raisedAt;

  @Column(name = "clearing_since")
  private Instant clearingSince;

  @Column(name = "cleared_at")
  private Instant clearedAt;

  @Column(name = "observed")
  private Long observed;

  @Column(name = "attempts")
  private Long attempts;

  @Column(name = "area_wide", nullable = false)
  private boolean areaWide;

  @Column(name = "affected_devices", nullable = false)
  private int affectedDevices;

  @Column(name = "affected_holders", nullable = false)
  private int affectedHolders;

  @Column(name = "affected_terminals", length = TERMINALS_LENGTH)
  private String affectedTerminals;

  @Column(name = "detail", length = 400)
  private String detail;

  @Column(name = "ticket_no", length = 32)
  private String ticketNo;

  @Column(name = "silenced", nullable = false)
  private boolean silenced;

  @OneToMany(mappedBy = "alert", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id ASC") // the order they happened in, whatever the clock said
  private List<AlertEvent> events = new ArrayList<>();

  @Version private long version;

  protected Alert() {}

  /** A new pending alert: the rule's condition holds for the subject since {@code at}. */
  public Alert(AlertRule rule, Observation observation, Instant at) {
    this.rule = Objects.requireNonNull(rule);
    this.subject = observation.subject();
    this.state = AlertState.PENDING;
    this.openKey = openKey(rule.getId(), subject);
    this.breachingSince = at;
    observe(observation);
  }

  /** The key that is unique among open alerts. */
  public static String openKey(Long ruleId, String subject) {
    return ruleId + ":" + subject;
  }

  /**
   * Takes an evaluation of the rule for this alert's subject.
   *
   * @param observation what the rule measured; null when the subject showed nothing (no traffic, no
   *     terminal any more), which counts as cleared
   */
  public Step evaluate(Observation observation, Instant now) {
    if (observation != null) {
      observe(observation);
    }
    boolean breaching = observation != null && observation.breaching();
    boolean cleared = observation == null || observation.cleared();
    switch (state) {
      case PENDING -> {
        if (!breaching) {
          return Step.DISCARDED;
        }
        if (held(breachingSince, rule.getRaiseHoldMinutes(), now)) {
          state = AlertState.RAISED;
          raisedAt = now;
          record(AlertEvent.Kind.RAISED, "system", detail, now);
          return Step.RAISED;
        }
        return Step.NONE;
      }
      case RAISED -> {
        if (!cleared) {
          clearingSince = null;
          return Step.NONE;
        }
        if (clearingSince == null) {
          clearingSince = now;
        }
        if (held(clearingSince, rule.getClearHoldMinutes(), now)) {
          state = AlertState.CLEARED;
          clearedAt = now;
          openKey = null;
          record(AlertEvent.Kind.CLEARED, "system", detail, now);
          return Step.CLEARED;
        }
        return Step.NONE;
      }
      default -> {
        return Step.NONE;
      }
    }
  }

  private static boolean held(Instant since, int minutes, Instant now) {
    return !now.isBefore(since.plus(Duration.ofMinutes(minutes)));
  }

  private void observe(Observation observation) {
    observed = observation.value();
    attempts = observation.attempts();
    detail = cut(observation.detail(), 400);
  }

  /**
   * How far the fault reaches.
   *
   * @param areaWide more than one device shows it
   * @param devices the devices that show it
   * @param holders the card holders who used them lately
   */
  public void reach(boolean areaWide, List<String> devices, int holders) {
    this.areaWide = areaWide;
    this.affectedDevices = devices.size();
    this.affectedTerminals = cut(String.join(",", devices), TERMINALS_LENGTH);
    this.affectedHolders = holders;
  }

  public void record(AlertEvent.Kind kind, String actor, String text, Instant at) {
    events.add(new AlertEvent(this, at, kind, actor, text));
  }

  public void ticketOpened(String ticketNo, Instant at) {
    this.ticketNo = ticketNo;
    record(AlertEvent.Kind.TICKET_OPENED, "system", ticketNo, at);
  }

  public void silenced(boolean silenced) {
    this.silenced = silenced;
  }

  private static String cut(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int comma = text.lastIndexOf(',', max - 2);
    return text.substring(0, comma > 0 ? comma : max - 1) + "…";
  }

  public boolean isOpen() {
    return state != AlertState.CLEARED;
  }

  public Long getId() {
    return id;
  }

  public AlertRule getRule() {
    return rule;
  }

  public String getSubject() {
    return subject;
  }

  public AlertState getState() {
    return state;
  }

  public Instant getBreachingSince() {
    return breachingSince;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }

  public Instant getClearingSince() {
    return clearingSince;
  }

  public Instant getClearedAt() {
    return clearedAt;
  }

  public Long getObserved() {
    return observed;
  }

  public Long getAttempts() {
    return attempts;
  }

  public boolean isAreaWide() {
    return areaWide;
  }

  public int getAffectedDevices() {
    return affectedDevices;
  }

  public int getAffectedHolders() {
    return affectedHolders;
  }

  /** The affected terminals' codes. */
  public List<String> affectedTerminals() {
    return affectedTerminals == null || affectedTerminals.isBlank()
        ? List.of()
        : List.of(affectedTerminals.split(","));
  }

  public String getDetail() {
    return detail;
  }

  public String getTicketNo() {
    return ticketNo;
  }

  public boolean isSilenced() {
    return silenced;
  }

  public List<AlertEvent> getEvents() {
    return List.copyOf(events);
  }

  public long getVersion() {
    return version;
  }
}
