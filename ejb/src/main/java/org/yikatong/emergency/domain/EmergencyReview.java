package org.yikatong.emergency.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The review record of an ended emergency (复盘): the emergency with its timeline and the devices it
 * switched, how many card holders it reached (distinct cards that used the scope in the seven days
 * before the end, an estimate), the cause as the review finds it, and follow-up actions with owner
 * and due date. One per emergency, opened when it ends; the cause is edited and actions added and
 * completed later.
 */
@Entity
@Table(name = "emergency_review")
public class EmergencyReview {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "emergency_review_seq")
  @SequenceGenerator(
      name = "emergency_review_seq",
      sequenceName = "emergency_review_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "emergency_id", nullable = false, updatable = false)
  private Emergency emergency;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  @Column(name = "opened_by", nullable = false, updatable = false, length = 64)
  private String openedBy;

  @Column(name = "cause", length = 3000)
  private String cause;

  @Column(name = "device_count", nullable = false, updatable = false)
  private int deviceCount;

  @Column(name = "card_estimate", nullable = false, updatable = false)
  private long cardEstimate;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  @ElementCollection
  @CollectionTable(name = "emergency_action", joinColumns = @JoinColumn(name = "review_id"))
  @OrderColumn(name = "line_no")
  private List<FollowUpAction> actions = new ArrayList<>();

  @Version private long version;

  protected EmergencyReview() {}

  /** Opens the review of an ended emergency; the cause starts as the declaration's. */
  public EmergencyReview(Emergency emergency, long cardEstimate, Instant at, String by) {
    if (emergency.isActive()) {
      throw new IllegalStateException("An emergency is reviewed once it has ended");
    }
    this.emergency = emergency;
    this.deviceCount = emergency.getTerminals().size();
    this.cardEstimate = cardEstimate;
    this.cause = emergency.getCause();
    this.openedAt = Objects.requireNonNull(at, "at");
    this.openedBy = Objects.requireNonNull(by, "by");
    this.updatedAt = at;
    this.updatedBy = by;
  }

  public void editCause(String cause, Instant at, String by) {
    if (cause != null && cause.length() > Emergency.CAUSE_MAX) {
      throw new IllegalArgumentException(
          "The cause has at most " + Emergency.CAUSE_MAX + " characters");
    }
    this.cause = cause == null || cause.isBlank() ? null : cause.strip();
    touched(at, by);
  }

  public FollowUpAction addAction(
      String description, String owner, LocalDate dueOn, Instant at, String by) {
    FollowUpAction action = new FollowUpAction(description, owner, dueOn, at, by);
    actions.add(action);
    touched(at, by);
    return action;
  }

  /**
   * Completes the action numbered {@code no} (from 1, in the order they were added).
   *
   * @throws IllegalArgumentException no such action
   * @throws IllegalStateException done already
   */
  public void completeAction(int no, Instant at, String by) {
    if (no < 1 || no > actions.size()) {
      throw new IllegalArgumentException("Review " + id + " has no action " + no);
    }
    actions.get(no - 1).complete(at, by);
    touched(at, by);
  }

  /** Actions not yet done. */
  public long openActions() {
    return actions.stream().filter(a -> !a.isDone()).count();
  }

  private void touched(Instant at, String by) {
    updatedAt = Objects.requireNonNull(at, "at");
    updatedBy = Objects.requireNonNull(by, "by");
  }

  public Long getId() {
    return id;
  }

  public Emergency getEmergency() {
    return emergency;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public String getOpenedBy() {
    return openedBy;
  }

  public String getCause() {
    return cause;
  }

  public int getDeviceCount() {
    return deviceCount;
  }

  public long getCardEstimate() {
    return cardEstimate;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public List<FollowUpAction> getActions() {
    return Collections.unmodifiableList(actions);
  }
}
