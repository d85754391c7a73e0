package org.yikatong.web.console.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.monitoring.application.AlertRules;
import org.yikatong.monitoring.domain.alert.AlertRule;
import org.yikatong.monitoring.domain.alert.RuleKind;
import org.yikatong.monitoring.domain.alert.RuleScope;
import org.yikatong.monitoring.domain.alert.RuleSettings;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.ConsoleSteps;

/**
 * The alert rules and the form that creates or changes one. Thresholds are typed in the rule's
 * unit: a rate as a percentage (5 for 5 %, kept as 500 basis points, at most two decimals), minutes
 * of silence, a count of orders; a device fault has none. The scopes offered are those the kind
 * allows; a rule keeps its kind. What the service refuses is shown beside the field it names, in
 * the user's language, and nothing is saved; a rule someone else changed meanwhile is shown again
 * as it now is.
 */
@Named
@ViewScoped
public class RulesView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The fields of the form, by the names the service's problems begin with. */
  static final Set<String> FIELDS =
      Set.of(
          "name",
          "kind",
          "scope",
          "subjectFilter",
          "windowMinutes",
          "raiseThreshold",
          "clearThreshold",
          "minAttempts",
          "raiseHoldMinutes",
          "clearHoldMinutes",
          "ticketLevel",
          "notifyUsers");

  /** A rule in the list, its thresholds in its unit. */
  public record RuleRow(
      long id,
      String name,
      RuleKind kind,
      RuleScope scope,
      String subjectFilter,
      int windowMinutes,
      String raise,
      String clear,
      int minAttempts,
      int raiseHold,
      int clearHold,
      String ticketLevel,
      String recipients,
      boolean enabled,
      String updated)
      implements Serializable {}

  @Inject AlertRules rules;

  private List<RuleRow> rows = List.of();

  private boolean editing;
  private Long id;
  private long version;
  private String name;
  private RuleKind kind;
  private RuleScope scope;
  private String subjectFilter;
  private Integer windowMinutes;
  private BigDecimal raise;
  private BigDecimal clear;
  private Integer minAttempts;
  private Integer raiseHold;
  private Integer clearHold;
  private String ticketLevel;
  private String notifyUsers;
  private boolean enabled;

  @PostConstruct
  void load() {
    read();
  }

  private void read() {
    rows = rules.all().stream().map(RulesView::row).toList();
  }

  private static RuleRow row(AlertRule r) {
    boolean unitless = r.getKind().unit() == RuleKind.Unit.NONE;
    boolean noClear = unitless || r.getKind().unit() == RuleKind.Unit.MINUTES;
    return new RuleRow(
        r.getId(),
        r.getName(),
        r.getKind(),
        r.getScope(),
        r.getSubjectFilter(),
        r.getWindowMinutes(),
        unitless ? "—" : MonitoringText.inUnit(r.getKind(), r.getRaiseThreshold()),
        noClear ? "—" : MonitoringText.inUnit(r.getKind(), r.getClearThreshold()),
        r.getMinAttempts(),
        r.getRaiseHoldMinutes(),
        r.getClearHoldMinutes(),
        r.getTicketLevel(),
        String.join(", ", r.recipients()),
        r.isEnabled(),
        ConsolePage.time(r.getUpdatedAt()) + " " + r.getUpdatedBy());
  }

  /** Opens the form for a new rule, with the settings most rules start from. */
  public void startNew() {
    editing = true;
    id = null;
    version = 0;
    name = null;
    kind = RuleKind.PAYMENT_FAILURE_RATE;
    scope = RuleScope.LOCATION;
    windowMinutes = 10;
    raise = BigDecimal.valueOf(5);
    clear = BigDecimal.valueOf(2);
    minAttempts = 20;
    raiseHold = 0;
    clearHold = 5;
    ticketLevel = null;
    notifyUsers = null;
    enabled = true;
  }

  /** Opens the form on a rule as it is stored now. */
  public void edit(long ruleId) {
    AlertRule r = ConsoleSteps.ask("mon.rules", () -> rules.find(ruleId), null);
    if (r == null) {
      return;
    }
    fill(r);
  }

  private void fill(AlertRule r) {
    editing = true;
    id = r.getId();
    version = r.getVersion();
    name = r.getName();
    kind = r.getKind();
    scope = r.getScope();
    subjectFilter = r.getSubjectFilter();
    windowMinutes = r.getWindowMinutes();
    raise = shown(r.getKind(), r.getRaiseThreshold());
    clear = shown(r.getKind(), r.getClearThreshold());
    minAttempts = r.getMinAttempts();
    raiseHold = r.getRaiseHoldMinutes();
    clearHold = r.getClearHoldMinutes();
    ticketLevel = r.getTicketLevel();
    notifyUsers = String.join(", ", r.recipients());
    enabled = r.isEnabled();
  }

  private static BigDecimal shown(RuleKind kind, int stored) {
    return kind.unit() == RuleKind.Unit.BASIS_POINTS
        ? BigDecimal.valueOf(stored, 2).stripTrailingZeros()
        : BigDecimal.valueOf(stored);
  }

  /** A new kind: a scope it allows, and thresholds in its unit. */
  public void kindChanged() {
    if (kind != null && (scope == null || !kind.scopes().contains(scope))) {
      scope = kind.scopes().iterator().next();
    }
  }

  public void cancel() {
    editing = false;
  }

  /** Saves the form as a new rule or as the rule edited. */
  public void save() {
    Integer raiseStored = stored("rule:raise", raise);
    Integer clearStored = stored("rule:clear", clear);
    if (raiseStored == null || clearStored == null) {
      return;
    }
    RuleKind.Unit unit = kind == null ? RuleKind.Unit.NONE : kind.unit();
    int raiseValue = unit == RuleKind.Unit.NONE ? 1 : raiseStored;
    int clearValue =
        switch (unit) {
          case NONE -> 0;
          case MINUTES -> raiseValue;
          default -> clearStored;
        };
    RuleSettings settings =
        new RuleSettings(
            name,
            kind,
            scope,
            subjectFilter,
            windowMinutes == null ? 0 : windowMinutes,
            raiseValue,
            clearValue,
            unit == RuleKind.Unit.BASIS_POINTS ? (minAttempts == null ? 0 : minAttempts) : 1,
            raiseHold == null ? -1 : raiseHold,
            clearHold == null ? -1 : clearHold,
            ticketLevel,
            notifyUsers,
            enabled);
    AlertRule saved;
    try {
      saved = id == null ? rules.create(settings) : rules.update(id, version, settings);
    } catch (RequestRefusedException refused) {
      refusedBesideFields(refused);
      return;
    }
    if (saved == null) {
      return;
    }
    ConsolePage.info(id == null ? "mon.rules.created" : "mon.rules.saved");
    editing = false;
    read();
  }

  /**
   * A threshold as stored: a percentage in basis points (at most two decimals), else a whole
   * number; null, with the reason beside the field, when it cannot be one.
   */
  private Integer stored(String field, BigDecimal value) {
    RuleKind.Unit unit = kind == null ? RuleKind.Unit.NONE : kind.unit();
    if (unit == RuleKind.Unit.NONE
        || (unit == RuleKind.Unit.MINUTES && field.equals("rule:clear"))) {
      return 0;
    }
    if (value == null) {
      ConsolePage.error(field, ConsolePage.bundle().getString("form.required"));
      return null;
    }
    BigDecimal scaled = unit == RuleKind.Unit.BASIS_POINTS ? value.movePointRight(2) : value;
    try {
      return scaled.intValueExact();
    } catch (ArithmeticException e) {
      ConsolePage.error(
          field,
          ConsolePage.bundle()
              .getString(
                  unit == RuleKind.Unit.BASIS_POINTS
                      ? "mon.rules.percentDecimals"
                      : "mon.rules.wholeNumber"));
      return null;
    }
  }

  /**
   * The service's refusal: each problem it names beside its field, in the user's language (the
   * service's own words where the bundle has none), the summary at the top; a rule changed
   * meanwhile is read again.
   */
  private void refusedBesideFields(RequestRefusedException refused) {
    if (refused.kind() == RequestRefusedException.Kind.CONFLICT && id != null) {
      ConsoleSteps.show(
          ConsolePage.bundle().getString("mon.rules.refused.CONFLICT"),
          ConsolePage.bundle().getString("mon.rules.reloaded"));
      AlertRule now = ConsoleSteps.ask("mon.rules", () -> rules.find(id), null);
      if (now != null) {
        fill(now);
      }
      read();
      return;
    }
    boolean placed = false;
    for (String problem : refused.details()) {
      int colon = problem.indexOf(':');
      String field = colon < 0 ? null : problem.substring(0, colon).strip();
      if (field == null || !FIELDS.contains(field)) {
        continue;
      }
      ConsolePage.error(clientId(field), text(field, problem.substring(colon + 1).strip()));
      placed = true;
    }
    if (placed) {
      ConsoleSteps.show(ConsolePage.bundle().getString("mon.rules.refused.INVALID"), "");
    } else {
      ConsoleSteps.refused("mon.rules", refused);
    }
  }

  private static String clientId(String field) {
    return "rule:"
        + switch (field) {
          case "raiseThreshold" -> "raise";
          case "clearThreshold" -> "clear";
          case "raiseHoldMinutes" -> "raiseHold";
          case "clearHoldMinutes" -> "clearHold";
          default -> field;
        };
  }

  /** The problem of a field in the user's language: by the rule's unit where that matters. */
  private String text(String field, String serviceWords) {
    String unit = kind == null ? "" : "." + kind.unit().name();
    String byUnit = "mon.rules.problem." + field + unit;
    String plain = "mon.rules.problem." + field;
    return ConsolePage.text(byUnit, ConsolePage.text(plain, serviceWords));
  }

  public boolean isKeeper() {
    return MonitoringText.keeper();
  }

  public List<RuleRow> getRows() {
    return rows;
  }

  public RuleKind[] getKinds() {
    return RuleKind.values();
  }

  /** The scopes the chosen kind allows, in their declared order. */
  public List<RuleScope> getScopes() {
    if (kind == null) {
      return List.of();
    }
    return java.util.Arrays.stream(RuleScope.values()).filter(kind.scopes()::contains).toList();
  }

  public List<String> getTicketLevels() {
    return List.of("LEVEL_1", "LEVEL_2", "LEVEL_3");
  }

  /** The unit of the chosen kind's thresholds. */
  public String getUnit() {
    return kind == null ? "NONE" : kind.unit().name();
  }

  public boolean isEditing() {
    return editing;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public RuleKind getKind() {
    return kind;
  }

  public void setKind(RuleKind kind) {
    this.kind = kind;
  }

  public String getSubjectFilter() {
    return subjectFilter;
  }

  public void setSubjectFilter(String subjectFilter) {
    this.subjectFilter = subjectFilter;
  }

  public RuleScope getScope() {
    return scope;
  }

  public void setScope(RuleScope scope) {
    this.scope = scope;
  }

  public Integer getWindowMinutes() {
    return windowMinutes;
  }

  public void setWindowMinutes(Integer windowMinutes) {
    this.windowMinutes = windowMinutes;
  }

  public BigDecimal getRaise() {
    return raise;
  }

  public void setRaise(BigDecimal raise) {
    this.raise = raise;
  }

  public BigDecimal getClear() {
    return clear;
  }

  public void setClear(BigDecimal clear) {
    this.clear = clear;
  }

  public Integer getMinAttempts() {
    return minAttempts;
  }

  public void setMinAttempts(Integer minAttempts) {
    this.minAttempts = minAttempts;
  }

  public Integer getRaiseHold() {
    return raiseHold;
  }

  public void setRaiseHold(Integer raiseHold) {
    this.raiseHold = raiseHold;
  }

  public Integer getClearHold() {
    return clearHold;
  }

  public void setClearHold(Integer clearHold) {
    this.clearHold = clearHold;
  }

  public String getTicketLevel() {
    return ticketLevel;
  }

  public void setTicketLevel(String ticketLevel) {
    this.ticketLevel = ticketLevel;
  }

  public String getNotifyUsers() {
    return notifyUsers;
  }

  public void setNotifyUsers(String notifyUsers) {
    this.notifyUsers = notifyUsers;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
