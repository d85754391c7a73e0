package org.yikatong.security.domain;

import java.time.Instant;

/**
 * What an auditor looks for in the audit trail; every part may be absent (null or blank).
 *
 * @param actor the user name, exactly
 * @param action the action or its beginning ({@code Adjustments.} finds every adjustment step)
 * @param target the target or its beginning
 * @param from first instant included
 * @param to first instant no longer included
 */
public record AuditQuery(String actor, String action, String target, Instant from, Instant to) {

  public AuditQuery {
    actor = blankToNull(actor);
    action = blankToNull(action);
    target = blankToNull(target);
    if (from != null && to != null && !from.isBefore(to)) {
      throw new IllegalArgumentException("The period ends before it starts");
    }
  }

  /** Everything. */
  public static AuditQuery all() {
    return new AuditQuery(null, null, null, null, null);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
