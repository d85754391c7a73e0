package org.yikatong.servicedesk.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.BusinessDay;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.domain.Journal;
import org.yikatong.notification.domain.Notice;
import org.yikatong.security.application.AuditTrail;
import org.yikatong.security.application.Audited;
import org.yikatong.security.application.CallerRoles;
import org.yikatong.security.application.NotAudited;
import org.yikatong.security.domain.AppUserRepository;
import org.yikatong.security.domain.Role;
import org.yikatong.servicedesk.domain.asset.Asset;
import org.yikatong.servicedesk.domain.asset.AssetRepository;
import org.yikatong.servicedesk.domain.contract.ServiceContract;
import org.yikatong.servicedesk.domain.contract.ServiceContractRepository;
import org.yikatong.servicedesk.domain.ticket.RatingSummary;
import org.yikatong.servicedesk.domain.ticket.RepairCharge;
import org.yikatong.servicedesk.domain.ticket.ResponsibleParty;
import org.yikatong.servicedesk.domain.ticket.SlaEvent;
import org.yikatong.servicedesk.domain.ticket.SlaPolicy;
import org.yikatong.servicedesk.domain.ticket.Ticket;
import org.yikatong.servicedesk.domain.ticket.TicketChannel;
import org.yikatong.servicedesk.domain.ticket.TicketLevel;
import org.yikatong.servicedesk.domain.ticket.TicketRepository;
import org.yikatong.servicedesk.domain.ticket.TicketStatus;
import org.yikatong.terminal.domain.TerminalRepository;

/**
 * Fault tickets: opened from every channel, graded, assigned, worked, paused while waiting for the
 * reporter, resolved, confirmed and rated by the reporter, or reopened. Every step is one
 * transaction that locks the ticket, checks the status flow and recomputes the SLA deadlines; a
 * step the flow does not allow is refused (409) and changes nothing. Card holders open tickets and
 * follow, answer, confirm or reopen their own.
 */
@Stateless
@Audited
public class Tickets {

  @Inject TerminalRepository terminals;
  @Inject AppUserRepository users;
  @Inject Journal journal;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject SlaContracts contracts;
  @Inject Dispatcher dispatcher;
  @Inject SlaReview review;
  @Inject Event<Notice> notices;
  @Inject TicketRepository tickets;
  @Inject AuditTrail audit;
  @Inject AssetRepository assets;
  @jakarta.annotation.Resource jakarta.ejb.SessionContext session;
  @Inject ServiceContractRepository serviceContracts;
  @Inject jakarta.enterprise.inject.Instance<RepairPartsSource> partsSources;
  @Inject Event<TicketResponsibilityChanged> responsibilityChanges;

  /**
   * Opens a ticket under its service contract (the default one unless named) and dispatches it by
   * the duty roster; a card holder's ticket is always theirs and from the app channel, and the
   * journal entry it names must be one of their own (404 otherwise).
   */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN, Role.CARDHOLDER})
  public Ticket open(@NotNull @Valid NewTicket request) {
    boolean holder = CallerRoles.isCardHolderOnly(session);
    if (request.terminalId() != null
        && !request.terminalId().isBlank()
        && terminals.findByCode(request.terminalId()).isEmpty()) {
      throw RequestRefusedException.notFound("No terminal " + request.terminalId());
    }
    if (request.journalEntryId() != null
        && journal
            .findById(request.journalEntryId())
            // A card holder may only name their own payments; to them, another's does not exist.
            .filter(e -> !holder || e.isOfHolder(caller.name()))
            .isEmpty()) {
      throw RequestRefusedException.notFound("No journal entry " + request.journalEntryId());
    }
    TicketLevel level =
        request.level() != null && !holder
            ? request.level()
            : TicketLevel.suggest(request.category(), request.campusWide());
    ServiceContract contract = contracts.contractFor(holder ? null : request.contract());
    Asset asset = assetOf(holder ? null : request.assetSerial(), request.terminalId());
    Instant now = clock.instant();
    Ticket ticket =
        new Ticket(
            holder ? TicketChannel.APP : request.channel(),
            request.reporterName(),
            request.reporterContact(),
            holder ? caller.name() : request.reporterHolderNo(),
            blankToNull(request.terminalId()),
            request.location(),
            request.category(),
            level,
            request.title(),
            request.description(),
            request.journalEntryId(),
            contract.getId(),
            now,
            caller.name());
    tickets.add(ticket);
    ticket.numbered(BusinessDay.of(now));
    if (asset != null) {
      ticket.concernsAsset(asset.getId(), asset.getSerialNo(), now, caller.name());
    }
    schedule(ticket);
    holdResponsibleByContract(ticket);
    dispatcher.dispatch(ticket, now);
    return ticket;
  }

  /** Holds the party the ticket's contract names for its asset's type and its category. */
  private void holdResponsibleByContract(Ticket ticket) {
    ServiceContract.Answer answer = answerByContract(ticket);
    ticket.holdResponsible(answer.party(), answer.note(), clock.instant(), Dispatcher.SYSTEM);
  }

  /**
   * After the ticket's asset or category changed: holds the party its contract now names, if that
   * is another one, tells the observers of {@link TicketResponsibilityChanged} and dispatches the
   * ticket again while it is still being worked on. For steps of this bean, in their transaction.
   */
  void followContract(Ticket ticket, Instant now) {
    ServiceContract.Answer answer = answerByContract(ticket);
    if (answer.party() != ticket.getResponsibleParty()) {
      changeParty(ticket, answer.party(), answer.note(), now, Dispatcher.SYSTEM);
    }
  }

  private ServiceContract.Answer answerByContract(Ticket ticket) {
    Asset asset = assetOf(ticket);
    return contractOf(ticket)
        .whoAnswers(asset == null ? null : asset.getType(), ticket.getCategory());
  }

  private void changeParty(
      Ticket ticket, ResponsibleParty party, String reason, Instant now, String by) {
    ResponsibleParty before = ticket.holdResponsible(party, reason, now, by);
    if (before == party) {
      return;
    }
    responsibilityChanges.fire(
        new TicketResponsibilityChanged(ticket.getTicketNo(), before, party, reason, now, by));
    if (ticket.getStatus() != TicketStatus.RESOLVED
        && ticket.getStatus() != TicketStatus.CLOSED
        && ticket.getStatus().canMoveTo(TicketStatus.ASSIGNED)) {
      dispatcher.dispatch(ticket, now);
    }
  }

  /**
   * The helpdesk holds another party responsible for the ticket, with the reason (required: 400
   * without, and nothing changes). Observers of {@link TicketResponsibilityChanged} hear of it in
   * the same transaction; a ticket still being worked on is dispatched again to the new party.
   */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  public Ticket changeResponsibility(
      @NotBlank String ticketNo, @NotNull ResponsibleParty party, String reason) {
    if (reason == null || reason.isBlank()) {
      throw RequestRefusedException.invalid("A change of responsibility gives its reason");
    }
    if (reason.strip().length() > 200) {
      throw RequestRefusedException.invalid("A reason is at most 200 characters");
    }
    Instant now = clock.instant();
    return step(ticketNo, t -> changeParty(t, party, reason.strip(), now, caller.name()));
  }

  /**
   * What the system proposes for the ticket's repair if it were resolved now: out of warranty when
   * its asset's warranty ended before today, else under warranty ({@link RepairChargeProposal}).
   */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN, Role.AUDITOR})
  public RepairChargeProposal proposeCharge(@NotBlank String ticketNo) {
    return proposal(load(ticketNo, false), clock.instant());
  }

  /**
   * Corrects a resolved (or closed) ticket's classification, with the reason (required: 400
   * without); the cost is computed again at the contract's prices. Labour minutes null: as
   * recorded.
   */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  public Ticket correctCharge(
      @NotBlank String ticketNo,
      @NotNull RepairCharge charge,
      String reason,
      Integer labourMinutes) {
    if (reason == null || reason.isBlank()) {
      throw RequestRefusedException.invalid("A correction of the classification gives its reason");
    }
    Instant now = clock.instant();
    return step(
        ticketNo,
        t -> {
          if (t.getStatus() != TicketStatus.RESOLVED && t.getStatus() != TicketStatus.CLOSED) {
            throw new IllegalStateException(
                "Ticket " + ticketNo + " is " + t.getStatus() + ": it is classified when resolved");
          }
          classify(
              t, charge, reason, labourMinutes != null ? labourMinutes : t.getLabourMinutes(), now);
        });
  }

  /**
   * Classifies a repair. No charge given: the system's proposal with its stated reason. A charge
   * that is chargeable or differs from the proposal needs a reason of the caller's.
   */
  private void classify(
      Ticket t, RepairCharge requested, String reason, Integer labourMinutes, Instant now) {
    RepairChargeProposal proposal = proposal(t, now);
    RepairCharge charge = requested == null ? proposal.charge() : requested;
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (why == null) {
      if (requested != null && (requested != proposal.charge() || requested.isChargeable())) {
        throw new IllegalArgumentException(
            "A repair classified "
                + requested
                + " gives its reason (the system proposes "
                + proposal.charge()
                + ")");
      }
      why = proposal.reason();
    }
    if (why.length() > 500) {
      throw new IllegalArgumentException("A reason is at most 500 characters");
    }
    int minutes = labourMinutes == null ? 0 : labourMinutes;
    if (minutes < 0 || minutes > 100_000) {
      throw new IllegalArgumentException("Labour is 0 to 100000 minutes: " + minutes);
    }
    ServiceContract contract = contractOf(t);
    long parts = 0;
    if (charge.isChargeable()) {
      for (RepairPartsSource source : partsSources) {
        for (RepairPartsSource.UsedPart part : source.usedFor(t.getId())) {
          parts += contract.partsPriceFen(part.unitCostFen(), part.quantity());
        }
      }
    }
    long labour = charge.isChargeable() ? contract.labourPriceFen(minutes) : 0;
    t.classify(charge, why, minutes, parts, labour, now, caller.name());
  }

  private RepairChargeProposal proposal(Ticket t, Instant now) {
    Asset asset = assetOf(t);
    int months =
        asset == null
            ? contractOf(t).getWarrantyMonths()
            : (asset.getContractId() == null
                    ? serviceContracts.findDefault()
                    : serviceContracts.findById(asset.getContractId()))
                .map(ServiceContract::getWarrantyMonths)
                .orElse(ServiceContract.DEFAULT_WARRANTY_MONTHS);
    return RepairChargeProposal.of(asset, months, BusinessDay.of(now));
  }

  private Asset assetOf(Ticket t) {
    return t.getAssetId() == null ? null : assets.findById(t.getAssetId()).orElse(null);
  }

  private ServiceContract contractOf(Ticket t) {
    return serviceContracts
        .findById(t.getContractId())
        .orElseThrow(() -> new IllegalStateException("No service contract " + t.getContractId()));
  }

  /** A ticket by its number: staff see every ticket, a card holder only their own. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN, Role.AUDITOR, Role.CARDHOLDER})
  public Ticket find(@NotBlank String ticketNo) {
    return visible(load(ticketNo, false));
  }

  /** Tickets in a status (or all), newest first; a card holder's own only. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN, Role.AUDITOR, Role.CARDHOLDER})
  public List<Ticket> list(TicketStatus status, int max) {
    return tickets.listNewestFirst(
        status,
        CallerRoles.isCardHolderOnly(session) ? caller.name() : null,
        Math.min(Math.max(1, max), 500));
  }

  /**
   * The queue of tickets still to be worked on, the one due soonest first (tickets with no deadline
   * running last, newest first among them), narrowed by the filter.
   */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN, Role.AUDITOR})
  public List<Ticket> listQueue(@NotNull TicketQueueFilter filter) {
    String text = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
    Comparator<Ticket> dueFirst =
        Comparator.comparing(Ticket::nextDue, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Ticket::getCreatedAt, Comparator.reverseOrder());
    return tickets.findByStatusNotIn(EnumSet.of(TicketStatus.CLOSED)).stream()
        .filter(
            t ->
                filter.status() == null
                    ? filter.withResolved() || t.getStatus() != TicketStatus.RESOLVED
                    : t.getStatus() == filter.status())
        .filter(t -> filter.level() == null || t.getLevel() == filter.level())
        .filter(
            t ->
                filter.assignee() == null
                    || (filter.assignee().isEmpty()
                        ? t.getAssignee() == null
                        : filter.assignee().equals(t.getAssignee())))
        .filter(t -> text.isEmpty() || matches(t, text))
        .sorted(dueFirst)
        .limit(Math.min(Math.max(1, filter.max()), 500))
        .toList();
  }

  /**
   * The tickets still open at a terminal (not resolved or closed), newest first: a new report about
   * the same terminal is likely the same fault.
   */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN, Role.AUDITOR})
  public List<Ticket> listOpenAtTerminal(String terminalCode) {
    if (terminalCode == null || terminalCode.isBlank()) {
      return List.of();
    }
    return tickets
        .findByStatusNotIn(EnumSet.of(TicketStatus.RESOLVED, TicketStatus.CLOSED))
        .stream()
        .filter(t -> terminalCode.strip().equalsIgnoreCase(t.getTerminalCode()))
        .sorted(Comparator.comparing(Ticket::getCreatedAt, Comparator.reverseOrder()))
        .toList();
  }

  /**
   * Locks a ticket for the rest of the caller's transaction, refused (409) when it has changed
   * since it was read at {@code version}: a page acting on what it shows acts on nothing newer.
   */
  @NotAudited
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN})
  public Ticket lockAtVersion(@NotBlank String ticketNo, long version) {
    Ticket ticket = load(ticketNo, true);
    if (ticket.getVersion() != version) {
      throw RequestRefusedException.conflict(
          "Ticket " + ticketNo + " has changed since it was read");
    }
    return ticket;
  }

  /** A technician a ticket can be assigned to: user name and display name. */
  public record Technician(String username, String displayName) implements java.io.Serializable {}

  /** The enabled users with the technician role, by user name. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  public List<Technician> listTechnicians() {
    return users.search("", false, 500).stream()
        .filter(
            u ->
                u.getRoles().contains(Role.TECHNICIAN)
                    && u.getStatus() != org.yikatong.security.domain.UserStatus.DISABLED)
        .map(u -> new Technician(u.getUsername(), u.getDisplayName()))
        .sorted(Comparator.comparing(Technician::username))
        .toList();
  }

  private static boolean matches(Ticket t, String text) {
    return java.util.stream.Stream.of(
            t.getTicketNo(),
            t.getTitle(),
            t.getTerminalCode(),
            t.getLocation(),
            t.getReporterName(),
            t.getReporterHolderNo())
        .anyMatch(v -> v != null && v.toLowerCase(Locale.ROOT).contains(text));
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  public Ticket assign(@NotBlank String ticketNo, @NotBlank String technician, String reason) {
    boolean isTechnician =
        users
            .findByUsername(technician)
            .map(u -> u.getRoles().contains(Role.TECHNICIAN))
            .orElse(false);
    if (!isTechnician) {
      throw RequestRefusedException.notFound("No technician " + technician);
    }
    Instant now = clock.instant();
    return step(
        ticketNo,
        t -> {
          t.assign(
              technician, reason == null ? "by the helpdesk" : reason, now, caller.name(), true);
          notices.fire(
              new Notice(
                  NoticeKind.ASSIGNED.name(),
                  t.getTicketNo(),
                  List.of(technician),
                  "工单 " + t.getTicketNo() + " 已派给您：" + t.getTitle(),
                  t.getDescription(),
                  now));
        });
  }

  /** Dispatches a ticket again by the duty roster (a new ticket nobody could take, say). */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  public Ticket dispatch(@NotBlank String ticketNo) {
    return step(
        ticketNo,
        t -> {
          if (!t.getStatus().canMoveTo(TicketStatus.ASSIGNED)) {
            throw new IllegalStateException(
                "Ticket " + ticketNo + " is " + t.getStatus() + " and cannot be dispatched");
          }
          dispatcher.dispatch(t, clock.instant());
        });
  }

  /** A technician reports being on site. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN})
  public Ticket arriveOnSite(@NotBlank String ticketNo, String note) {
    return step(ticketNo, t -> t.arriveOnSite(note, clock.instant(), caller.name()));
  }

  /** A written plan (PLAN) or an emergency's fix plan (FIX_PLAN) handed over to the customer. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN})
  public Ticket handOverPlan(
      @NotBlank String ticketNo, @NotNull SlaEvent.Target kind, @NotBlank String plan) {
    return step(ticketNo, t -> t.handOverPlan(kind, plan, clock.instant(), caller.name()));
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN})
  public Ticket start(@NotBlank String ticketNo) {
    return step(ticketNo, t -> t.start(clock.instant(), caller.name()));
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN})
  public Ticket waitForReporter(@NotBlank String ticketNo, @NotBlank String question) {
    return waitForReporter(ticketNo, question, null);
  }

  /**
   * The ticket waits for its reporter's answer, at most until {@code until} (none when null):
   * unanswered by then, the SLA watch puts it back to work by itself.
   */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN})
  public Ticket waitForReporter(
      @NotBlank String ticketNo, @NotBlank String question, Instant until) {
    return step(ticketNo, t -> t.waitForReporter(question, until, clock.instant(), caller.name()));
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN, Role.CARDHOLDER})
  public Ticket reporterAnswered(@NotBlank String ticketNo, @NotBlank String answer) {
    return step(ticketNo, t -> t.reporterAnswered(answer, clock.instant(), caller.name()));
  }

  /** Resolves a ticket with the system's proposal for its repair ({@link #proposeCharge}). */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN})
  public Ticket resolve(@NotBlank String ticketNo, @NotBlank String resolution) {
    return resolve(ticketNo, resolution, null, null, null);
  }

  /**
   * Resolves a ticket and classifies its repair: under warranty, damage by people or out of
   * warranty, with the reason and the minutes of work; a chargeable repair is priced at the
   * contract's share of the parts withdrawn for the ticket and its labour rate. No charge given:
   * the system's proposal with its stated reason; a chargeable charge, or one against the proposal,
   * without a reason is refused (400) and nothing changes.
   */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN})
  public Ticket resolve(
      @NotBlank String ticketNo,
      @NotBlank String resolution,
      RepairCharge charge,
      String reason,
      Integer labourMinutes) {
    Instant now = clock.instant();
    return step(
        ticketNo,
        t -> {
          t.resolve(resolution, now, caller.name());
          classify(t, charge, reason, labourMinutes, now);
          List<String> told = new java.util.ArrayList<>();
          if (t.getReporterHolderNo() != null) {
            told.add(t.getReporterHolderNo());
          }
          if (!told.contains(t.getCreatedBy())) {
            told.add(t.getCreatedBy());
          }
          notices.fire(
              new Notice(
                  NoticeKind.RESOLVED.name(),
                  t.getTicketNo(),
                  told,
                  "工单 " + t.getTicketNo() + " 已解决，请确认",
                  t.getTitle() + " — " + resolution,
                  now));
        });
  }

  /**
   * The reporter confirms the resolution and rates it 1–5 (the helpdesk may record it for them).
   */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.CARDHOLDER})
  public Ticket confirm(@NotBlank String ticketNo, int rating, String comment) {
    return step(ticketNo, t -> t.confirm(rating, comment, clock.instant(), caller.name()));
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.CARDHOLDER})
  public Ticket reopen(@NotBlank String ticketNo, @NotBlank String reason) {
    return step(ticketNo, t -> t.reopen(reason, clock.instant(), caller.name()));
  }

  /** Links the journal entry the ticket is about; an entry that does not exist is refused (404). */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  public Ticket linkJournalEntry(@NotBlank String ticketNo, long journalEntryId) {
    if (journal.findById(journalEntryId).isEmpty()) {
      throw RequestRefusedException.notFound("No journal entry " + journalEntryId);
    }
    return step(ticketNo, t -> t.linkJournalEntry(journalEntryId, clock.instant(), caller.name()));
  }

  /**
   * Names the registered asset at fault (by serial number, 404 when none has it), or none when
   * {@code serialNo} is blank; a closed ticket is refused (409). The party answering for the ticket
   * follows its contract's rules for the asset's type.
   */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN})
  public Ticket concernsAsset(@NotBlank String ticketNo, String serialNo) {
    Asset asset =
        serialNo == null || serialNo.isBlank()
            ? null
            : assets
                .findBySerial(serialNo.strip())
                .orElseThrow(() -> RequestRefusedException.notFound("No asset " + serialNo));
    Instant now = clock.instant();
    return step(
        ticketNo,
        t -> {
          t.concernsAsset(
              asset == null ? null : asset.getId(),
              asset == null ? null : asset.getSerialNo(),
              now,
              caller.name());
          followContract(t, now);
        });
  }

  /** The registered asset a ticket names, if any. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN, Role.AUDITOR})
  public java.util.Optional<Asset> assetOf(@NotBlank String ticketNo) {
    Long id = load(ticketNo, false).getAssetId();
    return id == null ? java.util.Optional.empty() : assets.findById(id);
  }

  /**
   * The asset a new ticket names: the one of the serial number given (404 when none has it), else
   * the one registered for its terminal, if any.
   */
  private Asset assetOf(String serialNo, String terminalCode) {
    if (serialNo != null && !serialNo.isBlank()) {
      return assets
          .findBySerial(serialNo.strip())
          .orElseThrow(() -> RequestRefusedException.notFound("No asset " + serialNo));
    }
    return terminalCode == null || terminalCode.isBlank()
        ? null
        : assets.findByTerminalCode(terminalCode.strip()).orElse(null);
  }

  /** The journal entry a ticket is linked to, for the staff who work the ticket. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN, Role.AUDITOR})
  public java.util.Optional<org.yikatong.ledger.domain.JournalEntry> linkedJournalEntry(
      @NotBlank String ticketNo) {
    Long id = load(ticketNo, false).getJournalEntryId();
    return id == null ? java.util.Optional.empty() : journal.findById(id);
  }

  /** A comment or a work log line ({@code kind} COMMENT or WORKLOG). */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN, Role.CARDHOLDER})
  public Ticket comment(@NotBlank String ticketNo, @NotNull String kind, @NotBlank String text) {
    if (!kind.equals("COMMENT") && !kind.equals("WORKLOG")) {
      throw RequestRefusedException.invalid("A note is a COMMENT or a WORKLOG: " + kind);
    }
    boolean staff = !CallerRoles.isCardHolderOnly(session);
    if (!staff && kind.equals("WORKLOG")) {
      throw RequestRefusedException.invalid("Only staff keep the work log");
    }
    return step(ticketNo, t -> t.comment(kind, text, clock.instant(), caller.name(), staff));
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  public Ticket setLevel(@NotBlank String ticketNo, @NotNull TicketLevel level) {
    return step(ticketNo, t -> t.setLevel(level, clock.instant(), caller.name()));
  }

  /**
   * The rated tickets closed in [from, to), the one closed last first, at most {@code max} (1–500):
   * the reporters' satisfaction with each ticket, to read with {@link #countRatings}.
   */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.AUDITOR})
  public List<Ticket> listRated(@NotNull Instant from, @NotNull Instant to, int max) {
    return tickets.listRatedClosedBetween(from, to, Math.min(Math.max(1, max), 500));
  }

  /** What the ratings of the tickets closed in [from, to) add up to: count, mean, distribution. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.AUDITOR})
  public RatingSummary countRatings(@NotNull Instant from, @NotNull Instant to) {
    if (!from.isBefore(to)) {
      throw RequestRefusedException.invalid("The period ends after it starts");
    }
    return RatingSummary.of(tickets.countRatingsClosedBetween(from, to));
  }

  private Ticket step(String ticketNo, Consumer<Ticket> change) {
    Ticket ticket = visible(load(ticketNo, true));
    String before = ticket.getStatus() + " " + ticket.getAssignee();
    try {
      change.accept(ticket);
    } catch (IllegalStateException e) {
      throw RequestRefusedException.conflict(e.getMessage());
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
    review.review(ticket, schedule(ticket), clock.instant());
    audit.describe(before, ticket.getStatus() + " " + ticket.getAssignee());
    return ticket;
  }

  /** Recomputes the ticket's deadlines under its contract's terms, and answers the policy. */
  private SlaPolicy schedule(Ticket ticket) {
    SlaContracts.Terms terms = contracts.terms(ticket.getContractId());
    ticket.scheduleDeadlines(terms.policy(), terms.calendar());
    return terms.policy();
  }

  private Ticket load(String ticketNo, boolean lock) {
    return (lock ? tickets.lockByNumber(ticketNo) : tickets.findByNumber(ticketNo))
        .orElseThrow(() -> RequestRefusedException.notFound("No ticket " + ticketNo));
  }

  /** A card holder sees only their own tickets; to them, another's does not exist. */
  private Ticket visible(Ticket ticket) {
    if (CallerRoles.isCardHolderOnly(session)
        && !caller.name().equals(ticket.getReporterHolderNo())) {
      throw RequestRefusedException.notFound("No ticket " + ticket.getTicketNo());
    }
    return ticket;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
