package org.yikatong.emergency.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row every declaration locks first: declarations on any node run one after another, so
 * that a declaration overlapping one made at the same moment sees it and is refused.
 */
@Entity
@Table(name = "emergency_guard")
public class DeclarationGuard {

  /** The id of the one row. */
  public static final long ID = 1L;

  @Id private Long id;

  protected DeclarationGuard() {}

  public Long getId() {
    return id;
  }
}
