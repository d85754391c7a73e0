package org.yikatong.servicedesk.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Consumer;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.security.application.Audited;
import org.yikatong.security.application.CallerRoles;
import org.yikatong.security.domain.Role;
import org.yikatong.servicedesk.domain.complaint.Complaint;
import org.yikatong.servicedesk.domain.complaint.ComplaintChannel;
import org.yikatong.servicedesk.domain.complaint.ComplaintRepository;
import org.yikatong.servicedesk.domain.complaint.ComplaintStatus;
import org.yikatong.servicedesk.domain.statistics.MonthlyCounts;
import org.yikatong.servicedesk.domain.ticket.TicketRepository;

/**
 * Complaint tracking (投诉): the helpdesk records complaints from every channel, card holders file
 * their own through the app, and each is investigated and resolved or rejected with a reply (status
 * flow in {@link ComplaintStatus}; a move it does not allow is refused with 409). Auditors read.
 * Card holders see their own complaints only. For the statistics: {@link #perMonth}.
 */
@Stateless
public class Complaints {

  static final ZoneId CAMPUS = ZoneId.of("Asia/Shanghai");

  @Inject Caller caller;
  @Inject Clock clock;
  @jakarta.annotation.Resource jakarta.ejb.SessionContext session;
  @Inject ComplaintRepository complaints;
  @Inject TicketRepository tickets;

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.CARDHOLDER})
  @Audited
  public Complaint file(@NotNull @Valid NewComplaint request) {
    boolean holder = CallerRoles.isCardHolderOnly(session);
    String ticketNo = blankToNull(request.ticketNo());
    if (ticketNo != null) {
      Optional<String> reporter = tickets.findReporterHolderNo(ticketNo);
      // A card holder may only name their own tickets; to them, another's does not exist.
      if (reporter.isEmpty() || (holder && !reporter.get().equals(caller.name()))) {
        throw RequestRefusedException.notFound("No ticket " + ticketNo);
      }
    }
    ComplaintChannel channel = holder ? ComplaintChannel.APP : request.channel();
    if (channel == null) {
      throw RequestRefusedException.invalid("channel is required");
    }
    String holderNo = holder ? caller.name() : request.complainantHolderNo();
    String complainant = blankToNull(request.complainant());
    if (complainant == null) {
      if (holderNo == null || holderNo.isBlank()) {
        throw RequestRefusedException.invalid("complainant is required");
      }
      complainant = holderNo;
    }
    try {
      Complaint complaint =
          new Complaint(
              complainant,
              holderNo,
              request.contact(),
              channel,
              request.subject(),
              request.text(),
              ticketNo,
              request.staffConcerned(),
              clock.instant(),
              caller.name());
      complaints.add(complaint);
      return complaint;
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
  }

  /** A complaint by id; a card holder sees only their own. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.AUDITOR, Role.CARDHOLDER})
  public Complaint find(long id) {
    return visible(load(id, false), id);
  }

  /**
   * Complaints received in [from, to) (either end open when null), optionally in one status, newest
   * first; a card holder's own only.
   */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.AUDITOR, Role.CARDHOLDER})
  public List<Complaint> list(Instant from, Instant to, ComplaintStatus status, int max) {
    return complaints.listNewestFirst(
        from,
        to,
        status,
        CallerRoles.isCardHolderOnly(session) ? caller.name() : null,
        Math.min(Math.max(1, max), 1000));
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public Complaint investigate(long id) {
    return step(id, c -> c.investigate(clock.instant(), caller.name()));
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public Complaint resolve(long id, @NotBlank String reply) {
    return step(id, c -> c.resolve(reply, clock.instant(), caller.name()));
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public Complaint reject(long id, @NotBlank String reply) {
    return step(id, c -> c.reject(reply, clock.instant(), caller.name()));
  }

  /**
   * Complaints received per month (Asia/Shanghai) in [from, to), every month of the period present,
   * zero ones too: the figure behind the "30% fewer complaints" target (O&M plan).
   */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.AUDITOR})
  public SortedMap<YearMonth, Long> perMonth(@NotNull Instant from, @NotNull Instant to) {
    if (!from.isBefore(to)) {
      throw RequestRefusedException.invalid("The period ends after it starts");
    }
    return MonthlyCounts.of(complaints.receivedTimesBetween(from, to), from, to, CAMPUS);
  }

  private Complaint step(long id, Consumer<Complaint> change) {
    Complaint complaint = load(id, true);
    try {
      change.accept(complaint);
    } catch (IllegalStateException e) {
      throw RequestRefusedException.conflict(e.getMessage());
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
    return complaint;
  }

  private Complaint load(long id, boolean lock) {
    return (lock ? complaints.lockById(id) : complaints.findById(id))
        .orElseThrow(() -> RequestRefusedException.notFound("No complaint " + id));
  }

  private Complaint visible(Complaint complaint, long id) {
    if (CallerRoles.isCardHolderOnly(session)
        && !caller.name().equals(complaint.getComplainantHolderNo())) {
      throw RequestRefusedException.notFound("No complaint " + id);
    }
    return complaint;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
