package org.yikatong.emergency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/** One time-stamped step of an emergency: what happened, when, who did it, and a detail. */
@Embeddable
public class TimelineEvent {

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 24)
  private TimelineKind kind;

  @Column(name = "occurred_at", nullable = false)
  private Instant at;

  @Column(name = "actor", nullable = false, length = 64)
  private String actor;

  @Column(name = "detail", length = 1000)
  private String detail;

  protected TimelineEvent() {}

  public TimelineEvent(TimelineKind kind, Instant at, String actor, String detail) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.at = Objects.requireNonNull(at, "at");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.detail =
        detail == null || detail.length() <= 300 ? detail : detail.substring(0, 299) + "…";
  }

  public TimelineKind getKind() {
    return kind;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public String getDetail() {
    return detail;
  }
}
