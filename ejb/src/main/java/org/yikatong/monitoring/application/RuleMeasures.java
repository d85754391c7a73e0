package org.yikatong.monitoring.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yikatong.ledger.application.UsageCounts;
import org.yikatong.ledger.domain.PaymentChannel;
import org.yikatong.monitoring.domain.alert.AlertRule;
import org.yikatong.monitoring.domain.alert.Observation;
import org.yikatong.monitoring.domain.traffic.SubjectKind;
import org.yikatong.monitoring.domain.traffic.TrafficTally;

/**
 * Measures what each rule watches, for one evaluation: an {@link Observation} per subject. The
 * terminals are read once per window length and evaluation.
 */
@Dependent
class RuleMeasures {

  /** The subject of a campus-wide rule. */
  static final String CAMPUS = "CAMPUS";

  @Inject HealthReadings readings;
  @Inject UsageCounts usage;

  private final Map<Integer, List<TerminalState>> terminalsByWindow = new HashMap<>();
  private Instant now;

  void at(Instant now) {
    this.now = now;
    terminalsByWindow.clear();
  }

  /** Every terminal, with its traffic over the last minute. */
  List<TerminalState> terminals() {
    return terminals(1);
  }

  private List<TerminalState> terminals(int windowMinutes) {
    return terminalsByWindow.computeIfAbsent(
        windowMinutes, w -> readings.terminals(now, windowMinutes));
  }

  /** Each subject's observation; a subject with nothing to observe is absent. */
  Map<String, Observation> observe(AlertRule rule) {
    return switch (rule.getKind()) {
      case PAYMENT_FAILURE_RATE -> failureRates(rule);
      case TERMINAL_SILENT -> silentTerminals(rule);
      case DEVICE_FAULT -> deviceFaults(rule);
      case CALLBACK_FAILURE_RATE -> callbackFailures(rule);
      case TOP_UPS_STUCK -> stuckTopUps(rule);
    };
  }

  private Map<String, Observation> failureRates(AlertRule rule) {
    Map<String, List<TerminalState>> groups = new TreeMap<>();
    for (TerminalState t : terminals(rule.getWindowMinutes())) {
      if (!"ENABLED".equals(t.status()) || t.traffic().requests() == 0 || !watched(rule, t)) {
        continue;
      }
      String key =
          switch (rule.getScope()) {
            case TERMINAL -> t.terminalId();
            case LOCATION -> t.location();
            case MERCHANT -> t.merchantCode();
            default -> CAMPUS;
          };
      if (key != null) {
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
      }
    }
    Map<String, Observation> observations = new LinkedHashMap<>();
    groups.forEach(
        (subject, members) -> {
          TrafficTally sum =
              members.stream()
                  .map(TerminalState::traffic)
                  .reduce(TrafficTally.EMPTY, TrafficTally::plus);
          observations.put(
              subject,
              rate(
                  rule,
                  subject,
                  sum,
                  members.stream()
                      .filter(t -> t.traffic().failures() > 0)
                      .map(TerminalState::terminalId)
                      .sorted()
                      .toList()));
        });
    return observations;
  }

  private static Observation rate(
      AlertRule rule, String subject, TrafficTally sum, List<String> affected) {
    long bp = sum.failureBasisPoints();
    boolean judged = sum.requests() >= rule.getMinAttempts();
    return new Observation(
        subject,
        bp,
        sum.requests(),
        judged && bp > rule.getRaiseThreshold(),
        !judged || bp <= rule.getClearThreshold(),
        affected,
        String.format(
            "近 %d 分钟失败率 %d.%02d%%（%d/%d 笔），涉及 %d 台终端%s",
            rule.getWindowMinutes(),
            bp / 100,
            bp % 100,
            sum.failures(),
            sum.requests(),
            affected.size(),
            sum.codes().isEmpty() ? "" : "；应答码 " + sum.codesText()));
  }

  private static boolean watched(AlertRule rule, TerminalState t) {
    return rule.watches(t.terminalId(), t.location(), t.merchantCode());
  }

  private Map<String, Observation> silentTerminals(AlertRule rule) {
    Map<String, Observation> observations = new LinkedHashMap<>();
    for (TerminalState t : terminals()) {
      if (!t.watched() || t.lastSeenAt() == null || !watched(rule, t)) {
        continue;
      }
      long silent = Math.max(0, Duration.between(t.lastSeenAt(), now).toMinutes());
      boolean breaching = silent >= rule.getRaiseThreshold();
      observations.put(
          t.terminalId(),
          new Observation(
              t.terminalId(),
              silent,
              0,
              breaching,
              !breaching,
              List.of(t.terminalId()),
              String.format("终端 %s（%s）已 %d 分钟无心跳、无交易", t.terminalId(), t.location(), silent)));
    }
    return observations;
  }

  private Map<String, Observation> deviceFaults(AlertRule rule) {
    Map<String, Observation> observations = new LinkedHashMap<>();
    for (TerminalState t : terminals()) {
      if (!"ENABLED".equals(t.status()) || t.deviceStatus() == null || !watched(rule, t)) {
        continue;
      }
      boolean fault = t.deviceFault();
      observations.put(
          t.terminalId(),
          new Observation(
              t.terminalId(),
              fault ? 1 : 0,
              0,
              fault,
              !fault,
              List.of(t.terminalId()),
              String.format("终端 %s（%s）设备状态：%s", t.terminalId(), t.location(), t.deviceStatus())));
    }
    return observations;
  }

  private Map<String, Observation> callbackFailures(AlertRule rule) {
    Map<String, TrafficTally> traffic =
        readings.sum(SubjectKind.CHANNEL, now, rule.getWindowMinutes());
    Map<String, Observation> observations = new LinkedHashMap<>();
    traffic.forEach(
        (channel, sum) -> {
          if (!rule.watches(channel)) {
            return;
          }
          long bp = sum.failureBasisPoints();
          boolean judged = sum.requests() >= rule.getMinAttempts();
          observations.put(
              channel,
              new Observation(
                  channel,
                  bp,
                  sum.requests(),
                  judged && bp > rule.getRaiseThreshold(),
                  !judged || bp <= rule.getClearThreshold(),
                  List.of(),
                  String.format(
                      "%s 渠道近 %d 分钟回调失败 %d/%d 笔（%d.%02d%%）",
                      channel,
                      rule.getWindowMinutes(),
                      sum.failures(),
                      sum.requests(),
                      bp / 100,
                      bp % 100)));
        });
    return observations;
  }

  private Map<String, Observation> stuckTopUps(AlertRule rule) {
    Map<String, Observation> observations = new LinkedHashMap<>();
    Instant before = now.minus(Duration.ofMinutes(rule.getWindowMinutes()));
    for (PaymentChannel channel : PaymentChannel.values()) {
      if (!rule.watches(channel.name())) {
        continue;
      }
      long waiting = usage.topUpsWaiting(channel, before);
      observations.put(
          channel.name(),
          new Observation(
              channel.name(),
              waiting,
              waiting,
              waiting >= rule.getRaiseThreshold(),
              waiting <= rule.getClearThreshold(),
              List.of(),
              String.format(
                  "%s 渠道有 %d 笔充值订单超过 %d 分钟未到账", channel.name(), waiting, rule.getWindowMinutes())));
    }
    return observations;
  }
}
