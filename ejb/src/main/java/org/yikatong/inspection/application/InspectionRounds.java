package org.yikatong.inspection.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.yikatong.inspection.domain.InspectionRound;
import org.yikatong.inspection.domain.InspectionRoundItem;
import org.yikatong.inspection.domain.InspectionRoundRepository;
import org.yikatong.inspection.domain.ItemResult;
import org.yikatong.inspection.domain.Recurrence;
import org.yikatong.inspection.domain.RoundStatus;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.Role;
import org.yikatong.servicedesk.application.NewTicket;
import org.yikatong.servicedesk.application.TicketWork;
import org.yikatong.servicedesk.domain.ticket.TicketChannel;

/**
 * Inspection rounds as technicians work them: begun, then completed with a result for every item at
 * once. Each failed item opens a fault ticket (channel {@code MONITORING}, the round named in its
 * description) whose number is kept on the item — in the same transaction, so a refused ticket (an
 * unknown terminal) leaves the round as it was.
 */
@Stateless
@RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN, Role.AUDITOR})
public class InspectionRounds {

  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Recurrence.ZONE);

  @Inject TicketWork tickets;
  @Inject InspectionRoundRepository rounds;
  @Inject Caller caller;
  @Inject Clock clock;

  /** Rounds in a status (or all), of a schedule (or all), latest planned first. */
  public List<InspectionRound> list(RoundStatus status, Long scheduleId, int max) {
    return rounds.findLatestFirst(status, scheduleId, Math.min(Math.max(1, max), 500));
  }

  /**
   * Rounds not completed by their due time (missed ones included), of a schedule (or all), most
   * overdue first.
   */
  public List<InspectionRound> overdue(Long scheduleId, int max) {
    return rounds.findOverdue(scheduleId, clock.instant(), Math.min(Math.max(1, max), 500));
  }

  public InspectionRound find(long id) {
    return rounds
        .findById(id)
        .orElseThrow(() -> RequestRefusedException.notFound("No inspection round " + id));
  }

  /** Whether a round is overdue now. */
  public boolean isOverdue(InspectionRound round) {
    return round.isOverdue(clock.instant());
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN})
  @Audited
  public InspectionRound start(long id) {
    InspectionRound round = lock(id);
    try {
      round.start(clock.instant(), caller.name());
    } catch (IllegalStateException e) {
      throw RequestRefusedException.conflict(e.getMessage());
    }
    return round;
  }

  /**
   * Records every item's result and completes the round; opens a ticket for each failed item.
   * Refused whole (400) when an item lacks a result or a failure lacks a note, 409 when the round
   * is completed or missed, 404 when a failure names an unknown terminal.
   */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN})
  @Audited
  public InspectionRound record(long id, @NotNull List<@NotNull ItemResult> results) {
    InspectionRound round = lock(id);
    Instant now = clock.instant();
    List<InspectionRoundItem> failed;
    try {
      failed = round.complete(results, now, caller.name());
    } catch (IllegalStateException e) {
      throw RequestRefusedException.conflict(e.getMessage());
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
    for (InspectionRoundItem item : failed) {
      item.ticketOpened(tickets.open(ticketFor(round, item)));
    }
    return round;
  }

  private NewTicket ticketFor(InspectionRound round, InspectionRoundItem item) {
    String title = "巡检异常：" + item.getText();
    String description =
        round.reference()
            + "（"
            + round.getTemplate().getName()
            + "，计划 "
            + LOCAL.format(round.getPlannedAt())
            + "）第 "
            + item.getItemNo()
            + " 项「"
            + item.getText()
            + "」不合格："
            + item.getNote();
    return new NewTicket(
        TicketChannel.MONITORING,
        "巡检 " + caller.name(),
        null,
        null,
        item.getTerminalCode(),
        cut(round.getTemplate().targetDescription(), 100),
        item.getCategory(),
        null,
        false,
        cut(title, 200),
        cut(description, 2000),
        null,
        null,
        null);
  }

  private InspectionRound lock(long id) {
    return rounds
        .lockById(id)
        .orElseThrow(() -> RequestRefusedException.notFound("No inspection round " + id));
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
