package org.yikatong.web.console.helpdesk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.security.domain.Role;
import org.yikatong.servicedesk.application.KnowledgeBase;
import org.yikatong.servicedesk.application.RepairChargeProposal;
import org.yikatong.servicedesk.application.SlaWatch;
import org.yikatong.servicedesk.application.Tickets;
import org.yikatong.servicedesk.application.Tickets.Technician;
import org.yikatong.servicedesk.domain.knowledge.ArticleStatus;
import org.yikatong.servicedesk.domain.ticket.RepairCharge;
import org.yikatong.servicedesk.domain.ticket.ResponsibleParty;
import org.yikatong.servicedesk.domain.ticket.SlaEvent;
import org.yikatong.servicedesk.domain.ticket.Ticket;
import org.yikatong.servicedesk.domain.ticket.TicketLevel;
import org.yikatong.servicedesk.domain.ticket.TicketStatus;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.ConsoleTransactions;

/**
 * One ticket for the helpdesk: what was reported, every SLA target with its own countdown, the time
 * the clock has stood, warnings, breaches and escalations, the timeline, the knowledge-base
 * articles linked and suggested, and the steps its status allows. A step is taken only on the
 * ticket as the page shows it: when someone else changed it meanwhile, the page says so and shows
 * the ticket as it now is instead of acting.
 */
@Named
@ViewScoped
public class TicketView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The ticket as shown. */
  public record Shown(
      String ticketNo,
      String title,
      String description,
      TicketLevel level,
      TicketStatus status,
      String category,
      String channel,
      String reporterName,
      String reporterContact,
      String reporterHolderNo,
      String terminal,
      String location,
      String assignee,
      String createdAt,
      String createdBy,
      Long journalEntryId,
      String resolution,
      Integer rating,
      int escalationStep,
      String escalatedTo,
      String pausedFor,
      boolean paused,
      String waitingUntil,
      long version)
      implements Serializable {}

  /** One SLA target: when it is due, when it was met, and its countdown's state. */
  public record Target(
      SlaEvent.Target target, String dueAt, Long dueEpochMilli, String metAt, SlaClock clock)
      implements Serializable {}

  /** A warning or a breach recorded by the SLA watch. */
  public record Alert(SlaEvent.Target target, SlaEvent.Kind kind, String dueAt, String recordedAt)
      implements Serializable {}

  /** One line of the timeline. */
  public record Line(
      String at, String actor, String kind, TicketStatus from, TicketStatus to, String text)
      implements Serializable {}

  /** A journal entry: the payment or top-up a ticket is about, or one it could be about. */
  public record Payment(
      long id, String kind, long amountFen, String at, String terminal, String merchant)
      implements Serializable {

    static Payment of(org.yikatong.ledger.domain.JournalEntry e) {
      return new Payment(
          e.getId(),
          e.getKind().name(),
          e.getAmount().fen(),
          ConsolePage.time(e.getOccurredAt() == null ? e.getPostedAt() : e.getOccurredAt()),
          e.getTerminalCode(),
          e.getMerchant() == null ? null : e.getMerchant().getName());
    }
  }

  /** A knowledge-base article, linked or suggested. */
  public record Article(long id, String title, String summary) implements Serializable {}

  @Inject Tickets tickets;
  @Inject SlaWatch watch;
  @Inject org.yikatong.servicedesk.application.SlaContracts contracts;
  @Inject KnowledgeBase knowledge;
  @Inject ConsoleTransactions transactions;
  @Inject org.yikatong.ledger.application.CardHolderRegistry holders;

  private String no;
  private Shown shown;
  private List<Target> targets = List.of();
  private List<Alert> alerts = List.of();
  private List<Line> timeline = List.of();
  private List<Article> linked = List.of();
  private List<Article> suggested = List.of();
  private List<Technician> technicians = List.of();
  private Payment payment;
  private List<Payment> payments = List.of();
  private Long entryId;

  private String technician;
  private String text;
  private TicketLevel newLevel;
  private SlaEvent.Target planKind = SlaEvent.Target.PLAN;
  private Integer rating;
  private String noteKind = "COMMENT";
  private java.time.LocalDateTime waitUntil;

  /** Who answers for the ticket, and how its repair is charged. */
  private Responsibility responsibility;

  private ResponsibleParty newParty;
  private String partyReason;
  private RepairCharge charge;
  private String chargeReason;
  private Integer labourMinutes;

  /**
   * Who answers for the ticket and why, whom it was handed to, the system's proposal for its repair
   * and, once resolved, the repair's classification and cost.
   */
  public record Responsibility(
      ResponsibleParty party,
      String note,
      String handedTo,
      RepairCharge proposal,
      String proposalReason,
      RepairCharge charge,
      String chargeReason,
      Integer labourMinutes,
      String partsYuan,
      String labourYuan,
      String totalYuan)
      implements Serializable {}

  /** Loads the ticket named by the page's {@code no} parameter (after the view parameters). */
  public void load() {
    if (shown != null && shown.ticketNo().equals(no)) {
      return;
    }
    reload();
  }

  private void reload() {
    if (no == null || no.isBlank()) {
      shown = null;
      return;
    }
    try {
      transactions.run(this::read);
      jakarta.faces.context.ExternalContext context =
          jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
      if (context.isUserInRole(Role.HELPDESK) || context.isUserInRole(Role.ADMINISTRATOR)) {
        technicians = tickets.listTechnicians();
        transactions.run(this::readPayments);
      }
    } catch (RequestRefusedException refused) {
      shown = null;
      ConsolePage.refused(refused);
    }
  }

  private void read() {
    Ticket t = tickets.find(no);
    Instant now = ConsolePage.now();
    boolean paused = !t.getStatus().clockRuns();
    shown =
        new Shown(
            t.getTicketNo(),
            t.getTitle(),
            t.getDescription(),
            t.getLevel(),
            t.getStatus(),
            t.getCategory().name(),
            t.getChannel().name(),
            t.getReporterName(),
            t.getReporterContact(),
            t.getReporterHolderNo(),
            t.getTerminalCode(),
            t.getLocation(),
            t.getAssignee(),
            ConsolePage.time(t.getCreatedAt()),
            t.getCreatedBy(),
            t.getJournalEntryId(),
            t.getResolution(),
            t.getRating().orElse(null),
            t.getEscalationStep(),
            t.getEscalatedTo(),
            ConsolePage.duration(t.pausedFor(now)),
            t.getStatus() == TicketStatus.WAITING_FOR_REPORTER,
            t.getWaitingUntil() == null ? null : ConsolePage.time(t.getWaitingUntil()),
            t.getVersion());
    payment = tickets.linkedJournalEntry(no).map(Payment::of).orElse(null);
    readResponsibility(t);
    List<Target> list = new ArrayList<>();
    org.yikatong.servicedesk.domain.ticket.SlaPolicy policy =
        contracts.terms(t.getContractId()).policy();
    for (SlaEvent.Target target : SlaEvent.Target.values()) {
      // The targets the ticket's contract sets for its level; the others do not apply to it.
      if (policy.rule(t.getLevel(), target).isEmpty()) {
        continue;
      }
      Instant due = t.due(target);
      Instant met = t.metAt(target);
      list.add(
          new Target(
              target,
              ConsolePage.time(due),
              due == null ? null : due.toEpochMilli(),
              met == null ? null : ConsolePage.time(met),
              SlaClock.of(due, met, paused && target != SlaEvent.Target.RESPONSE, now)));
    }
    targets = list;
    alerts =
        watch.of(t).stream()
            .map(
                e ->
                    new Alert(
                        e.getTarget(),
                        e.getKind(),
                        ConsolePage.time(e.getDueAt()),
                        ConsolePage.time(e.getRecordedAt())))
            .toList();
    List<Line> lines =
        t.getEvents().stream()
            .map(
                e ->
                    new Line(
                        ConsolePage.time(e.getAt()),
                        e.getActor(),
                        e.getKind(),
                        e.getFromStatus(),
                        e.getToStatus(),
                        e.getText()))
            .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    java.util.Collections.reverse(lines);
    timeline = lines;
    linked =
        knowledge.linked(no).stream()
            .map(
                l ->
                    new Article(
                        l.getArticle().getId(),
                        l.getArticle().getTitle(),
                        summary(l.getArticle().getBody())))
            .toList();
    List<Long> linkedIds = linked.stream().map(Article::id).toList();
    suggested =
        knowledge.search(t.getTitle(), ArticleStatus.PUBLISHED, null, 5).stream()
            .filter(a -> !linkedIds.contains(a.getId()))
            .map(a -> new Article(a.getId(), a.getTitle(), summary(a.getBody())))
            .toList();
  }

  private void readResponsibility(Ticket t) {
    RepairChargeProposal proposal = tickets.proposeCharge(no);
    responsibility =
        new Responsibility(
            t.getResponsibleParty(),
            t.getResponsibilityNote(),
            t.getHandedTo(),
            proposal.charge(),
            proposal.reason(),
            t.getRepairCharge(),
            t.getChargeReason(),
            t.getLabourMinutes(),
            t.getPartsCostFen() == null ? null : ConsolePage.yuan(t.getPartsCostFen()),
            t.getLabourCostFen() == null ? null : ConsolePage.yuan(t.getLabourCostFen()),
            ConsolePage.yuan(t.chargedFen()));
    if (charge == null || t.getRepairCharge() != null) {
      charge = t.getRepairCharge() != null ? t.getRepairCharge() : proposal.charge();
    }
  }

  /** Holds another party responsible, with the reason (required: beside the field). */
  public void changeResponsibility() {
    if (newParty == null) {
      ConsolePage.error("ticket:newParty", ConsolePage.bundle().getString("form.required"));
      return;
    }
    if (partyReason == null || partyReason.isBlank()) {
      ConsolePage.error(
          "ticket:partyReason", ConsolePage.bundle().getString("ticket.resp.reasonRequired"));
      return;
    }
    ResponsibleParty party = newParty;
    String reason = partyReason.strip();
    step(() -> tickets.changeResponsibility(no, party, reason), "ticket.done.responsibility");
    newParty = null;
    partyReason = null;
  }

  /**
   * Whether the repair's reason must be given at resolution: a classification against the system's
   * proposal (the proposal itself carries the system's reason).
   */
  private boolean reasonNeeded() {
    return charge != null && !isProposal(charge);
  }

  private boolean isProposal(RepairCharge c) {
    return responsibility != null && c == responsibility.proposal();
  }

  private boolean chargeInputValid() {
    if (reasonNeeded() && (chargeReason == null || chargeReason.isBlank())) {
      ConsolePage.error(
          "ticket:chargeReason", ConsolePage.bundle().getString("ticket.charge.reasonRequired"));
      return false;
    }
    if (labourMinutes != null && (labourMinutes < 0 || labourMinutes > 100_000)) {
      ConsolePage.error(
          "ticket:labourMinutes", ConsolePage.bundle().getString("ticket.charge.minutesRule"));
      return false;
    }
    return true;
  }

  /** Corrects the classification of a resolved ticket's repair, with the reason (required). */
  public void correctCharge() {
    if (charge == null) {
      ConsolePage.error("ticket:charge", ConsolePage.bundle().getString("form.required"));
      return;
    }
    if (chargeReason == null || chargeReason.isBlank()) {
      ConsolePage.error(
          "ticket:chargeReason", ConsolePage.bundle().getString("ticket.charge.correctionReason"));
      return;
    }
    if (!chargeInputValid()) {
      return;
    }
    RepairCharge c = charge;
    String reason = chargeReason.strip();
    Integer minutes = labourMinutes;
    step(() -> tickets.correctCharge(no, c, reason, minutes), "ticket.done.charge");
    chargeReason = null;
    labourMinutes = null;
  }

  public Responsibility getResponsibility() {
    return responsibility;
  }

  public ResponsibleParty[] getParties() {
    return ResponsibleParty.values();
  }

  public RepairCharge[] getCharges() {
    return RepairCharge.values();
  }

  public ResponsibleParty getNewParty() {
    return newParty;
  }

  public void setNewParty(ResponsibleParty newParty) {
    this.newParty = newParty;
  }

  public String getPartyReason() {
    return partyReason;
  }

  public void setPartyReason(String partyReason) {
    this.partyReason = partyReason;
  }

  public RepairCharge getCharge() {
    return charge;
  }

  public void setCharge(RepairCharge charge) {
    this.charge = charge;
  }

  public String getChargeReason() {
    return chargeReason;
  }

  public void setChargeReason(String chargeReason) {
    this.chargeReason = chargeReason;
  }

  public Integer getLabourMinutes() {
    return labourMinutes;
  }

  public void setLabourMinutes(Integer labourMinutes) {
    this.labourMinutes = labourMinutes;
  }

  /** The reporter's last purse entries, to link the one the ticket is about. */
  private void readPayments() {
    String holderNo = shown.reporterHolderNo();
    if (holderNo == null || holderNo.isBlank()) {
      payments = List.of();
      return;
    }
    try {
      payments =
          holders.listPurseHistory(holderNo, false, 10).stream()
              .map(p -> Payment.of(p.getEntry()))
              .filter(p -> payment == null || p.id() != payment.id())
              .toList();
    } catch (RequestRefusedException noSuchHolder) {
      payments = List.of();
    }
  }

  /**
   * Takes a step on the ticket as shown: the ticket is locked at the version the page shows and the
   * step runs in the same transaction; a ticket changed meanwhile is shown anew, unchanged.
   */
  private void step(Runnable change, String doneKey) {
    long version = shown.version();
    try {
      transactions.run(
          () -> {
            tickets.lockAtVersion(no, version);
            change.run();
          });
      ConsolePage.info(doneKey);
      text = null;
      reload();
    } catch (RequestRefusedException refused) {
      reload();
      if (shown != null && shown.version() != version) {
        ConsolePage.error(null, ConsolePage.bundle().getString("ticket.stale"));
      } else {
        ConsolePage.refused(refused);
      }
    }
  }

  public void assign() {
    step(() -> tickets.assign(no, technician, blankToNull(text)), "ticket.done.assigned");
  }

  public void dispatch() {
    step(() -> tickets.dispatch(no), "ticket.done.dispatched");
  }

  public void start() {
    step(() -> tickets.start(no), "ticket.done.started");
  }

  public void onSite() {
    step(() -> tickets.arriveOnSite(no, blankToNull(text)), "ticket.done.onSite");
  }

  public void plan() {
    step(() -> tickets.handOverPlan(no, planKind, text), "ticket.done.plan");
  }

  public void waitForReporter() {
    java.time.Instant until =
        waitUntil == null ? null : waitUntil.atZone(ConsolePage.CAMPUS).toInstant();
    if (until != null && !until.isAfter(ConsolePage.now())) {
      ConsolePage.error("ticket:waitUntil", ConsolePage.bundle().getString("ticket.waitUntilPast"));
      return;
    }
    step(() -> tickets.waitForReporter(no, text, until), "ticket.done.waiting");
    waitUntil = null;
  }

  public void reporterAnswered() {
    step(() -> tickets.reporterAnswered(no, text), "ticket.done.answered");
  }

  /** Resolves the ticket with the repair's classification (the proposal unless changed). */
  public void resolve() {
    if (!chargeInputValid()) {
      return;
    }
    String reason = blankToNull(chargeReason);
    // The proposal without a reason of the caller's: the service's proposal with its own reason.
    RepairCharge c = reason == null && isProposal(charge) ? null : charge;
    Integer minutes = labourMinutes;
    step(() -> tickets.resolve(no, text, c, reason, minutes), "ticket.done.resolved");
    if (shown != null && shown.status() == TicketStatus.RESOLVED) {
      chargeReason = null;
      labourMinutes = null;
    }
  }

  public void confirm() {
    step(
        () -> tickets.confirm(no, rating == null ? 0 : rating, blankToNull(text)),
        "ticket.done.closed");
  }

  public void reopen() {
    step(() -> tickets.reopen(no, text), "ticket.done.reopened");
  }

  public void comment() {
    step(() -> tickets.comment(no, noteKind, text), "ticket.done.noted");
  }

  public void changeLevel() {
    step(() -> tickets.setLevel(no, newLevel), "ticket.done.level");
  }

  /** Links the journal entry typed in by its number. */
  public void linkEntry() {
    if (entryId == null) {
      ConsolePage.error("ticket:entryId", ConsolePage.bundle().getString("form.required"));
      return;
    }
    long id = entryId;
    step(() -> tickets.linkJournalEntry(no, id), "ticket.done.entryLinked");
    entryId = null;
  }

  /** Links one of the reporter's entries the page lists. */
  public void linkEntry(long id) {
    step(() -> tickets.linkJournalEntry(no, id), "ticket.done.entryLinked");
  }

  public void link(long articleId) {
    step(() -> knowledge.link(no, articleId), "ticket.done.linked");
  }

  /** Reads the ticket again (the page polls this). */
  public void refresh() {
    reload();
  }

  /** Whether the status allows moving to another. */
  public boolean can(String target) {
    return shown != null && shown.status().canMoveTo(TicketStatus.valueOf(target));
  }

  /** Whether the ticket is still being worked on (neither resolved nor closed). */
  public boolean isOpen() {
    return shown != null
        && shown.status() != TicketStatus.RESOLVED
        && shown.status() != TicketStatus.CLOSED;
  }

  /** The label of a timeline entry's kind, or the kind itself when the bundle has none. */
  public String kindLabel(String kind) {
    return ConsolePage.text("ticket.event." + kind, kind);
  }

  public long getWarningMillis() {
    return SlaClock.WARNING_BEFORE.toMillis();
  }

  /** The start of an article's body on one line, for a list. */
  static String summary(String body) {
    String flat = body == null ? "" : body.replaceAll("\\s+", " ").strip();
    return flat.length() <= 80 ? flat : flat.substring(0, 80) + "…";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public TicketLevel[] getLevels() {
    return TicketLevel.values();
  }

  public String getNo() {
    return no;
  }

  public void setNo(String no) {
    this.no = no;
  }

  public Shown getShown() {
    return shown;
  }

  public List<Target> getTargets() {
    return targets;
  }

  public List<Alert> getAlerts() {
    return alerts;
  }

  public List<Line> getTimeline() {
    return timeline;
  }

  public List<Article> getLinked() {
    return linked;
  }

  public List<Article> getSuggested() {
    return suggested;
  }

  public List<Technician> getTechnicians() {
    return technicians;
  }

  public String getTechnician() {
    return technician;
  }

  public void setTechnician(String technician) {
    this.technician = technician;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public TicketLevel getNewLevel() {
    return newLevel;
  }

  public void setNewLevel(TicketLevel newLevel) {
    this.newLevel = newLevel;
  }

  public SlaEvent.Target getPlanKind() {
    return planKind;
  }

  public void setPlanKind(SlaEvent.Target planKind) {
    this.planKind = planKind;
  }

  public Integer getRating() {
    return rating;
  }

  public void setRating(Integer rating) {
    this.rating = rating;
  }

  public java.time.LocalDateTime getWaitUntil() {
    return waitUntil;
  }

  public void setWaitUntil(java.time.LocalDateTime waitUntil) {
    this.waitUntil = waitUntil;
  }

  public Payment getPayment() {
    return payment;
  }

  public List<Payment> getPayments() {
    return payments;
  }

  public Long getEntryId() {
    return entryId;
  }

  public void setEntryId(Long entryId) {
    this.entryId = entryId;
  }

  public String getNoteKind() {
    return noteKind;
  }

  public void setNoteKind(String noteKind) {
    this.noteKind = noteKind;
  }
}
