package org.yikatong.servicedesk.domain.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Someone registered for a training session, and whether they came. */
@Entity
@Table(name = "training_attendee")
public class TrainingAttendee {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_attendee_seq")
  @SequenceGenerator(
      name = "training_attendee_seq",
      sequenceName = "training_attendee_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id", nullable = false)
  private TrainingSession session;

  @Column(name = "attendee_name", nullable = false, length = 100)
  private String name;

  @Column(name = "department", length = 100)
  private String department;

  @Column(name = "attended", nullable = false)
  private boolean attended;

  protected TrainingAttendee() {}

  TrainingAttendee(TrainingSession session, String name, String department, boolean attended) {
    this.session = session;
    this.name = name;
    this.department = department;
    this.attended = attended;
  }

  /** Marks the attendee present or absent (the sign-in sheet). */
  public void markAttended(boolean attended) {
    this.attended = attended;
  }

  public Long getId() {
    return id;
  }

  public TrainingSession getSession() {
    return session;
  }

  public String getName() {
    return name;
  }

  public String getDepartment() {
    return department;
  }

  public boolean isAttended() {
    return attended;
  }
}
