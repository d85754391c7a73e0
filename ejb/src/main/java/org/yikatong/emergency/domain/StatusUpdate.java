package org.yikatong.emergency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/** A status update for card holders: its stage, its text, when and by whom it was written. */
@Embeddable
public class StatusUpdate {

  public static final int TEXT_MAX = 1000;

  @Enumerated(EnumType.STRING)
  @Column(name = "stage", nullable = false, length = 16)
  private Stage stage;

  @Column(name = "message", nullable = false, length = 3000)
  private String text;

  @Column(name = "posted_at", nullable = false)
  private Instant postedAt;

  @Column(name = "posted_by", nullable = false, length = 64)
  private String postedBy;

  protected StatusUpdate() {}

  public StatusUpdate(Stage stage, String text, Instant postedAt, String postedBy) {
    if (text == null || text.isBlank() || text.length() > TEXT_MAX) {
      throw new IllegalArgumentException("An update has 1 to " + TEXT_MAX + " characters");
    }
    this.stage = Objects.requireNonNull(stage, "stage");
    this.text = text.strip();
    this.postedAt = Objects.requireNonNull(postedAt, "postedAt");
    this.postedBy = Objects.requireNonNull(postedBy, "postedBy");
  }

  public Stage getStage() {
    return stage;
  }

  public String getText() {
    return text;
  }

  public Instant getPostedAt() {
    return postedAt;
  }

  public String getPostedBy() {
    return postedBy;
  }
}
