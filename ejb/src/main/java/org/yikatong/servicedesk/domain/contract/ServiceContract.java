package org.yikatong.servicedesk.domain.contract;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.yikatong.servicedesk.domain.asset.AssetType;
import org.yikatong.servicedesk.domain.calendar.DutyCalendar;
import org.yikatong.servicedesk.domain.calendar.SlaTarget;
import org.yikatong.servicedesk.domain.calendar.WorkingCalendar;
import org.yikatong.servicedesk.domain.ticket.ResponsibleParty;
import org.yikatong.servicedesk.domain.ticket.SlaEvent;
import org.yikatong.servicedesk.domain.ticket.SlaPolicy;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;
import org.yikatong.servicedesk.domain.ticket.TicketLevel;

/**
 * A service contract: the SLA targets its tickets must meet, per level and target, and the working
 * calendar they count on. Exactly one contract is the default, for tickets that name none. A
 * contract always has a response and a resolution target for every level ({@link SlaPolicy} refuses
 * anything less), so those can be changed but not removed.
 */
@Entity
@Table(name = "service_contract")
public class ServiceContract {

  /** The after-sales plan's free warranty: one year from acceptance. */
  public static final int DEFAULT_WARRANTY_MONTHS = 12;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_contract_seq")
  @SequenceGenerator(
      name = "service_contract_seq",
      sequenceName = "service_contract_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "code", nullable = false, updatable = false, length = 32)
  private String code;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "vendor", length = 100)
  private String vendor;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "calendar_id", nullable = false)
  private DutyCalendar calendar;

  @Column(name = "is_default", nullable = false)
  private boolean defaultContract;

  @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<SlaTargetRule> rules = new ArrayList<>();

  /** The free warranty, in months from an asset's acceptance. */
  @Column(name = "warranty_months", nullable = false)
  private int warrantyMonths = DEFAULT_WARRANTY_MONTHS;

  /** What a chargeable repair pays for parts, in per cent of their unit cost. */
  @Column(name = "parts_price_percent", nullable = false)
  private int partsPricePercent = 85;

  /** What a chargeable repair pays for an hour of work, in fen. */
  @Column(name = "labour_fen_per_hour", nullable = false)
  private long labourFenPerHour = 12000;

  /**
   * Whether the system vendor's service desk is the single point of contact for the hardware it
   * delivered: its duty posts take the hardware supplier's tickets when no post of the supplier
   * covers them. When not, such a ticket is handed to the supplier's contact.
   */
  @Column(name = "desk_takes_hardware", nullable = false)
  private boolean deskTakesHardware = true;

  @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<ContractParty> parties = new ArrayList<>();

  @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<ResponsibilityRule> responsibilities = new ArrayList<>();

  @Version private long version;

  protected ServiceContract() {}

  /** A new contract with the targets of the policy given (usually copied from another). */
  public ServiceContract(
      String code, String name, String vendor, DutyCalendar calendar, SlaPolicy targets) {
    this.code = Objects.requireNonNull(code, "code");
    this.name = Objects.requireNonNull(name, "name");
    this.vendor = vendor;
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    targets
        .targets()
        .forEach(
            (level, byTarget) ->
                byTarget.forEach(
                    (target, rule) -> rules.add(new SlaTargetRule(this, level, target, rule))));
  }

  /** The SLA policy in force under this contract. */
  public SlaPolicy policy() {
    Map<TicketLevel, Map<SlaEvent.Target, SlaPolicy.Rule>> targets =
        new EnumMap<>(TicketLevel.class);
    for (SlaTargetRule rule : rules) {
      targets
          .computeIfAbsent(rule.getLevel(), l -> new EnumMap<>(SlaEvent.Target.class))
          .put(rule.getTarget(), rule.toRule());
    }
    for (TicketLevel level : TicketLevel.values()) {
      targets.computeIfAbsent(level, l -> new EnumMap<>(SlaEvent.Target.class));
    }
    return new SlaPolicy(code, targets);
  }

  /**
   * Sets (adds or changes) one target.
   *
   * @return what it was before, if anything
   */
  public Optional<SlaPolicy.Rule> setTarget(
      TicketLevel level, SlaEvent.Target target, SlaPolicy.Rule rule) {
    Objects.requireNonNull(rule, "rule");
    if (rule.target().unit() == SlaTarget.Unit.WORKING_DAYS
        && rule.basis() != WorkingCalendar.Basis.WORKING_HOURS
        && rule.basis() != WorkingCalendar.Basis.DUTY_HOURS) {
      throw new IllegalArgumentException("A target in working days counts working hours");
    }
    Optional<SlaTargetRule> existing = find(level, target);
    if (existing.isPresent()) {
      SlaPolicy.Rule before = existing.get().toRule();
      existing.get().change(rule);
      return Optional.of(before);
    }
    rules.add(new SlaTargetRule(this, level, target, rule));
    return Optional.empty();
  }

  /** Removes an optional target (on-site, plan, fix plan). */
  public SlaPolicy.Rule removeTarget(TicketLevel level, SlaEvent.Target target) {
    if (target == SlaEvent.Target.RESPONSE || target == SlaEvent.Target.RESOLUTION) {
      throw new IllegalStateException(
          "Every level keeps its response and resolution targets; change them instead");
    }
    SlaTargetRule rule =
        find(level, target)
            .orElseThrow(
                () ->
                    new java.util.NoSuchElementException(
                        "Contract " + code + " has no " + target + " target for " + level));
    rules.remove(rule);
    return rule.toRule();
  }

  private Optional<SlaTargetRule> find(TicketLevel level, SlaEvent.Target target) {
    return rules.stream().filter(r -> r.getLevel() == level && r.getTarget() == target).findFirst();
  }

  public void makeDefault(boolean isDefault) {
    this.defaultContract = isDefault;
  }

  public void moveToCalendar(DutyCalendar calendar) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getVendor() {
    return vendor;
  }

  public DutyCalendar getCalendar() {
    return calendar;
  }

  public boolean isDefaultContract() {
    return defaultContract;
  }

  public List<SlaTargetRule> getRules() {
    return Collections.unmodifiableList(rules);
  }

  /**
   * Sets the warranty terms: months of free warranty, the share of a part's unit cost a chargeable
   * repair pays (per cent) and the rate of an hour's work (fen).
   */
  public void setWarrantyTerms(int warrantyMonths, int partsPricePercent, long labourFenPerHour) {
    if (warrantyMonths < 0 || warrantyMonths > 120) {
      throw new IllegalArgumentException("The warranty runs 0 to 120 months");
    }
    if (partsPricePercent < 0 || partsPricePercent > 100) {
      throw new IllegalArgumentException("Parts are charged at 0 to 100 % of their cost");
    }
    if (labourFenPerHour < 0) {
      throw new IllegalArgumentException("The labour rate is not negative");
    }
    this.warrantyMonths = warrantyMonths;
    this.partsPricePercent = partsPricePercent;
    this.labourFenPerHour = labourFenPerHour;
  }

  /** What parts of that unit cost and quantity cost a chargeable repair, rounded half up. */
  public long partsPriceFen(long unitCostFen, int quantity) {
    return Math.round(unitCostFen * (double) quantity * partsPricePercent / 100.0);
  }

  /** What minutes of work cost a chargeable repair, rounded half up to the fen. */
  public long labourPriceFen(int minutes) {
    return Math.round(labourFenPerHour * (double) minutes / 60.0);
  }

  /** Sets (adds or changes) a party of the contract and its contact. */
  public ContractParty setParty(
      ResponsibleParty party, String organisation, String contactName, String phone, String email) {
    ContractParty p =
        party(party)
            .orElseGet(
                () -> {
                  ContractParty added = new ContractParty(this, party);
                  parties.add(added);
                  return added;
                });
    p.change(organisation, contactName, phone, email);
    return p;
  }

  public Optional<ContractParty> party(ResponsibleParty party) {
    return parties.stream().filter(p -> p.getParty() == party).findFirst();
  }

  /**
   * Sets (adds or changes) who answers for a category of fault (null: any) on a type of asset
   * (null: any).
   */
  public ResponsibilityRule setResponsibility(
      AssetType type, TicketCategory category, ResponsibleParty party, String note) {
    Optional<ResponsibilityRule> existing =
        responsibilities.stream()
            .filter(r -> r.getAssetType() == type && r.getCategory() == category)
            .findFirst();
    if (existing.isPresent()) {
      existing.get().change(party, note);
      return existing.get();
    }
    ResponsibilityRule rule = new ResponsibilityRule(this, type, category, party, note);
    responsibilities.add(rule);
    return rule;
  }

  /** Removes the rule for that type and category. */
  public void removeResponsibility(AssetType type, TicketCategory category) {
    if (!responsibilities.removeIf(r -> r.getAssetType() == type && r.getCategory() == category)) {
      throw new java.util.NoSuchElementException(
          "Contract " + code + " has no responsibility rule for " + type + " / " + category);
    }
  }

  /**
   * The rule that says who answers for a fault of that category on that type of asset (null: no
   * asset known): the most specific covering rule (type and category, then category, then type).
   */
  public Optional<ResponsibilityRule> responsibleFor(AssetType type, TicketCategory category) {
    return responsibilities.stream()
        .filter(r -> r.covers(type, category))
        .max(java.util.Comparator.comparingInt(ResponsibilityRule::specificity));
  }

  /** Whether the vendor's service desk takes the hardware supplier's tickets. */
  public boolean isDeskTakesHardware() {
    return deskTakesHardware;
  }

  public void setDeskTakesHardware(boolean deskTakesHardware) {
    this.deskTakesHardware = deskTakesHardware;
  }

  /**
   * Who answers for a fault of that category on that type of asset (null: none known), and why: the
   * most specific rule of the contract ({@link #responsibleFor}) with its note; with no rule
   * covering it, the warranty measures' split by module — software defects the developer, hardware
   * faults the hardware supplier, anything else the university's IT — saying that no rule matched.
   */
  public Answer whoAnswers(AssetType type, TicketCategory category) {
    Optional<ResponsibilityRule> rule = responsibleFor(type, category);
    if (rule.isPresent()) {
      ResponsibilityRule r = rule.get();
      String scope =
          (r.getAssetType() == null ? "任意资产" : r.getAssetType().name())
              + " / "
              + (r.getCategory() == null ? "任意类别" : r.getCategory().name());
      String note = r.getNote() == null || r.getNote().isBlank() ? "" : "：" + r.getNote();
      return new Answer(r.getParty(), "合同 " + code + " 规则（" + scope + "）" + note);
    }
    ResponsibleParty party =
        switch (category) {
          case SOFTWARE -> ResponsibleParty.SOFTWARE_DEVELOPER;
          case HARDWARE -> ResponsibleParty.HARDWARE_SUPPLIER;
          default -> ResponsibleParty.UNIVERSITY_IT;
        };
    return new Answer(
        party,
        "合同 "
            + code
            + " 无适用的责任规则（"
            + (type == null ? "任意资产" : type.name())
            + " / "
            + category
            + "）：按模块默认由 "
            + party
            + " 负责");
  }

  /** Who answers for a fault and why (the rule, or that none matched). */
  public record Answer(ResponsibleParty party, String note) {}

  public int getWarrantyMonths() {
    return warrantyMonths;
  }

  public int getPartsPricePercent() {
    return partsPricePercent;
  }

  public long getLabourFenPerHour() {
    return labourFenPerHour;
  }

  public List<ContractParty> getParties() {
    return Collections.unmodifiableList(parties);
  }

  public List<ResponsibilityRule> getResponsibilities() {
    return Collections.unmodifiableList(responsibilities);
  }
}
