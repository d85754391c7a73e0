package org.yikatong.servicedesk.domain.ticket;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.yikatong.servicedesk.domain.calendar.SlaTarget;
import org.yikatong.servicedesk.domain.calendar.WorkingCalendar;

/**
 * The targets a ticket must meet under one service contract, per level and target, each with the
 * clock it counts on and how long before its deadline the warning comes. Every level has a response
 * and a resolution target; on-site, plan and fix-plan targets are optional.
 *
 * <p>The contract's defaults ({@link #contractDefaults()}) (O&M plan, after-sales plan): every
 * report responded to within 10 minutes; level 1 (the system down campus-wide, an emergency) on
 * site within 1 hour, resolved within 2, a contingency plan within 1 working day and a fix plan
 * within 3; level 2 on site within 8 hours, a written plan within 2 hours when not fixed by then,
 * resolved within 4; level 3 resolved within 24 hours. Clock targets count duty hours (8:00–24:00
 * every day).
 */
public record SlaPolicy(String name, Map<TicketLevel, Map<SlaEvent.Target, Rule>> targets) {

  /** One target: how long, counted on which clock, warned how long before. */
  public record Rule(SlaTarget target, WorkingCalendar.Basis basis, Duration warning) {
    public Rule {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(basis, "basis");
      Objects.requireNonNull(warning, "warning");
      if (warning.isNegative()) {
        throw new IllegalArgumentException("A warning comes before the deadline: " + warning);
      }
    }

    /** A target counted in duty hours. */
    public static Rule duty(SlaTarget target, Duration warning) {
      return new Rule(target, WorkingCalendar.Basis.DUTY_HOURS, warning);
    }
  }

  public SlaPolicy {
    Objects.requireNonNull(name, "name");
    Map<TicketLevel, Map<SlaEvent.Target, Rule>> copy = new EnumMap<>(TicketLevel.class);
    for (TicketLevel level : TicketLevel.values()) {
      Map<SlaEvent.Target, Rule> rules = targets.get(level);
      if (rules == null
          || !rules.containsKey(SlaEvent.Target.RESPONSE)
          || !rules.containsKey(SlaEvent.Target.RESOLUTION)) {
        throw new IllegalArgumentException(
            "SLA policy " + name + " needs a response and a resolution target for " + level);
      }
      Map<SlaEvent.Target, Rule> levelCopy = new EnumMap<>(SlaEvent.Target.class);
      levelCopy.putAll(rules);
      copy.put(level, Collections.unmodifiableMap(levelCopy));
    }
    targets = Collections.unmodifiableMap(copy);
  }

  public static SlaPolicy contractDefaults() {
    Duration fiveMinutes = Duration.ofMinutes(5);
    Duration halfAnHour = Duration.ofMinutes(30);
    Map<TicketLevel, Map<SlaEvent.Target, Rule>> targets = new EnumMap<>(TicketLevel.class);
    targets.put(
        TicketLevel.LEVEL_1,
        Map.of(
            SlaEvent.Target.RESPONSE, Rule.duty(SlaTarget.minutes(10), fiveMinutes),
            SlaEvent.Target.ON_SITE, Rule.duty(SlaTarget.hours(1), Duration.ofMinutes(15)),
            SlaEvent.Target.PLAN, Rule.duty(SlaTarget.workingDays(1), Duration.ofHours(2)),
            SlaEvent.Target.FIX_PLAN, Rule.duty(SlaTarget.workingDays(3), Duration.ofHours(4)),
            SlaEvent.Target.RESOLUTION, Rule.duty(SlaTarget.hours(2), halfAnHour)));
    targets.put(
        TicketLevel.LEVEL_2,
        Map.of(
            SlaEvent.Target.RESPONSE, Rule.duty(SlaTarget.minutes(10), fiveMinutes),
            SlaEvent.Target.ON_SITE, Rule.duty(SlaTarget.hours(8), halfAnHour),
            SlaEvent.Target.PLAN, Rule.duty(SlaTarget.hours(2), Duration.ofMinutes(15)),
            SlaEvent.Target.RESOLUTION, Rule.duty(SlaTarget.hours(4), halfAnHour)));
    targets.put(
        TicketLevel.LEVEL_3,
        Map.of(
            SlaEvent.Target.RESPONSE, Rule.duty(SlaTarget.minutes(10), fiveMinutes),
            SlaEvent.Target.RESOLUTION, Rule.duty(SlaTarget.hours(24), halfAnHour)));
    return new SlaPolicy("contract", targets);
  }

  /** The rule of a target at a level, if the policy sets one. */
  public Optional<Rule> rule(TicketLevel level, SlaEvent.Target target) {
    return Optional.ofNullable(targets.get(level).get(target));
  }

  /** The rules of a level, by target. */
  public Map<SlaEvent.Target, Rule> of(TicketLevel level) {
    return targets.get(level);
  }
}
