package org.yikatong.emergency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A follow-up action of a review: what is to be done, by whom, by when, and when it was done. */
@Embeddable
public class FollowUpAction {

  public static final int TEXT_MAX = 500;

  @Column(name = "description", nullable = false, length = 1500)
  private String description;

  @Column(name = "action_owner", nullable = false, length = 64)
  private String owner;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "done_at")
  private Instant doneAt;

  @Column(name = "done_by", length = 64)
  private String doneBy;

  protected FollowUpAction() {}

  public FollowUpAction(
      String description, String owner, LocalDate dueOn, Instant createdAt, String createdBy) {
    if (description == null || description.isBlank() || description.length() > TEXT_MAX) {
      throw new IllegalArgumentException("An action has 1 to " + TEXT_MAX + " characters");
    }
    if (owner == null || owner.isBlank() || owner.length() > 64) {
      throw new IllegalArgumentException("An action has an owner (at most 64 characters)");
    }
    this.description = description.strip();
    this.owner = owner.strip();
    this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
  }

  /** Done; once only. */
  public void complete(Instant at, String by) {
    if (doneAt != null) {
      throw new IllegalStateException("The action is done already");
    }
    doneAt = Objects.requireNonNull(at, "at");
    doneBy = Objects.requireNonNull(by, "by");
  }

  public boolean isDone() {
    return doneAt != null;
  }

  public String getDescription() {
    return description;
  }

  public String getOwner() {
    return owner;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getDoneAt() {
    return doneAt;
  }

  public String getDoneBy() {
    return doneBy;
  }
}
