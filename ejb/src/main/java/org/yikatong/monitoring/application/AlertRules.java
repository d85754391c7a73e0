package org.yikatong.monitoring.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.monitoring.domain.alert.AlertRule;
import org.yikatong.monitoring.domain.alert.AlertRuleRepository;
import org.yikatong.monitoring.domain.alert.RuleSettings;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.Role;

/**
 * The alert rules: everyone on the operations side reads them, administrators and the helpdesk
 * change them. Settings that cannot work (a rate of 100 % or more, a clear threshold above the
 * raise threshold, a window of no minute...) are refused with every problem named.
 */
@Stateless
@RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK, Role.TECHNICIAN, Role.AUDITOR})
public class AlertRules {

  @Inject AlertRuleRepository rules;
  @Inject Caller caller;
  @Inject Clock clock;

  public List<AlertRule> all() {
    return rules.findAll();
  }

  public AlertRule find(long id) {
    return rules
        .find(id)
        .orElseThrow(() -> RequestRefusedException.notFound("No alert rule " + id));
  }

  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK})
  @Audited
  public AlertRule create(@NotNull RuleSettings settings) {
    AlertRule rule = new AlertRule(settings, caller.name(), clock.instant());
    rules.add(rule);
    return rule;
  }

  /** Changes a rule as it was at {@code version}; a rule changed meanwhile is refused (409). */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK})
  @Audited
  public AlertRule update(long id, long version, @NotNull RuleSettings settings) {
    AlertRule rule = find(id);
    if (rule.getVersion() != version) {
      throw RequestRefusedException.conflict(
          "Alert rule " + id + " was changed meanwhile; reload it");
    }
    rule.apply(settings, caller.name(), clock.instant());
    return rule;
  }
}
