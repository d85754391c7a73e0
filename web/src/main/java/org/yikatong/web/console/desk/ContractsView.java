package org.yikatong.web.console.desk;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.servicedesk.application.SlaContracts;
import org.yikatong.servicedesk.domain.asset.AssetType;
import org.yikatong.servicedesk.domain.calendar.DutyCalendar;
import org.yikatong.servicedesk.domain.calendar.DutyCalendarDay;
import org.yikatong.servicedesk.domain.calendar.SlaTarget;
import org.yikatong.servicedesk.domain.calendar.WorkingCalendar;
import org.yikatong.servicedesk.domain.contract.ContractParty;
import org.yikatong.servicedesk.domain.contract.ServiceContract;
import org.yikatong.servicedesk.domain.ticket.ResponsibleParty;
import org.yikatong.servicedesk.domain.ticket.SlaEvent;
import org.yikatong.servicedesk.domain.ticket.SlaPolicy;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;
import org.yikatong.servicedesk.domain.ticket.TicketLevel;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.ConsoleSteps;
import org.yikatong.web.console.ConsoleTransactions;

/**
 * The SLA contracts and the working calendars they count on. The page lists the contracts and shows
 * one (the one the {@code contract} parameter names, else the default) as a grid of its targets,
 * level by target; the calendar shown is that contract's until another is picked; the latest
 * changes to either are listed below. Administrators create contracts and calendars, set and remove
 * targets, choose the default contract and mark days; the services apply each change to the open
 * tickets at once and log it. The helpdesk sees the same, without the means to change it.
 */
@Named
@ViewScoped
public class ContractsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many of the latest changes the page lists. */
  private static final int CHANGES_SHOWN = 20;

  /** How many of the latest changes are searched for a contract's last one. */
  private static final int CHANGES_SEARCHED = 500;

  /** A contract in the list. */
  public record ContractRow(
      String code,
      String name,
      String vendor,
      String calendar,
      String calendarName,
      boolean defaultContract)
      implements Serializable {}

  /**
   * One target of a level under the contract shown, or none ({@code set} false): its amount in the
   * service's units, the clock it counts on, the warning lead, and the same in words.
   */
  public record Cell(
      boolean set,
      long amount,
      SlaTarget.Unit unit,
      WorkingCalendar.Basis basis,
      long warningMinutes,
      String amountText,
      String countingText)
      implements Serializable {

    static Cell none() {
      return new Cell(false, 0, null, null, 0, "—", "");
    }
  }

  /** One level of the grid: a cell per SLA target. */
  public record LevelRow(
      TicketLevel level, Cell response, Cell onSite, Cell plan, Cell fixPlan, Cell resolution)
      implements Serializable {

    /** The cell of a target. */
    public Cell cell(SlaEvent.Target target) {
      return switch (target) {
        case RESPONSE -> response;
        case ON_SITE -> onSite;
        case PLAN -> plan;
        case FIX_PLAN -> fixPlan;
        case RESOLUTION -> resolution;
      };
    }
  }

  /** A working calendar in the list. */
  public record CalendarRow(
      String code, String name, String zoneId, String dutyHours, long holidays, long workdays)
      implements Serializable {}

  /** A day of the calendar shown that differs from the usual week. */
  public record Day(LocalDate day, String weekday, DutyCalendarDay.Kind kind, String note)
      implements Serializable {}

  /** A logged change to a contract, a calendar or the roster. */
  public record Change(String at, String actor, String subject, String detail)
      implements Serializable {}

  /** A party of the contract shown and whom of it to call. */
  public record PartyRow(
      ResponsibleParty party,
      String organisation,
      String contactName,
      String contactPhone,
      String contactEmail)
      implements Serializable {}

  /** A responsibility rule of the contract shown (a null type or category: any). */
  public record RuleRow(
      AssetType assetType, TicketCategory category, ResponsibleParty party, String note)
      implements Serializable {}

  /** The warranty terms of the contract shown. */
  public record Terms(
      int warrantyMonths, int partsPricePercent, long labourFenPerHour, boolean deskTakesHardware)
      implements Serializable {

    /** The labour rate in yuan, as the page shows it. */
    public String getLabourYuan() {
      return ConsolePage.yuan(labourFenPerHour);
    }
  }

  @Inject SlaContracts contracts;
  @Inject ConsoleTransactions transactions;

  private Terms terms;
  private List<PartyRow> parties = List.of();
  private List<RuleRow> rules = List.of();
  private Integer termMonths;
  private Integer termPercent;
  private java.math.BigDecimal termLabourYuan;
  private boolean termDesk;
  private ResponsibleParty partyParty;
  private String partyOrganisation;
  private String partyContact;
  private String partyPhone;
  private String partyEmail;
  private AssetType ruleType;
  private TicketCategory ruleCategory;
  private ResponsibleParty ruleParty;
  private String ruleNote;

  private String code;
  private boolean loaded;
  private List<ContractRow> contractRows = List.of();
  private ContractRow selected;
  private List<LevelRow> grid = List.of();
  private String lastChange;
  private List<CalendarRow> calendarRows = List.of();
  private CalendarRow calendar;
  private List<Day> days = List.of();
  private List<Change> changeLog = List.of();

  private TicketLevel targetLevel;
  private SlaEvent.Target targetKind;
  private Long amount;
  private SlaTarget.Unit unit;
  private WorkingCalendar.Basis basis;
  private Long warning;

  private String newCode;
  private String newName;
  private String newVendor;
  private String newCalendar;
  private String copyFrom;

  private LocalDate dayDate;
  private DutyCalendarDay.Kind dayKind;
  private String dayNote;

  private String calendarCode;
  private String calendarName;
  private String calendarZone;
  private String dutyStart;
  private String dutyEnd;

  /**
   * Reads the lists and shows the contract the {@code contract} parameter names, or the default
   * one, with its calendar (after the view parameters, once per view).
   */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    resetNewCalendar();
    readLists();
    boolean named = code != null && !code.isBlank();
    ContractRow shown =
        contractRows.stream()
            .filter(c -> named ? c.code().equals(code) : c.defaultContract())
            .findFirst()
            .orElse(null);
    if (shown == null && named) {
      ConsolePage.error(null, ConsolePage.bundle().getString("contracts.notFound"));
    }
    if (shown != null) {
      select(shown.code());
      showCalendar(shown.calendar());
    }
  }

  private void readLists() {
    contractRows =
        transactions.call(
            () ->
                contracts.contracts().stream()
                    .map(ContractsView::row)
                    .sorted(
                        Comparator.comparing((ContractRow r) -> !r.defaultContract())
                            .thenComparing(ContractRow::code))
                    .toList());
    calendarRows =
        transactions.call(
            () ->
                contracts.calendars().stream()
                    .map(ContractsView::row)
                    .sorted(Comparator.comparing(CalendarRow::code))
                    .toList());
    changeLog =
        contracts.changes(CHANGES_SEARCHED).stream()
            .map(
                c ->
                    new Change(
                        ConsolePage.time(c.getChangedAt()),
                        c.getActor(),
                        c.getSubject(),
                        c.getDetail()))
            .toList();
  }

  private static ContractRow row(ServiceContract c) {
    return new ContractRow(
        c.getCode(),
        c.getName(),
        c.getVendor(),
        c.getCalendar().getCode(),
        c.getCalendar().getName(),
        c.isDefaultContract());
  }

  private static CalendarRow row(DutyCalendar c) {
    return new CalendarRow(
        c.getCode(),
        c.getName(),
        c.getZoneId(),
        c.getDutyStart() + "–" + c.getDutyEnd(),
        c.getDays().stream().filter(d -> d.getKind() == DutyCalendarDay.Kind.HOLIDAY).count(),
        c.getDays().stream().filter(d -> d.getKind() == DutyCalendarDay.Kind.WORKDAY).count());
  }

  /** Shows a contract's targets; the target form starts empty. */
  public void select(String contractCode) {
    try {
      readContract(contractCode);
      targetLevel = null;
      targetKind = null;
      amount = null;
      unit = null;
      basis = null;
      warning = null;
    } catch (RequestRefusedException refused) {
      selected = null;
      grid = List.of();
      refused(refused);
    }
  }

  private void readContract(String contractCode) {
    transactions.run(
        () -> {
          ServiceContract c = contracts.contract(contractCode);
          selected = row(c);
          readWarranty(c);
          SlaPolicy policy = c.policy();
          grid =
              java.util.Arrays.stream(TicketLevel.values())
                  .map(
                      level ->
                          new LevelRow(
                              level,
                              cell(policy, level, SlaEvent.Target.RESPONSE),
                              cell(policy, level, SlaEvent.Target.ON_SITE),
                              cell(policy, level, SlaEvent.Target.PLAN),
                              cell(policy, level, SlaEvent.Target.FIX_PLAN),
                              cell(policy, level, SlaEvent.Target.RESOLUTION)))
                  .toList();
        });
    String subject = "contract " + contractCode;
    lastChange =
        changeLog.stream()
            .filter(c -> c.subject().equals(subject) || c.subject().startsWith(subject + " "))
            .findFirst()
            .map(c -> c.actor() + " · " + c.at())
            .orElse(null);
  }

  private void readWarranty(ServiceContract c) {
    terms =
        new Terms(
            c.getWarrantyMonths(),
            c.getPartsPricePercent(),
            c.getLabourFenPerHour(),
            c.isDeskTakesHardware());
    termMonths = terms.warrantyMonths();
    termPercent = terms.partsPricePercent();
    termLabourYuan = java.math.BigDecimal.valueOf(terms.labourFenPerHour(), 2);
    termDesk = terms.deskTakesHardware();
    parties =
        c.getParties().stream()
            .sorted(Comparator.comparing(ContractParty::getParty))
            .map(
                p ->
                    new PartyRow(
                        p.getParty(),
                        p.getOrganisation(),
                        p.getContactName(),
                        p.getContactPhone(),
                        p.getContactEmail()))
            .toList();
    rules =
        c.getResponsibilities().stream()
            .map(r -> new RuleRow(r.getAssetType(), r.getCategory(), r.getParty(), r.getNote()))
            .sorted(
                Comparator.comparing(
                        RuleRow::category, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(
                        RuleRow::assetType, Comparator.nullsFirst(Comparator.naturalOrder())))
            .toList();
  }

  /** Saves the warranty terms of the contract shown; the labour rate is entered in yuan. */
  public void saveTerms() {
    if (selected == null) {
      return;
    }
    long labourFen;
    try {
      labourFen = termLabourYuan.movePointRight(2).longValueExact();
    } catch (ArithmeticException e) {
      ConsolePage.error("terms:labour", ConsolePage.bundle().getString("contracts.labourRule"));
      return;
    }
    String contractCode = selected.code();
    if (attempt(
        () ->
            contracts.setWarrantyTerms(contractCode, termMonths, termPercent, labourFen, termDesk),
        "contracts.termsSaved",
        null,
        null)) {
      refreshContract(contractCode);
    }
  }

  /** Fills the party form with a party of the contract shown. */
  public void pickParty(String party) {
    PartyRow row =
        parties.stream().filter(p -> p.party().name().equals(party)).findFirst().orElse(null);
    partyParty = ResponsibleParty.valueOf(party);
    partyOrganisation = row == null ? null : row.organisation();
    partyContact = row == null ? null : row.contactName();
    partyPhone = row == null ? null : row.contactPhone();
    partyEmail = row == null ? null : row.contactEmail();
  }

  /** Saves a party of the contract shown and its contact. */
  public void saveParty() {
    if (selected == null) {
      return;
    }
    if (partyEmail != null
        && !partyEmail.isBlank()
        && !partyEmail.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      ConsolePage.error("party:email", ConsolePage.bundle().getString("contracts.emailRule"));
      return;
    }
    String contractCode = selected.code();
    if (attempt(
        () ->
            contracts.setParty(
                contractCode,
                partyParty,
                partyOrganisation,
                blankToNull(partyContact),
                blankToNull(partyPhone),
                blankToNull(partyEmail)),
        "contracts.partySaved",
        null,
        null)) {
      refreshContract(contractCode);
    }
  }

  /** Fills the rule form with a rule of the contract shown. */
  public void pickRule(RuleRow rule) {
    ruleType = rule.assetType();
    ruleCategory = rule.category();
    ruleParty = rule.party();
    ruleNote = rule.note();
  }

  /** Adds or changes the rule for the type and category in the form. */
  public void saveRule() {
    if (selected == null) {
      return;
    }
    if (ruleType == null && ruleCategory == null) {
      ConsolePage.error("rule:type", ConsolePage.bundle().getString("contracts.ruleScope"));
      return;
    }
    String contractCode = selected.code();
    if (attempt(
        () ->
            contracts.setResponsibility(
                contractCode, ruleType, ruleCategory, ruleParty, blankToNull(ruleNote)),
        "contracts.ruleSaved",
        null,
        null)) {
      refreshContract(contractCode);
    }
  }

  /** Removes a rule of the contract shown. */
  public void removeRule(RuleRow rule) {
    if (selected == null) {
      return;
    }
    String contractCode = selected.code();
    if (attempt(
        () -> contracts.removeResponsibility(contractCode, rule.assetType(), rule.category()),
        "contracts.ruleRemoved",
        null,
        null)) {
      refreshContract(contractCode);
    }
  }

  public Terms getTerms() {
    return terms;
  }

  public List<PartyRow> getParties() {
    return parties;
  }

  public List<RuleRow> getRules() {
    return rules;
  }

  public ResponsibleParty[] getPartyKinds() {
    return ResponsibleParty.values();
  }

  public AssetType[] getAssetTypes() {
    return AssetType.values();
  }

  public TicketCategory[] getCategories() {
    return TicketCategory.values();
  }

  public Integer getTermMonths() {
    return termMonths;
  }

  public void setTermMonths(Integer termMonths) {
    this.termMonths = termMonths;
  }

  public Integer getTermPercent() {
    return termPercent;
  }

  public void setTermPercent(Integer termPercent) {
    this.termPercent = termPercent;
  }

  public java.math.BigDecimal getTermLabourYuan() {
    return termLabourYuan;
  }

  public void setTermLabourYuan(java.math.BigDecimal termLabourYuan) {
    this.termLabourYuan = termLabourYuan;
  }

  public boolean isTermDesk() {
    return termDesk;
  }

  public void setTermDesk(boolean termDesk) {
    this.termDesk = termDesk;
  }

  public ResponsibleParty getPartyParty() {
    return partyParty;
  }

  public void setPartyParty(ResponsibleParty partyParty) {
    this.partyParty = partyParty;
  }

  public String getPartyOrganisation() {
    return partyOrganisation;
  }

  public void setPartyOrganisation(String partyOrganisation) {
    this.partyOrganisation = partyOrganisation;
  }

  public String getPartyContact() {
    return partyContact;
  }

  public void setPartyContact(String partyContact) {
    this.partyContact = partyContact;
  }

  public String getPartyPhone() {
    return partyPhone;
  }

  public void setPartyPhone(String partyPhone) {
    this.partyPhone = partyPhone;
  }

  public String getPartyEmail() {
    return partyEmail;
  }

  public void setPartyEmail(String partyEmail) {
    this.partyEmail = partyEmail;
  }

  public AssetType getRuleType() {
    return ruleType;
  }

  public void setRuleType(AssetType ruleType) {
    this.ruleType = ruleType;
  }

  public TicketCategory getRuleCategory() {
    return ruleCategory;
  }

  public void setRuleCategory(TicketCategory ruleCategory) {
    this.ruleCategory = ruleCategory;
  }

  public ResponsibleParty getRuleParty() {
    return ruleParty;
  }

  public void setRuleParty(ResponsibleParty ruleParty) {
    this.ruleParty = ruleParty;
  }

  public String getRuleNote() {
    return ruleNote;
  }

  public void setRuleNote(String ruleNote) {
    this.ruleNote = ruleNote;
  }

  private static Cell cell(SlaPolicy policy, TicketLevel level, SlaEvent.Target target) {
    return policy
        .rule(level, target)
        .map(
            r ->
                new Cell(
                    true,
                    r.target().amount(),
                    r.target().unit(),
                    r.basis(),
                    r.warning().toMinutes(),
                    amountText(r.target().amount(), r.target().unit()),
                    countingText(r.basis(), r.warning().toMinutes())))
        .orElse(Cell.none());
  }

  private static String amountText(long amount, SlaTarget.Unit unit) {
    return ConsolePage.bundle()
        .getString("contracts.amount." + unit.name())
        .replace("{0}", Long.toString(amount));
  }

  private static String countingText(WorkingCalendar.Basis basis, long warningMinutes) {
    String clock = ConsolePage.bundle().getString("contracts.basis." + basis.name());
    String warned =
        warningMinutes > 0
            ? ConsolePage.bundle()
                .getString("contracts.warning")
                .replace("{0}", Long.toString(warningMinutes))
            : ConsolePage.bundle().getString("contracts.noWarning");
    return clock + " · " + warned;
  }

  /** Fills the target form with a cell of the grid: its values, or a start for a new one. */
  public void pick(String level, String target) {
    targetLevel = TicketLevel.valueOf(level);
    targetKind = SlaEvent.Target.valueOf(target);
    Cell cell =
        grid.stream()
            .filter(g -> g.level() == targetLevel)
            .findFirst()
            .map(g -> g.cell(targetKind))
            .orElse(Cell.none());
    amount = cell.set() ? cell.amount() : null;
    unit = cell.set() ? cell.unit() : SlaTarget.Unit.HOURS;
    basis = cell.set() ? cell.basis() : WorkingCalendar.Basis.DUTY_HOURS;
    warning = cell.set() ? cell.warningMinutes() : 0L;
  }

  /** Fills the target form anew once a level and a target are both chosen in it. */
  public void picked() {
    if (targetLevel != null && targetKind != null) {
      pick(targetLevel.name(), targetKind.name());
    }
  }

  /**
   * Whether the target picked is set on the contract and may be removed (not response nor
   * resolution).
   */
  public boolean isRemovable() {
    if (targetLevel == null || targetKind == null) {
      return false;
    }
    if (targetKind == SlaEvent.Target.RESPONSE || targetKind == SlaEvent.Target.RESOLUTION) {
      return false;
    }
    return grid.stream()
        .filter(g -> g.level() == targetLevel)
        .anyMatch(g -> g.cell(targetKind).set());
  }

  public void setTarget() {
    if (selected == null) {
      return;
    }
    if (unit == SlaTarget.Unit.WORKING_DAYS && basis == WorkingCalendar.Basis.ROUND_THE_CLOCK) {
      ConsolePage.error("target:basis", ConsolePage.bundle().getString("contracts.daysCountHours"));
      return;
    }
    String contractCode = selected.code();
    if (attempt(
        () ->
            contracts.setTarget(
                contractCode,
                targetLevel,
                targetKind,
                amount,
                unit,
                basis,
                warning == null ? 0 : warning),
        "contracts.targetSaved",
        null,
        null)) {
      refreshContract(contractCode);
    }
  }

  public void removeTarget() {
    if (selected == null || targetLevel == null || targetKind == null) {
      return;
    }
    String contractCode = selected.code();
    if (attempt(
        () -> contracts.removeTarget(contractCode, targetLevel, targetKind),
        "contracts.targetRemoved",
        null,
        null)) {
      refreshContract(contractCode);
      pick(targetLevel.name(), targetKind.name());
    }
  }

  public void makeDefault(String contractCode) {
    if (attempt(() -> contracts.makeDefault(contractCode), "contracts.defaultMade", null, null)) {
      readLists();
      if (selected != null) {
        readContract(selected.code());
      }
    }
  }

  public void addContract() {
    String created = newCode.strip();
    if (attempt(
        () ->
            contracts.addContract(
                created,
                newName.strip(),
                blankToNull(newVendor),
                newCalendar,
                blankToNull(copyFrom)),
        "contracts.contractCreated",
        "newContract:code",
        "contracts.codeTaken")) {
      newCode = null;
      newName = null;
      newVendor = null;
      newCalendar = null;
      copyFrom = null;
      readLists();
      select(created);
    }
  }

  /** Shows a calendar's days. */
  public void showCalendar(String code) {
    try {
      transactions.run(
          () -> {
            DutyCalendar c = contracts.calendar(code);
            calendar = row(c);
            java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            days =
                c.getDays().stream()
                    .map(
                        d ->
                            new Day(
                                d.getDay(),
                                d.getDay().getDayOfWeek().getDisplayName(TextStyle.SHORT, locale),
                                d.getKind(),
                                d.getNote()))
                    .sorted(Comparator.comparing(Day::day))
                    .toList();
          });
    } catch (RequestRefusedException refused) {
      calendar = null;
      days = List.of();
      refused(refused);
    }
  }

  /** Marks the day picked on the calendar shown, or changes what it is. */
  public void setDay() {
    if (calendar == null) {
      return;
    }
    String calendarShown = calendar.code();
    LocalDate day = dayDate;
    if (attempt(
        () -> contracts.setDay(calendarShown, day, dayKind, blankToNull(dayNote)),
        "contracts.daySaved",
        null,
        null)) {
      dayDate = null;
      dayNote = null;
      refreshCalendar(calendarShown);
    }
  }

  /** Returns a day of the calendar shown to the usual week. */
  public void removeDay(LocalDate day) {
    if (calendar == null) {
      return;
    }
    String calendarShown = calendar.code();
    if (attempt(
        () -> contracts.removeDay(calendarShown, day), "contracts.dayRemoved", null, null)) {
      refreshCalendar(calendarShown);
    }
  }

  public void addCalendar() {
    String zone = calendarZone == null ? "" : calendarZone.strip();
    try {
      ZoneId.of(zone);
    } catch (DateTimeException e) {
      ConsolePage.error("newCalendar:zone", ConsolePage.bundle().getString("contracts.badZone"));
      return;
    }
    if (!"24:00".equals(dutyEnd) && !LocalTime.parse(dutyEnd).isAfter(LocalTime.parse(dutyStart))) {
      ConsolePage.error("newCalendar:end", ConsolePage.bundle().getString("contracts.dutyOrder"));
      return;
    }
    String created = calendarCode.strip();
    if (attempt(
        () -> contracts.addCalendar(created, calendarName.strip(), zone, dutyStart, dutyEnd),
        "contracts.calendarCreated",
        "newCalendar:code",
        "contracts.codeTaken")) {
      resetNewCalendar();
      readLists();
      showCalendar(created);
    }
  }

  private void resetNewCalendar() {
    calendarCode = null;
    calendarName = null;
    calendarZone = ConsolePage.CAMPUS.getId();
    dutyStart = "08:00";
    dutyEnd = "24:00";
  }

  private void refreshContract(String contractCode) {
    readLists();
    readContract(contractCode);
  }

  private void refreshCalendar(String calendarShown) {
    readLists();
    showCalendar(calendarShown);
    if (selected != null) {
      readContract(selected.code());
    }
  }

  /**
   * Makes a change through the services and says it is done; a refusal is shown instead (beside
   * {@code conflictField} when the service found the code taken), and nothing is changed.
   *
   * @return whether the change was made
   */
  private static boolean attempt(
      Runnable change, String doneKey, String conflictField, String conflictKey) {
    try {
      change.run();
    } catch (RequestRefusedException refused) {
      if (refused.kind() == RequestRefusedException.Kind.CONFLICT && conflictField != null) {
        ConsolePage.error(conflictField, ConsolePage.bundle().getString(conflictKey));
      } else {
        refused(refused);
      }
      return false;
    } catch (EJBException e) {
      ConstraintViolationException invalid = violations(e);
      if (invalid == null) {
        throw e;
      }
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              ConsolePage.bundle().getString("contracts.refused.INVALID"),
              invalid.getConstraintViolations().stream()
                  .map(ConstraintViolation::getMessage)
                  .sorted()
                  .collect(Collectors.joining("; "))));
      faces.validationFailed();
      return false;
    }
    ConsolePage.info(doneKey);
    return true;
  }

  /** The failed validation of a service's parameters behind an exception, if that is the cause. */
  private static ConstraintViolationException violations(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof ConstraintViolationException invalid) {
        return invalid;
      }
    }
    return null;
  }

  private static void refused(RequestRefusedException refused) {
    ConsoleSteps.refused("contracts", refused);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public TicketLevel[] getLevels() {
    return TicketLevel.values();
  }

  public SlaEvent.Target[] getTargets() {
    return SlaEvent.Target.values();
  }

  public SlaTarget.Unit[] getUnits() {
    return SlaTarget.Unit.values();
  }

  public WorkingCalendar.Basis[] getBases() {
    return WorkingCalendar.Basis.values();
  }

  public DutyCalendarDay.Kind[] getDayKinds() {
    return DutyCalendarDay.Kind.values();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public List<ContractRow> getContractRows() {
    return contractRows;
  }

  public ContractRow getSelected() {
    return selected;
  }

  public List<LevelRow> getGrid() {
    return grid;
  }

  public String getLastChange() {
    return lastChange;
  }

  public List<CalendarRow> getCalendarRows() {
    return calendarRows;
  }

  public CalendarRow getCalendar() {
    return calendar;
  }

  public List<Day> getDays() {
    return days;
  }

  /** The latest changes, newest first. */
  public List<Change> getChanges() {
    return changeLog.subList(0, Math.min(CHANGES_SHOWN, changeLog.size()));
  }

  public TicketLevel getTargetLevel() {
    return targetLevel;
  }

  public void setTargetLevel(TicketLevel targetLevel) {
    this.targetLevel = targetLevel;
  }

  public SlaEvent.Target getTargetKind() {
    return targetKind;
  }

  public void setTargetKind(SlaEvent.Target targetKind) {
    this.targetKind = targetKind;
  }

  public Long getAmount() {
    return amount;
  }

  public void setAmount(Long amount) {
    this.amount = amount;
  }

  public SlaTarget.Unit getUnit() {
    return unit;
  }

  public void setUnit(SlaTarget.Unit unit) {
    this.unit = unit;
  }

  public WorkingCalendar.Basis getBasis() {
    return basis;
  }

  public void setBasis(WorkingCalendar.Basis basis) {
    this.basis = basis;
  }

  public Long getWarning() {
    return warning;
  }

  public void setWarning(Long warning) {
    this.warning = warning;
  }

  public String getNewCode() {
    return newCode;
  }

  public void setNewCode(String newCode) {
    this.newCode = newCode;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewVendor() {
    return newVendor;
  }

  public void setNewVendor(String newVendor) {
    this.newVendor = newVendor;
  }

  public String getNewCalendar() {
    return newCalendar;
  }

  public void setNewCalendar(String newCalendar) {
    this.newCalendar = newCalendar;
  }

  public String getCopyFrom() {
    return copyFrom;
  }

  public void setCopyFrom(String copyFrom) {
    this.copyFrom = copyFrom;
  }

  public LocalDate getDayDate() {
    return dayDate;
  }

  public void setDayDate(LocalDate dayDate) {
    this.dayDate = dayDate;
  }

  public DutyCalendarDay.Kind getDayKind() {
    return dayKind;
  }

  public void setDayKind(DutyCalendarDay.Kind dayKind) {
    this.dayKind = dayKind;
  }

  public String getDayNote() {
    return dayNote;
  }

  public void setDayNote(String dayNote) {
    this.dayNote = dayNote;
  }

  public String getCalendarCode() {
    return calendarCode;
  }

  public void setCalendarCode(String calendarCode) {
    this.calendarCode = calendarCode;
  }

  public String getCalendarName() {
    return calendarName;
  }

  public void setCalendarName(String calendarName) {
    this.calendarName = calendarName;
  }

  public String getCalendarZone() {
    return calendarZone;
  }

  public void setCalendarZone(String calendarZone) {
    this.calendarZone = calendarZone;
  }

  public String getDutyStart() {
    return dutyStart;
  }

  public void setDutyStart(String dutyStart) {
    this.dutyStart = dutyStart;
  }

  public String getDutyEnd() {
    return dutyEnd;
  }

  public void setDutyEnd(String dutyEnd) {
    this.dutyEnd = dutyEnd;
  }
}
