package org.yikatong.servicedesk.domain.training;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.yikatong.kernel.domain.Money;

/**
 * A training session (培训) for operators, administrators or users: topic, audience, trainer, when,
 * how long, where and what it cost (venue, materials, trainer; about 2,000 CNY a session, four a
 * year (O&M plan)). Attendees are registered and marked present or absent; materials are a link or
 * a stored text.
 *
 * <p>Invariants: a positive duration, a cost of zero or more fen, attendees unique by name and
 * department within the session.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_session_seq")
  @SequenceGenerator(
      name = "training_session_seq",
      sequenceName = "training_session_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "topic", nullable = false, length = 200)
  private String topic;

  @Column(name = "audience", nullable = false, length = 100)
  private String audience;

  @Column(name = "trainer", nullable = false, length = 100)
  private String trainer;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "duration_minutes", nullable = false)
  private int durationMinutes;

  @Column(name = "location", nullable = false, length = 200)
  private String location;

  @Column(name = "cost_fen", nullable = false)
  private long costFen;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 64)
  private String createdBy;

  @OneToMany(mappedBy = "session", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<TrainingAttendee> attendees = new ArrayList<>();

  @OneToMany(mappedBy = "session", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<TrainingMaterial> materials = new ArrayList<>();

  @Version private long version;

  protected TrainingSession() {}

  public TrainingSession(
      String topic,
      String audience,
      String trainer,
      Instant startsAt,
      int durationMinutes,
      String location,
      Money cost,
      Instant now,
      String by) {
    this.topic = required(topic, "topic");
    this.audience = required(audience, "audience");
    this.trainer = required(trainer, "trainer");
    this.startsAt = Objects.requireNonNull(startsAt, "startsAt");
    if (durationMinutes <= 0) {
      throw new IllegalArgumentException("A session lasts some minutes: " + durationMinutes);
    }
    this.durationMinutes = durationMinutes;
    this.location = required(location, "location");
    setCost(cost);
    this.createdAt = now;
    this.createdBy = by;
  }

  /** The session's cost as finally known (venue, materials, trainer). */
  public void setCost(Money cost) {
    if (cost == null || cost.fen() < 0) {
      throw new IllegalArgumentException("A training cost is zero or more: " + cost);
    }
    this.costFen = cost.fen();
  }

  /** Registers an attendee, not yet marked present; the same name and department only once. */
  public TrainingAttendee register(String name, String department, boolean attended) {
    String n = required(name, "attendee name");
    String d = department == null || department.isBlank() ? null : department.strip();
    for (TrainingAttendee a : attendees) {
      if (a.getName().equals(n) && Objects.equals(a.getDepartment(), d)) {
        throw new IllegalStateException(n + " is registered for this training already");
      }
    }
    TrainingAttendee attendee = new TrainingAttendee(this, n, d, attended);
    attendees.add(attendee);
    return attendee;
  }

  /** Material handed out: a link, a stored text, or both; at least one of them. */
  public TrainingMaterial addMaterial(String title, String url, String content) {
    TrainingMaterial material =
        new TrainingMaterial(this, required(title, "material title"), url, content);
    materials.add(material);
    return material;
  }

  public long attendedCount() {
    return attendees.stream().filter(TrainingAttendee::isAttended).count();
  }

  private static String required(String s, String what) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException("A training session needs a " + what);
    }
    return s.strip();
  }

  public Long getId() {
    return id;
  }

  public String getTopic() {
    return topic;
  }

  public String getAudience() {
    return audience;
  }

  public String getTrainer() {
    return trainer;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public int getDurationMinutes() {
    return durationMinutes;
  }

  public String getLocation() {
    return location;
  }

  public Money getCost() {
    return Money.ofFen(costFen);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public List<TrainingAttendee> getAttendees() {
    return Collections.unmodifiableList(attendees);
  }

  public List<TrainingMaterial> getMaterials() {
    return Collections.unmodifiableList(materials);
  }
}
