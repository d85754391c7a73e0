package org.yikatong.servicedesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.yikatong.notification.domain.Notice;
import org.yikatong.security.domain.AppUserRepository;
import org.yikatong.security.domain.Role;
import org.yikatong.security.domain.UserStatus;
import org.yikatong.servicedesk.domain.contract.ContractParty;
import org.yikatong.servicedesk.domain.contract.ServiceContract;
import org.yikatong.servicedesk.domain.contract.ServiceContractRepository;
import org.yikatong.servicedesk.domain.roster.DutyAbsenceRepository;
import org.yikatong.servicedesk.domain.roster.DutyPost;
import org.yikatong.servicedesk.domain.roster.DutyPostRepository;
import org.yikatong.servicedesk.domain.roster.DutyRosterEntry;
import org.yikatong.servicedesk.domain.ticket.ResponsibleParty;
import org.yikatong.servicedesk.domain.ticket.Ticket;
import org.yikatong.servicedesk.domain.ticket.TicketRepository;
import org.yikatong.servicedesk.domain.ticket.TicketStatus;
import org.yikatong.terminal.domain.Terminal;
import org.yikatong.terminal.domain.TerminalRepository;

/**
 * Assigns tickets by the duty roster and escalates them up their post's chain, in the caller's
 * transaction (a ticket step, or the SLA watch's timer).
 *
 * <p>Dispatch: the posts covering the ticket's category at its place (the terminal's location, or
 * the location reported) are tried, posts of that area before campus-wide ones; on each, the day's
 * roster entry (or the standing one) gives the primary (A) and the backup (B). A technician who is
 * absent, no longer an active technician, or already carries the post's maximum of open tickets is
 * passed over, with the reason; the first one left gets the ticket. When everyone on duty is at
 * their maximum, the least loaded of them gets it. Every assignment names its post, role and the
 * technicians passed over and why; a ticket nobody can take stays new, with a note why, and the
 * helpdesk is told.
 *
 * <p>Dispatch by party: only the posts staffed by the party answering for the ticket are tried (a
 * card holder's damage by the university's posts: the card office handles it). The system vendor's
 * service desk is the single point of contact for the hardware it delivered when the ticket's
 * contract says so ({@link ServiceContract#isDeskTakesHardware()}): the vendor's posts then take
 * the hardware supplier's tickets that no post of the supplier covers. A vendor's ticket that no
 * post takes is handed to the vendor's contact in the contract, if it has an e-mail address: the
 * ticket names the contact, the contact is sent the ticket's number, place and description, and the
 * helpdesk is told. A vendor's ticket taken by another party's post (the hardware supplier's, by
 * the vendor's desk) is made known to the vendor's contact by mail all the same. A ticket without a
 * party (opened before parties were held) may go to any post.
 *
 * <p>Escalation: step 1 to the post's team lead (at an SLA warning), step 2 to its manager (at a
 * breach); each step once per ticket, recorded with its reason.
 */
@ApplicationScoped
public class Dispatcher {

  /** Who the ticket history names for what the system does by itself. */
  public static final String SYSTEM = "system";

  /** Who hears of tickets nobody can take, or with no escalation chain. */
  static final String FALLBACK = "helpdesk";

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final List<TicketStatus> OPEN =
      List.of(
          TicketStatus.ASSIGNED,
          TicketStatus.IN_PROGRESS,
          TicketStatus.WAITING_FOR_REPORTER,
          TicketStatus.REOPENED);

  @Inject TicketRepository tickets;
  @Inject DutyPostRepository posts;
  @Inject DutyAbsenceRepository absences;
  @Inject TerminalRepository terminals;
  @Inject AppUserRepository users;
  @Inject Event<Notice> notices;
  @Inject ServiceContractRepository contracts;

  /** A technician on duty for a post, in the order they are tried. */
  private record Candidate(DutyPost post, String role, String username) {}

  /** A candidate at the post's maximum, with the open tickets they carry. */
  private record Loaded(Candidate candidate, long load) {}

  /**
   * Assigns the ticket by the roster.
   *
   * @return the technician it went to; empty if nobody could take it
   */
  public Optional<String> dispatch(Ticket ticket, Instant now) {
    String where = where(ticket);
    List<DutyPost> posts = postsFor(ticket, where);
    if (posts.isEmpty()) {
      String why =
          "no duty post"
              + (ticket.getResponsibleParty() == null
                  ? ""
                  : " staffed by " + staffOf(ticket.getResponsibleParty()))
              + " covers "
              + ticket.getCategory()
              + " at "
              + describe(where);
      Optional<ContractParty> contact = outsideContact(ticket);
      if (contact.isPresent()) {
        handOver(ticket, contact.get(), why, where, now);
        return Optional.empty();
      }
      return nobody(ticket, why, now);
    }
    LocalDate day = now.atZone(ZONE).toLocalDate();
    List<String> passedOver = new ArrayList<>();
    List<Loaded> overloaded = new ArrayList<>();
    for (DutyPost post : posts) {
      Optional<DutyRosterEntry> entry = rosterOn(post, day);
      if (entry.isEmpty()) {
        passedOver.add(post.getCode() + ": nobody on the roster for " + day);
        continue;
      }
      for (Candidate c :
          List.of(
              new Candidate(post, "A", entry.get().getPrimary()),
              new Candidate(post, "B", entry.get().getBackup()))) {
        Optional<String> unavailable = unavailable(c.username(), now);
        if (unavailable.isPresent()) {
          passedOver.add(
              c.username() + " (" + post.getCode() + " " + c.role() + "): " + unavailable.get());
          continue;
        }
        long load = load(c.username());
        if (load >= post.getMaxLoad()) {
          passedOver.add(
              c.username()
                  + " ("
                  + post.getCode()
                  + " "
                  + c.role()
                  + "): carries "
                  + load
                  + " open tickets, the post's maximum is "
                  + post.getMaxLoad());
          overloaded.add(new Loaded(c, load));
          continue;
        }
        return Optional.of(assign(ticket, c, load, passedOver, now));
      }
    }
    if (!overloaded.isEmpty()) {
      Loaded least = overloaded.stream().min(Comparator.comparingLong(Loaded::load)).orElseThrow();
      passedOver.add("everyone on duty is at their maximum: the least loaded takes it");
      return Optional.of(assign(ticket, least.candidate(), least.load(), passedOver, now));
    }
    return nobody(ticket, "nobody on duty can take it: " + String.join("; ", passedOver), now);
  }

  /**
   * Escalates the ticket to step 1 (team lead) or 2 (manager) of its post's chain, once per step.
   *
   * @return whether it was escalated now
   */
  public boolean escalate(Ticket ticket, int step, String reason, Instant now) {
    if (step <= ticket.getEscalationStep()) {
      return false;
    }
    Optional<DutyPost> post = postOf(ticket);
    String to = post.map(p -> p.escalationTarget(step)).orElse(FALLBACK);
    String why =
        post.isPresent()
            ? reason + " (post " + post.get().getCode() + ")"
            : reason + " (no duty post covers the ticket: the helpdesk)";
    ticket.escalate(step, to, why, now, SYSTEM);
    List<String> recipients = new ArrayList<>(List.of(to));
    if (ticket.getAssignee() != null && !ticket.getAssignee().equals(to)) {
      recipients.add(ticket.getAssignee());
    }
    notices.fire(
        new Notice(
            NoticeKind.ESCALATED.name(),
            ticket.getTicketNo(),
            recipients,
            "工单 " + ticket.getTicketNo() + " 已升级（第 " + step + " 级）",
            ticket.getTitle() + " — " + why,
            now));
    return true;
  }

  private String assign(
      Ticket ticket, Candidate c, long load, List<String> passedOver, Instant now) {
    String reason =
        "duty roster, post "
            + c.post().getCode()
            + " ("
            + c.post().getName()
            + ") "
            + c.role()
            + ", carrying "
            + load
            + " open tickets"
            + (passedOver.isEmpty() ? "" : "; passed over: " + String.join("; ", passedOver));
    ticket.assign(c.username(), reason, now, SYSTEM, false);
    ticket.dispatchedFrom(c.post().getId());
    notices.fire(
        new Notice(
            NoticeKind.ASSIGNED.name(),
            ticket.getTicketNo(),
            List.of(c.username()),
            "新工单 " + ticket.getTicketNo() + "：" + ticket.getTitle(),
            describe(where(ticket)) + " — " + ticket.getDescription(),
            now));
    informVendor(ticket, c, now);
    return c.username();
  }

  private Optional<String> nobody(Ticket ticket, String why, Instant now) {
    ticket.systemNote("DISPATCH", "not dispatched: " + why, now);
    notices.fire(
        new Notice(
            NoticeKind.ASSIGNED.name(),
            ticket.getTicketNo(),
            List.of(FALLBACK),
            "工单 " + ticket.getTicketNo() + " 无人值守，请手工派单",
            why,
            now));
    return Optional.empty();
  }

  /** Why a technician cannot take a ticket now, if they cannot. */
  Optional<String> unavailable(String username, Instant now) {
    boolean technician =
        users
            .findByUsername(username)
            .filter(u -> u.getStatus() == UserStatus.ACTIVE)
            .map(u -> u.getRoles().contains(Role.TECHNICIAN))
            .orElse(false);
    if (!technician) {
      return Optional.of("not an active technician");
    }
    return absences
        .findCovering(username, now)
        .map(
            a ->
                "absent until "
                    + a.getTo().atZone(ZONE).toLocalDateTime()
                    + " ("
                    + a.getReason()
                    + ")");
  }

  /** The open tickets a technician carries. */
  long load(String username) {
    return tickets.countAssignedTo(username, OPEN);
  }

  Optional<DutyRosterEntry> rosterOn(DutyPost post, LocalDate day) {
    List<DutyRosterEntry> entries = posts.entriesFor(post, day);
    return entries.stream()
        .filter(e -> e.getDay() != null)
        .findFirst()
        .or(() -> entries.stream().findFirst());
  }

  /**
   * Posts covering the ticket that its party's people staff (the vendor's desk for the hardware
   * supplier where the contract makes it the single point of contact), those of its own area first.
   */
  List<DutyPost> postsFor(Ticket ticket, String where) {
    List<DutyPost> covering =
        posts.findAll().stream()
            .filter(p -> p.covers(ticket.getCategory(), where))
            .sorted(Comparator.comparing((DutyPost p) -> p.matchesArea(where) ? 0 : 1))
            .toList();
    ResponsibleParty party = ticket.getResponsibleParty();
    if (party == null) {
      return covering;
    }
    List<DutyPost> own = covering.stream().filter(p -> p.getParty() == staffOf(party)).toList();
    if (own.isEmpty()
        && party == ResponsibleParty.HARDWARE_SUPPLIER
        && contractOf(ticket).map(ServiceContract::isDeskTakesHardware).orElse(true)) {
      return covering.stream()
          .filter(p -> p.getParty() == ResponsibleParty.SOFTWARE_DEVELOPER)
          .toList();
    }
    return own;
  }

  /** Whose posts take a party's tickets: the university's for a card holder's damage. */
  static ResponsibleParty staffOf(ResponsibleParty party) {
    return party == ResponsibleParty.CARD_HOLDER ? ResponsibleParty.UNIVERSITY_IT : party;
  }

  private Optional<ServiceContract> contractOf(Ticket ticket) {
    return contracts.findById(ticket.getContractId());
  }

  /** The contact of the vendor answering for the ticket, if the contract gives it an e-mail. */
  private Optional<ContractParty> outsideContact(Ticket ticket) {
    ResponsibleParty party = ticket.getResponsibleParty();
    if (party == null || !party.isVendor()) {
      return Optional.empty();
    }
    return contractOf(ticket)
        .flatMap(c -> c.party(party))
        .filter(p -> p.getContactEmail() != null && !p.getContactEmail().isBlank());
  }

  /**
   * Hands the ticket to an outside party's contact: the ticket names it, the contact gets the
   * ticket's number, place and description by mail, and the helpdesk is told.
   */
  private void handOver(
      Ticket ticket, ContractParty contact, String why, String where, Instant now) {
    ticket.systemNote(
        "DISPATCH", "not dispatched: " + why + "; handed to the party's contact", now);
    ticket.handedTo(contact.describe(), now, SYSTEM);
    notices.fire(
        new Notice(
            NoticeKind.HANDED_OVER.name(),
            ticket.getTicketNo(),
            List.of(contact.getContactEmail().strip()),
            "一卡通故障工单 " + ticket.getTicketNo() + " 请贵方处理：" + ticket.getTitle(),
            particulars(ticket, where) + "\n请回复服务台或致电处理进展。",
            now));
    notices.fire(
        new Notice(
            NoticeKind.HANDED_OVER.name(),
            ticket.getTicketNo(),
            List.of(FALLBACK),
            "工单 " + ticket.getTicketNo() + " 已转交 " + contact.describe(),
            why + " — " + contact.getContactEmail(),
            now));
  }

  /**
   * A ticket a vendor answers for, taken by another party's post (the vendor's desk taking the
   * hardware supplier's ticket as the single point of contact): the vendor's contact in the
   * contract, if it has an e-mail address, is told who took it, so that its part is known to it
   * from the start.
   */
  private void informVendor(Ticket ticket, Candidate c, Instant now) {
    ResponsibleParty party = ticket.getResponsibleParty();
    if (party == null || c.post().getParty() == staffOf(party)) {
      return;
    }
    outsideContact(ticket)
        .ifPresent(
            contact ->
                notices.fire(
                    new Notice(
                        NoticeKind.VENDOR_INFORMED.name(),
                        ticket.getTicketNo(),
                        List.of(contact.getContactEmail().strip()),
                        "一卡通故障工单 " + ticket.getTicketNo() + " 涉及贵方负责部分：" + ticket.getTitle(),
                        particulars(ticket, where(ticket))
                            + "\n受理：服务台岗位 "
                            + c.post().getName()
                            + "（"
                            + c.username()
                            + "）\n如需贵方到场或提供备件，服务台将另行联系。",
                        now)));
  }

  /** The lines of a mail that tell an outside party what a ticket is about. */
  private static String particulars(Ticket ticket, String where) {
    return "工单号："
        + ticket.getTicketNo()
        + "\n级别："
        + ticket.getLevel()
        + "\n类别："
        + ticket.getCategory()
        + "\n地点："
        + describe(where)
        + (ticket.getTerminalCode() == null ? "" : "\n终端：" + ticket.getTerminalCode())
        + "\n描述："
        + ticket.getDescription()
        + "\n责任："
        + ticket.getResponsibilityNote();
  }

  private Optional<DutyPost> postOf(Ticket ticket) {
    if (ticket.getDutyPostId() != null) {
      return posts.findById(ticket.getDutyPostId());
    }
    return postsFor(ticket, where(ticket)).stream().findFirst();
  }

  /** Where the fault is: the terminal's location, else what the reporter said. */
  String where(Ticket ticket) {
    if (ticket.getTerminalCode() != null) {
      Optional<String> location =
          terminals.findByCode(ticket.getTerminalCode()).map(Terminal::getLocation);
      if (location.isPresent()) {
        return location.get() + (ticket.getLocation() == null ? "" : " " + ticket.getLocation());
      }
    }
    return ticket.getLocation();
  }

  private static String describe(String where) {
    return where == null ? "an unknown place" : where;
  }
}
