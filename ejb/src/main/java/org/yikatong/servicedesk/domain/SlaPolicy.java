package org.yikatong.servicedesk.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The targets a ticket must meet, per level, and what the clock counts. The defaults are the
 * contract's [000][002]: respond to every report within 10 minutes; level 1 resolved within 2
 * hours, level 2 within 4, level 3 within 24; counted in duty hours (8:00–24:00, every day).
 */
public record SlaPolicy(
    String name, WorkingCalendar.Basis basis, Map<TicketLevel, Targets> targets) {

  /** The response and resolution targets of one level. */
  public record Targets(SlaTarget response, SlaTarget resolution) {
    public Targets {
      Objects.requireNonNull(response, "response");
      Objects.requireNonNull(resolution, "resolution");
    }
  }

  public SlaPolicy {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(basis, "basis");
    targets = Map.copyOf(targets);
    for (TicketLevel level : TicketLevel.values()) {
      if (!targets.containsKey(level)) {
        throw new IllegalArgumentException("SLA policy " + name + " has no targets for " + level);
      }
    }
  }

  public static SlaPolicy contractDefaults() {
    Map<TicketLevel, Targets> targets = new EnumMap<>(TicketLevel.class);
    targets.put(TicketLevel.LEVEL_1, new Targets(SlaTarget.minutes(10), SlaTarget.hours(2)));
    targets.put(TicketLevel.LEVEL_2, new Targets(SlaTarget.minutes(10), SlaTarget.hours(4)));
    targets.put(TicketLevel.LEVEL_3, new Targets(SlaTarget.minutes(10), SlaTarget.hours(24)));
    return new SlaPolicy("contract", WorkingCalendar.Basis.DUTY_HOURS, targets);
  }

  public Targets of(TicketLevel level) {
    return targets.get(level);
  }
}
