package org.yikatong.monitoring.domain.alert;

import java.util.ArrayList;
import java.util.List;

/**
 * What a rule says, checked as a whole: {@link #problems()} lists every threshold that cannot work.
 *
 * @param subjectFilter limits the rule to a terminal, a location, a merchant (by code) or a
 *     channel; null or blank for every subject
 * @param windowMinutes how far back the measure looks (1 to 1440 minutes)
 * @param raiseThreshold the value above which (at or above, for minutes and counts) the condition
 *     holds
 * @param clearThreshold the value at or below which the condition has cleared; for rates and counts
 *     at most the raise threshold
 * @param minAttempts the fewest requests in the window for a rate to be judged
 * @param raiseHoldMinutes how long the condition must hold before the alert is raised
 * @param clearHoldMinutes how long it must stay cleared before the alert clears
 * @param ticketLevel the level of the ticket an alert opens ({@code LEVEL_1} to {@code LEVEL_3}),
 *     or null for none
 * @param notifyUsers user names told when an alert is raised and cleared, comma-separated; may be
 *     blank
 */
public record RuleSettings(
    String name,
    RuleKind kind,
    RuleScope scope,
    String subjectFilter,
    int windowMinutes,
    int raiseThreshold,
    int clearThreshold,
    int minAttempts,
    int raiseHoldMinutes,
    int clearHoldMinutes,
    String ticketLevel,
    String notifyUsers,
    boolean enabled) {

  /** Each problem of these settings in plain words; empty when they can work. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (name == null || name.isBlank() || name.length() > 100) {
      problems.add("name: 1 to 100 characters");
    }
    if (kind == null) {
      problems.add("kind: required");
      return problems;
    }
    if (scope == null || !kind.scopes().contains(scope)) {
      problems.add("scope: a " + kind + " rule is about one of " + kind.scopes());
    }
    if (subjectFilter != null && subjectFilter.length() > 100) {
      problems.add("subjectFilter: at most 100 characters");
    }
    if (windowMinutes < 1 || windowMinutes > 1440) {
      problems.add("windowMinutes: 1 to 1440");
    }
    if (raiseHoldMinutes < 0 || raiseHoldMinutes > 1440) {
      problems.add("raiseHoldMinutes: 0 to 1440");
    }
    if (clearHoldMinutes < 0 || clearHoldMinutes > 1440) {
      problems.add("clearHoldMinutes: 0 to 1440");
    }
    switch (kind.unit()) {
      case BASIS_POINTS -> {
        if (raiseThreshold < 1 || raiseThreshold > 9_999) {
          problems.add("raiseThreshold: a rate above 0 % and below 100 % (1 to 9999 basis points)");
        }
        if (clearThreshold < 0 || clearThreshold > raiseThreshold) {
          problems.add("clearThreshold: from 0 up to the raise threshold");
        }
        if (minAttempts < 1 || minAttempts > 1_000_000) {
          problems.add("minAttempts: 1 to 1000000");
        }
      }
      case MINUTES -> {
        if (raiseThreshold < 1 || raiseThreshold > 1440) {
          problems.add("raiseThreshold: 1 to 1440 minutes of silence");
        }
      }
      case COUNT -> {
        if (raiseThreshold < 1 || raiseThreshold > 1_000_000) {
          problems.add("raiseThreshold: 1 to 1000000");
        }
        if (clearThreshold < 0 || clearThreshold >= raiseThreshold) {
          problems.add("clearThreshold: from 0 to below the raise threshold");
        }
      }
      case NONE -> {
        // A device fault holds while the terminal reports it.
      }
    }
    if (ticketLevel != null
        && !ticketLevel.isBlank()
        && !List.of("LEVEL_1", "LEVEL_2", "LEVEL_3").contains(ticketLevel)) {
      problems.add("ticketLevel: LEVEL_1, LEVEL_2, LEVEL_3 or none");
    }
    if (notifyUsers != null && notifyUsers.length() > 400) {
      problems.add("notifyUsers: at most 400 characters");
    }
    return problems;
  }

  /**
   * Whether the rule watches a terminal (by its code, location or merchant) or a channel (by its
   * name).
   */
  public boolean watches(String... namesOfSubject) {
    if (subjectFilter == null || subjectFilter.isBlank()) {
      return true;
    }
    for (String name : namesOfSubject) {
      if (subjectFilter.strip().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** The user names to tell, without blanks. */
  public List<String> recipients() {
    if (notifyUsers == null || notifyUsers.isBlank()) {
      return List.of();
    }
    return List.of(notifyUsers.split("\\s*,\\s*")).stream()
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .distinct()
        .toList();
  }
}
