package org.yikatong.monitoring.domain.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.yikatong.kernel.domain.RequestRefusedException;

/**
 * When an alert is raised and when it clears. Its settings are always valid as a whole ({@link
 * RuleSettings#problems()}); a rule is never deleted, only disabled, so that past alerts keep it.
 */
@Entity
@Table(name = "alert_rule")
public class AlertRule {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_rule_seq")
  @SequenceGenerator(name = "alert_rule_seq", sequenceName = "alert_rule_seq", allocationSize = 50)
  private Long id;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "rule_kind", nullable = false, length = 32)
  private RuleKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "rule_scope", nullable = false, length = 16)
  private RuleScope scope;

  @Column(name = "subject_filter", length = 100)
  private String subjectFilter;

  @Column(name = "window_minutes", nullable = false)
  private int windowMinutes;

  @Column(name = "raise_threshold", nullable = false)
  private int raiseThreshold;

  @Column(name = "clear_threshold", nullable = false)
  private int clearThreshold;

  @Column(name = "min_attempts", nullable = false)
  private int minAttempts;

  @Column(name = "raise_hold_minutes", nullable = false)
  private int raiseHoldMinutes;

  @Column(name = "clear_hold_minutes", nullable = false)
  private int clearHoldMinutes;

  @Column(name = "ticket_level", length = 16)
  private String ticketLevel;

  @Column(name = "notify", length = 400)
  private String notifyUsers;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  @Version private long version;

  protected AlertRule() {}

  public AlertRule(RuleSettings settings, String by, Instant at) {
    apply(settings, by, at);
  }

  /**
   * Replaces the settings.
   *
   * @throws RequestRefusedException (invalid) listing every problem, when they cannot work
   */
  public void apply(RuleSettings settings, String by, Instant at) {
    List<String> problems = settings.problems();
    if (!problems.isEmpty()) {
      throw new RequestRefusedException(
          RequestRefusedException.Kind.INVALID,
          "These alert rule settings cannot work: " + String.join("; ", problems),
          problems);
    }
    if (kind != null && kind != settings.kind()) {
      throw RequestRefusedException.invalid("A rule keeps its kind; make a new rule instead");
    }
    name = settings.name().strip();
    kind = settings.kind();
    scope = settings.scope();
    subjectFilter =
        settings.subjectFilter() == null || settings.subjectFilter().isBlank()
            ? null
            : settings.subjectFilter().strip();
    windowMinutes = settings.windowMinutes();
    raiseThreshold = settings.raiseThreshold();
    clearThreshold = settings.clearThreshold();
    minAttempts = Math.max(1, settings.minAttempts());
    raiseHoldMinutes = settings.raiseHoldMinutes();
    clearHoldMinutes = settings.clearHoldMinutes();
    ticketLevel =
        settings.ticketLevel() == null || settings.ticketLevel().isBlank()
            ? null
            : settings.ticketLevel();
    notifyUsers = String.join(",", settings.recipients());
    enabled = settings.enabled();
    updatedAt = at;
    updatedBy = by;
  }

  public RuleSettings settings() {
    return new RuleSettings(
        name,
        kind,
        scope,
        subjectFilter,
        windowMinutes,
        raiseThreshold,
        clearThreshold,
        minAttempts,
        raiseHoldMinutes,
        clearHoldMinutes,
        ticketLevel,
        notifyUsers,
        enabled);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public RuleKind getKind() {
    return kind;
  }

  public RuleScope getScope() {
    return scope;
  }

  public String getSubjectFilter() {
    return subjectFilter;
  }

  /** See {@link RuleSettings#watches}. */
  public boolean watches(String... namesOfSubject) {
    return settings().watches(namesOfSubject);
  }

  public int getWindowMinutes() {
    return windowMinutes;
  }

  public int getRaiseThreshold() {
    return raiseThreshold;
  }

  public int getClearThreshold() {
    return clearThreshold;
  }

  public int getMinAttempts() {
    return minAttempts;
  }

  public int getRaiseHoldMinutes() {
    return raiseHoldMinutes;
  }

  public int getClearHoldMinutes() {
    return clearHoldMinutes;
  }

  public String getTicketLevel() {
    return ticketLevel;
  }

  public List<String> recipients() {
    return settings().recipients();
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public long getVersion() {
    return version;
  }
}
