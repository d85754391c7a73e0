package org.yikatong.servicedesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yikatong.notification.domain.Notice;
import org.yikatong.servicedesk.domain.calendar.Deadline;
import org.yikatong.servicedesk.domain.ticket.SlaEvent;
import org.yikatong.servicedesk.domain.ticket.SlaPolicy;
import org.yikatong.servicedesk.domain.ticket.Ticket;
import org.yikatong.servicedesk.domain.ticket.TicketRepository;
import org.yikatong.servicedesk.domain.ticket.TicketStatus;

/**
 * Holds tickets to their deadlines, in the caller's transaction: for each target a ticket has, a
 * warning once its deadline is near and a breach once it has passed unmet — or was met late (found
 * when the step that met it is taken, so a late step is a breach even between two runs of the
 * watch). Each is recorded once per ticket and target. A warning escalates an open ticket to its
 * team lead, a breach to its manager; a breach charges the penalty its rule calls for; both are
 * told to the people concerned.
 */
@ApplicationScoped
public class SlaReview {

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  @Inject TicketRepository tickets;
  @Inject SlaContracts contracts;
  @Inject Dispatcher dispatcher;
  @Inject PenaltyCharges penalties;
  @Inject Event<Notice> notices;

  /** What is already recorded for the open tickets: "ticketId/TARGET/KIND". */
  public Set<String> knownForOpenTickets() {
    return keys(
        tickets.slaEventKeysOfTicketsNotIn(List.of(TicketStatus.RESOLVED, TicketStatus.CLOSED)));
  }

  /**
   * Reviews one ticket just changed by a step (and locked by it), under the policy it is held to.
   */
  public int review(Ticket ticket, SlaPolicy policy, Instant now) {
    Set<String> known = keys(tickets.slaEventKeysOf(ticket));
    return review(ticket, now, known, new HashMap<>(Map.of(ticket.getContractId(), policy)), false);
  }

  private static Set<String> keys(List<TicketRepository.SlaEventKey> recorded) {
    Set<String> known = new HashSet<>();
    for (TicketRepository.SlaEventKey r : recorded) {
      known.add(r.ticketId() + "/" + r.target() + "/" + r.kind());
    }
    return known;
  }

  /**
   * Reviews a ticket against every target it has.
   *
   * @param lockFirst whether to lock (and refresh) the ticket before changing it: the watch reads
   *     tickets unlocked, a step has locked its ticket already
   * @return how many warnings and breaches were recorded
   */
  public int review(
      Ticket ticket,
      Instant now,
      Set<String> known,
      Map<Long, SlaPolicy> policies,
      boolean lockFirst) {
    SlaPolicy policy =
        policies.computeIfAbsent(ticket.getContractId(), id -> contracts.terms(id).policy());
    List<Due> found = findDue(ticket, policy, now, known);
    if (found.isEmpty()) {
      return 0;
    }
    if (lockFirst) {
      // Read unlocked: lock and re-read before changing it, and look again.
      tickets.lock(ticket);
      found = findDue(ticket, policy, now, known);
    }
    for (Due d : found) {
      record(ticket, d, now, known);
    }
    return found.size();
  }

  private List<Due> findDue(Ticket ticket, SlaPolicy policy, Instant now, Set<String> known) {
    List<Due> found = new ArrayList<>();
    for (SlaEvent.Target target : SlaEvent.Target.values()) {
      Optional<SlaPolicy.Rule> rule = policy.rule(ticket.getLevel(), target);
      Instant due = ticket.due(target);
      if (rule.isEmpty() || due == null) {
        continue;
      }
      Deadline deadline = Deadline.withLead(due, rule.get().warning());
      Instant met = ticket.metAt(target);
      // A breach found without its warning (the watch was not running) records both.
      List<SlaEvent.Kind> kinds =
          deadline.missed(met, now)
              ? List.of(SlaEvent.Kind.WARNING, SlaEvent.Kind.BREACH)
              : deadline.warningDue(met, now) ? List.of(SlaEvent.Kind.WARNING) : List.of();
      for (SlaEvent.Kind k : kinds) {
        if (!known.contains(ticket.getId() + "/" + target + "/" + k)) {
          found.add(new Due(target, k, due));
        }
      }
    }
    return found;
  }

  private void record(Ticket ticket, Due d, Instant now, Set<String> known) {
    known.add(ticket.getId() + "/" + d.target + "/" + d.kind);
    tickets.add(new SlaEvent(ticket, d.target, d.kind, d.due, now));
    boolean open =
        ticket.getStatus() != TicketStatus.RESOLVED && ticket.getStatus() != TicketStatus.CLOSED;
    String what =
        d.target.name().toLowerCase().replace('_', ' ')
            + " deadline "
            + SHOWN.format(d.due)
            + (d.kind == SlaEvent.Kind.WARNING ? " is near" : " passed");
    if (d.kind == SlaEvent.Kind.BREACH) {
      penalties.breached(ticket, d.target);
    }
    if (open) {
      dispatcher.escalate(ticket, d.kind == SlaEvent.Kind.WARNING ? 1 : 2, what, now);
    }
    notices.fire(
        new Notice(
            d.kind == SlaEvent.Kind.WARNING
                ? NoticeKind.SLA_WARNING.name()
                : NoticeKind.SLA_BREACH.name(),
            ticket.getTicketNo(),
            List.of(ticket.getAssignee() == null ? Dispatcher.FALLBACK : ticket.getAssignee()),
            "工单 " + ticket.getTicketNo() + (d.kind == SlaEvent.Kind.WARNING ? " 即将超时" : " 已超时"),
            ticket.getTitle() + " — " + what,
            now));
  }

  private record Due(SlaEvent.Target target, SlaEvent.Kind kind, Instant due) {}
}
