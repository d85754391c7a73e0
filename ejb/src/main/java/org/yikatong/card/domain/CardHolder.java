package org.yikatong.card.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A student, staff member or visitor known to the platform.
 *
 * <p>Invariant: {@code holderNo} (the student or staff number) is unique and never changes.
 */
@Entity
@Table(name = "card_holder")
public class CardHolder {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "card_holder_seq")
  @SequenceGenerator(
      name = "card_holder_seq",
      sequenceName = "card_holder_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "holder_no", nullable = false, updatable = false, length = 32)
  private String holderNo;

  @Column(name = "full_name", nullable = false, length = 100)
  private String fullName;

  @Enumerated(EnumType.STRING)
  @Column(name = "holder_type", nullable = false, length = 16)
  private CardHolderType type;

  @Column(name = "department", length = 100)
  private String department;

  @Column(name = "holder_group", length = 32)
  private String group;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected CardHolder() {}

  public CardHolder(
      String holderNo, String fullName, CardHolderType type, String department, Instant createdAt) {
    this.holderNo = Objects.requireNonNull(holderNo, "holderNo");
    this.fullName = Objects.requireNonNull(fullName, "fullName");
    this.type = Objects.requireNonNull(type, "type");
    this.department = department;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  public Long getId() {
    return id;
  }

  public String getHolderNo() {
    return holderNo;
  }

  public String getFullName() {
    return fullName;
  }

  public CardHolderType getType() {
    return type;
  }

  public String getDepartment() {
    return department;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** The group access rules look at, such as {@code UNDERGRADUATE}; may be empty. */
  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }
}
