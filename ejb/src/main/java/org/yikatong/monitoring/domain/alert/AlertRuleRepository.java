package org.yikatong.monitoring.domain.alert;

import java.util.List;
import java.util.Optional;

/** The alert rules. */
public interface AlertRuleRepository {

  List<AlertRule> findAll();

  /**
   * Every rule, locked until the transaction ends, in id order: evaluations of the rules, on any
   * node, run one after another.
   */
  List<AlertRule> lockAll();

  Optional<AlertRule> find(long id);

  void add(AlertRule rule);
}
