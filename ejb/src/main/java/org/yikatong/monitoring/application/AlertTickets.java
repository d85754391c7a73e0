package org.yikatong.monitoring.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.yikatong.monitoring.domain.alert.Alert;
import org.yikatong.monitoring.domain.alert.AlertEvent;
import org.yikatong.monitoring.domain.alert.RuleKind;
import org.yikatong.monitoring.domain.alert.RuleScope;
import org.yikatong.servicedesk.application.NewTicket;
import org.yikatong.servicedesk.application.TicketWork;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;
import org.yikatong.servicedesk.domain.ticket.TicketChannel;
import org.yikatong.servicedesk.domain.ticket.TicketLevel;

/**
 * The tickets alerts open and resolve, through the service desk like any report from the monitoring
 * channel: dispatched by the duty roster, under the default contract's SLA. A rule without a ticket
 * level opens none.
 */
@Dependent
class AlertTickets {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  @Inject TicketWork tickets;

  /** Opens the alert's ticket unless it has one or its rule wants none. */
  void open(Alert alert, Instant now) {
    String level = alert.getRule().getTicketLevel();
    if (level == null || alert.getTicketNo() != null) {
      return;
    }
    RuleScope scope = alert.getRule().getScope();
    String terminal = scope == RuleScope.TERMINAL ? alert.getSubject() : null;
    String location = scope == RuleScope.LOCATION ? alert.getSubject() : null;
    String ticketNo =
        tickets.open(
            new NewTicket(
                TicketChannel.MONITORING,
                "监控告警",
                null,
                null,
                terminal,
                location,
                category(alert.getRule().getKind()),
                TicketLevel.valueOf(level),
                scope == RuleScope.CAMPUS,
                cut("告警：" + alert.getRule().getName() + " — " + alert.getSubject(), 200),
                cut(describe(alert), 2000),
                null,
                null,
                null));
    alert.ticketOpened(ticketNo, now);
  }

  /** Resolves the alert's ticket with a note, or notes it on a ticket already resolved. */
  void resolve(Alert alert, Instant now) {
    if (alert.getTicketNo() == null) {
      return;
    }
    String note =
        "告警已于 "
            + TIME.format(now)
            + " 自动恢复（"
            + alert.getRule().getName()
            + "）："
            + alert.getDetail();
    if (tickets.resolveWithNote(alert.getTicketNo(), cut(note, 2000))) {
      alert.record(AlertEvent.Kind.TICKET_RESOLVED, "system", alert.getTicketNo(), now);
    }
  }

  /** The alert in plain words: what, how far it reaches, since when. */
  static String describe(Alert alert) {
    StringBuilder text = new StringBuilder();
    text.append(alert.getDetail() == null ? "" : alert.getDetail()).append('\n');
    text.append(alert.isAreaWide() ? "区域性故障" : "单点故障")
        .append("：影响设备 ")
        .append(alert.getAffectedDevices())
        .append(" 台，近 7 天使用的持卡人 ")
        .append(alert.getAffectedHolders())
        .append(" 人");
    if (!alert.affectedTerminals().isEmpty()) {
      text.append("（").append(String.join("、", alert.affectedTerminals())).append("）");
    }
    text.append("\n开始于 ").append(TIME.format(alert.getBreachingSince()));
    return text.toString();
  }

  private static TicketCategory category(RuleKind kind) {
    return switch (kind) {
      case DEVICE_FAULT -> TicketCategory.HARDWARE;
      case TERMINAL_SILENT -> TicketCategory.NETWORK;
      default -> TicketCategory.SOFTWARE;
    };
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
