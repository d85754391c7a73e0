package org.yikatong.monitoring.domain.alert;

import java.util.List;
import java.util.Optional;

/** The alert rules. */
public interface AlertRuleRepository {

  List<AlertRule> findAll();

  Optional<AlertRule> find(long id);

  void add(AlertRule rule);
}
