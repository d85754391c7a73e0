package org.yikatong.web.console.monitoring;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import org.yikatong.monitoring.domain.alert.RuleKind;
import org.yikatong.security.domain.Role;
import org.yikatong.web.console.ConsolePage;

/**
 * How the monitoring pages write measures: rates (kept in basis points) as percentages, minutes,
 * counts, latencies in milliseconds, and how long ago something happened, in the user's language.
 */
final class MonitoringText {

  private MonitoringText() {}

  /**
   * Basis points as a percentage without needless decimals: 500 is {@code 5%}, 250 {@code 2.5%}.
   */
  static String percent(long basisPoints) {
    return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + "%";
  }

  /** Basis points as the number a person types for a percentage: 500 is {@code 5}. */
  static String percentNumber(long basisPoints) {
    return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString();
  }

  /** A value of a rule's kind in its unit: a rate as a percentage, minutes, a count, a fault. */
  static String inUnit(RuleKind kind, long value) {
    return switch (kind.unit()) {
      case BASIS_POINTS -> percent(value);
      case MINUTES -> format("mon.unit.minutesOf", value);
      case COUNT -> format("mon.unit.countOf", value);
      case NONE ->
          ConsolePage.bundle().getString(value > 0 ? "mon.unit.fault" : "mon.unit.noFault");
    };
  }

  /** A mean latency in microseconds as milliseconds, or a dash without requests. */
  static String millis(long requests, long micros) {
    if (requests == 0) {
      return "—";
    }
    return BigDecimal.valueOf(micros, 3).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString()
        + " ms";
  }

  /** How long before {@code now} an instant was: just now, minutes, hours or days ago. */
  static String ago(Instant at, Instant now) {
    if (at == null) {
      return ConsolePage.bundle().getString("mon.never");
    }
    Duration d = Duration.between(at, now);
    if (d.toMinutes() < 1) {
      return ConsolePage.bundle().getString("mon.justNow");
    }
    if (d.toHours() < 1) {
      return format("mon.minutesAgo", d.toMinutes());
    }
    if (d.toDays() < 1) {
      return format("mon.hoursAgo", d.toHours());
    }
    return format("mon.daysAgo", d.toDays());
  }

  /** The most frequent response codes, most frequent first: {@code 51×3 96×1}. */
  static String topCodes(Map<String, Long> codes, int max) {
    return codes.entrySet().stream()
        .sorted(
            Comparator.comparing(Map.Entry<String, Long>::getValue)
                .reversed()
                .thenComparing(Map.Entry::getKey))
        .limit(max)
        .map(e -> e.getKey() + "×" + e.getValue())
        .collect(Collectors.joining(" "));
  }

  /** A text of the bundle with its placeholders filled in. */
  static String format(String key, Object... arguments) {
    return new MessageFormat(
            ConsolePage.bundle().getString(key),
            FacesContext.getCurrentInstance().getViewRoot().getLocale())
        .format(arguments);
  }

  /** Whether the user may change rules, silences and maintenance windows. */
  static boolean keeper() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    return context.isUserInRole(Role.HELPDESK) || context.isUserInRole(Role.ADMINISTRATOR);
  }
}
