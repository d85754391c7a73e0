package org.yikatong.terminal.domain;

import java.util.List;

/** Access rules. */
public interface AccessRuleRepository {

  void add(AccessRule rule);

  /** Every rule, by scope then group. */
  List<AccessRule> findAll();
}
