package org.yikatong.servicedesk.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.Role;
import org.yikatong.servicedesk.domain.asset.AssetType;
import org.yikatong.servicedesk.domain.calendar.DutyCalendar;
import org.yikatong.servicedesk.domain.calendar.DutyCalendarDay;
import org.yikatong.servicedesk.domain.calendar.DutyCalendarRepository;
import org.yikatong.servicedesk.domain.calendar.SlaTarget;
import org.yikatong.servicedesk.domain.calendar.WorkingCalendar;
import org.yikatong.servicedesk.domain.contract.ContractParty;
import org.yikatong.servicedesk.domain.contract.ServiceContract;
import org.yikatong.servicedesk.domain.contract.ServiceContractRepository;
import org.yikatong.servicedesk.domain.contract.SlaConfigChange;
import org.yikatong.servicedesk.domain.contract.SlaConfigChangeRepository;
import org.yikatong.servicedesk.domain.ticket.ResponsibleParty;
import org.yikatong.servicedesk.domain.ticket.SlaEvent;
import org.yikatong.servicedesk.domain.ticket.SlaPolicy;
import org.yikatong.servicedesk.domain.ticket.Ticket;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;
import org.yikatong.servicedesk.domain.ticket.TicketLevel;
import org.yikatong.servicedesk.domain.ticket.TicketRepository;
import org.yikatong.servicedesk.domain.ticket.TicketStatus;

/**
 * Service contracts with their SLA targets, and the working calendars they count on. Every change
 * is recorded ({@link SlaConfigChange}) and applies at once to the open tickets it concerns: their
 * deadlines are recomputed in the same transaction, so a ticket's deadlines always follow the
 * targets and calendar in force.
 */
@Stateless
public class SlaContracts {

  /** The policy and calendar of one contract. */
  public record Terms(SlaPolicy policy, WorkingCalendar calendar) {}

  @Inject Clock clock;
  @Inject Caller caller;
  @Inject ServiceContractRepository serviceContracts;
  @Inject DutyCalendarRepository dutyCalendars;
  @Inject SlaConfigChangeRepository configChanges;
  @Inject TicketRepository tickets;

  /**
   * The terms tickets of a contract are held to, read in the caller's transaction (open to every
   * caller, the SLA watch's timer included: it reveals nothing the ticket views do not).
   */
  @PermitAll
  public Terms terms(long contractId) {
    ServiceContract contract =
        serviceContracts
            .findById(contractId)
            .orElseThrow(() -> new IllegalStateException("No service contract " + contractId));
    return new Terms(contract.policy(), contract.getCalendar().toWorkingCalendar());
  }

  /**
   * The working calendar of the default contract: what custom change requests, which name no
   * contract, count their working days on.
   */
  @PermitAll
  public WorkingCalendar defaultCalendar() {
    return defaultContract().getCalendar().toWorkingCalendar();
  }

  /** The contract named, or the default one when none is named. */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK, Role.TECHNICIAN, Role.AUDITOR, Role.CARDHOLDER})
  public ServiceContract contractFor(String code) {
    return code == null || code.isBlank() ? defaultContract() : contract(code);
  }

  private ServiceContract defaultContract() {
    return serviceContracts
        .findDefault()
        .orElseThrow(() -> new IllegalStateException("No default service contract"));
  }

  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK, Role.TECHNICIAN, Role.AUDITOR})
  public List<ServiceContract> contracts() {
    return serviceContracts.findAll();
  }

  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK, Role.TECHNICIAN, Role.AUDITOR})
  public ServiceContract contract(@NotBlank String code) {
    return serviceContracts
        .findByCode(code)
        .orElseThrow(() -> RequestRefusedException.notFound("No service contract " + code));
  }

  /** A new contract on a calendar, starting with the targets of another (the default if none). */
  @RolesAllowed(Role.ADMINISTRATOR)
  @Audited
  public ServiceContract addContract(
      @NotBlank @Pattern(regexp = "[A-Z0-9_-]{1,32}") String code,
      @NotBlank @Size(max = 100) String name,
      @Size(max = 100) String vendor,
      @NotBlank String calendarCode,
      String copyFrom) {
    if (serviceContracts.existsByCode(code)) {
      throw RequestRefusedException.conflict("Service contract " + code + " exists");
    }
    SlaPolicy targets = contractFor(copyFrom).policy();
    ServiceContract contract =
        new ServiceContract(code, name, vendor, calendar(calendarCode), targets);
    serviceContracts.add(contract);
    record(
        "contract " + code,
        "created on calendar " + calendarCode + " with the targets of " + targets.name());
    return contract;
  }

  /** Sets one target of a contract; open tickets of the contract get new deadlines at once. */
  @RolesAllowed(Role.ADMINISTRATOR)
  @Audited
  public ServiceContract setTarget(
      @NotBlank String code,
      @NotNull TicketLevel level,
      @NotNull SlaEvent.Target target,
      long amount,
      @NotNull SlaTarget.Unit unit,
      @NotNull WorkingCalendar.Basis basis,
      long warningMinutes) {
    ServiceContract contract = locked(code);
    SlaPolicy.Rule rule;
    try {
      rule =
          new SlaPolicy.Rule(
              new SlaTarget(amount, unit), basis, Duration.ofMinutes(warningMinutes));
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
    Optional<SlaPolicy.Rule> before;
    try {
      before = contract.setTarget(level, target, rule);
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
    record(
        "contract " + code + " " + level + " " + target,
        before.map(SlaContracts::describe).orElse("none") + " -> " + describe(rule));
    rescheduleOpenTickets(contract);
    return contract;
  }

  @RolesAllowed(Role.ADMINISTRATOR)
  @Audited
  public ServiceContract removeTarget(
      @NotBlank String code, @NotNull TicketLevel level, @NotNull SlaEvent.Target target) {
    ServiceContract contract = locked(code);
    SlaPolicy.Rule before;
    try {
      before = contract.removeTarget(level, target);
    } catch (IllegalStateException e) {
      throw RequestRefusedException.conflict(e.getMessage());
    } catch (NoSuchElementException e) {
      throw RequestRefusedException.notFound(e.getMessage());
    }
    record("contract " + code + " " + level + " " + target, describe(before) + " -> none");
    rescheduleOpenTickets(contract);
    return contract;
  }

  /**
   * Sets a contract's warranty terms: months of free warranty from acceptance, the share of a
   * part's unit cost a chargeable repair pays (per cent), the rate of an hour's work (fen), and
   * whether the vendor's service desk takes the hardware supplier's tickets. Bad terms: 400.
   */
  @RolesAllowed(Role.ADMINISTRATOR)
  @Audited
  public ServiceContract setWarrantyTerms(
      @NotBlank String code,
      int warrantyMonths,
      int partsPricePercent,
      long labourFenPerHour,
      boolean deskTakesHardware) {
    ServiceContract contract = locked(code);
    String before = warrantyTerms(contract);
    try {
      contract.setWarrantyTerms(warrantyMonths, partsPricePercent, labourFenPerHour);
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
    contract.setDeskTakesHardware(deskTakesHardware);
    record("contract " + code + " warranty", before + " -> " + warrantyTerms(contract));
    return contract;
  }

  /** Sets (adds or changes) a party of a contract: the organisation and whom of it to call. */
  @RolesAllowed(Role.ADMINISTRATOR)
  @Audited
  public ServiceContract setParty(
      @NotBlank String code,
      @NotNull ResponsibleParty party,
      @NotBlank @Size(max = 100) String organisation,
      @Size(max = 100) String contactName,
      @Size(max = 40) String contactPhone,
      @Size(max = 64) @jakarta.validation.constraints.Email String contactEmail) {
    ServiceContract contract = locked(code);
    String before = contract.party(party).map(ContractParty::describe).orElse("none");
    ContractParty saved =
        contract.setParty(
            party,
            organisation.strip(),
            blankToNull(contactName),
            blankToNull(contactPhone),
            blankToNull(contactEmail));
    record(
        "contract " + code + " party " + party,
        before
            + " -> "
            + saved.describe()
            + (saved.getContactEmail() == null ? "" : " " + saved.getContactEmail()));
    return contract;
  }

  /**
   * Sets (adds or changes) who answers for a category of fault (null: any) on a type of asset
   * (null: any); a rule names a type, a category or both (400 otherwise).
   */
  @RolesAllowed(Role.ADMINISTRATOR)
  @Audited
  public ServiceContract setResponsibility(
      @NotBlank String code,
      AssetType assetType,
      TicketCategory category,
      @NotNull ResponsibleParty party,
      @Size(max = 200) String note) {
    ServiceContract contract = locked(code);
    String before =
        contract.getResponsibilities().stream()
            .filter(r -> r.getAssetType() == assetType && r.getCategory() == category)
            .findFirst()
            .map(r -> r.getParty().name())
            .orElse("none");
    try {
      contract.setResponsibility(assetType, category, party, blankToNull(note));
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
    record(
        "contract " + code + " responsibility " + scope(assetType, category),
        before + " -> " + party + (note == null || note.isBlank() ? "" : " (" + note + ")"));
    return contract;
  }

  /** Removes the rule for that asset type and category (404 when the contract has none). */
  @RolesAllowed(Role.ADMINISTRATOR)
  @Audited
  public ServiceContract removeResponsibility(
      @NotBlank String code, AssetType assetType, TicketCategory category) {
    ServiceContract contract = locked(code);
    String before =
        contract.getResponsibilities().stream()
            .filter(r -> r.getAssetType() == assetType && r.getCategory() == category)
            .findFirst()
            .map(r -> r.getParty().name())
            .orElseThrow(
                () ->
                    RequestRefusedException.notFound(
                        "Contract "
                            + code
                            + " has no responsibility rule for "
                            + scope(assetType, category)));
    contract.removeResponsibility(assetType, category);
    record(
        "contract " + code + " responsibility " + scope(assetType, category), before + " -> none");
    return contract;
  }

  private static String scope(AssetType assetType, TicketCategory category) {
    return (assetType == null ? "any asset" : assetType.name())
        + " / "
        + (category == null ? "any category" : category.name());
  }

  private static String warrantyTerms(ServiceContract c) {
    return c.getWarrantyMonths()
        + " months, parts "
        + c.getPartsPricePercent()
        + " %, labour "
        + c.getLabourFenPerHour()
        + " fen/h, desk takes hardware "
        + c.isDeskTakesHardware();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Makes a contract the one tickets get when they name none. */
  @RolesAllowed(Role.ADMINISTRATOR)
  @Audited
  public ServiceContract makeDefault(@NotBlank String code) {
    ServiceContract chosen = locked(code);
    for (ServiceContract c : contracts()) {
      c.makeDefault(c == chosen);
    }
    record("contract " + code, "made the default contract");
    return chosen;
  }

  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK, Role.TECHNICIAN, Role.AUDITOR})
  public List<DutyCalendar> calendars() {
    return dutyCalendars.findAll();
  }

  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK, Role.TECHNICIAN, Role.AUDITOR})
  public DutyCalendar calendar(@NotBlank String code) {
    return dutyCalendars
        .findByCode(code)
        .orElseThrow(() -> RequestRefusedException.notFound("No calendar " + code));
  }

  @RolesAllowed(Role.ADMINISTRATOR)
  @Audited
  public DutyCalendar addCalendar(
      @NotBlank @Pattern(regexp = "[A-Z0-9_-]{1,32}") String code,
      @NotBlank @Size(max = 100) String name,
      @NotBlank String zoneId,
      @NotBlank String dutyStart,
      @NotBlank String dutyEnd) {
    if (dutyCalendars.existsByCode(code)) {
      throw RequestRefusedException.conflict("Calendar " + code + " exists");
    }
    DutyCalendar calendar;
    try {
      calendar = new DutyCalendar(code, name, zoneId, dutyStart, dutyEnd);
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
    dutyCalendars.add(calendar);
    record("calendar " + code, "created: " + zoneId + " duty " + dutyStart + "-" + dutyEnd);
    return calendar;
  }

  /** Marks a day of a calendar a holiday or a make-up working day. */
  @RolesAllowed(Role.ADMINISTRATOR)
  @Audited
  public DutyCalendar setDay(
      @NotBlank String code,
      @NotNull LocalDate day,
      @NotNull DutyCalendarDay.Kind kind,
      @Size(max = 100) String note) {
    DutyCalendar calendar = lockedCalendar(code);
    String before = calendar.day(day).map(d -> d.getKind().name()).orElse("usual");
    calendar.setDay(day, kind, note);
    record(
        "calendar " + code + " " + day, before + " -> " + kind + (note == null ? "" : " " + note));
    rescheduleOpenTickets(calendar);
    return calendar;
  }

  @RolesAllowed(Role.ADMINISTRATOR)
  @Audited
  public DutyCalendar removeDay(@NotBlank String code, @NotNull LocalDate day) {
    DutyCalendar calendar = lockedCalendar(code);
    String before =
        calendar
            .day(day)
            .map(d -> d.getKind().name())
            .orElseThrow(
                () ->
                    RequestRefusedException.notFound("Calendar " + code + " has no entry " + day));
    calendar.removeDay(day);
    record("calendar " + code + " " + day, before + " -> usual");
    rescheduleOpenTickets(calendar);
    return calendar;
  }

  /** The change log, newest first. */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK, Role.AUDITOR})
  public List<SlaConfigChange> changes(int max) {
    return configChanges.newestFirst(Math.min(Math.max(1, max), 1000));
  }

  private void record(String subject, String detail) {
    configChanges.add(new SlaConfigChange(clock.instant(), caller.name(), subject, detail));
  }

  private void rescheduleOpenTickets(ServiceContract contract) {
    serviceContracts.flush();
    Terms terms = new Terms(contract.policy(), contract.getCalendar().toWorkingCalendar());
    for (Ticket t :
        tickets.lockByContractAndStatusNotIn(
            contract.getId(), List.of(TicketStatus.RESOLVED, TicketStatus.CLOSED))) {
      t.scheduleDeadlines(terms.policy(), terms.calendar());
    }
  }

  private void rescheduleOpenTickets(DutyCalendar calendar) {
    serviceContracts.flush();
    for (ServiceContract c : serviceContracts.findByCalendar(calendar)) {
      rescheduleOpenTickets(c);
    }
  }

  private ServiceContract locked(String code) {
    ServiceContract contract = contract(code);
    serviceContracts.lock(contract);
    return contract;
  }

  private DutyCalendar lockedCalendar(String code) {
    DutyCalendar calendar = calendar(code);
    dutyCalendars.lock(calendar);
    return calendar;
  }

  private static String describe(SlaPolicy.Rule rule) {
    return rule.target()
        + " ("
        + rule.basis().name().toLowerCase().replace('_', ' ')
        + ", warning "
        + rule.warning().toMinutes()
        + " min)";
  }
}
