package org.yikatong.terminal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether card holders of a group may pass readers of a scope. The scope is one reader (its
 * terminal id) or a reader type (GATE, DOOR, LIBRARY); the group is a holder group or {@value
 * #ANY_GROUP}. The most specific rule decides: a reader's own before its type's, a group's own
 * before {@value #ANY_GROUP}; with no rule at all, nobody passes.
 */
@Entity
@Table(name = "access_rule")
public class AccessRule {

  /** The group of a rule that applies to every holder group. */
  public static final String ANY_GROUP = "*";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_rule_seq")
  @SequenceGenerator(
      name = "access_rule_seq",
      sequenceName = "access_rule_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "reader_scope", nullable = false, updatable = false, length = 16)
  private String scope;

  @Column(name = "holder_group", nullable = false, updatable = false, length = 32)
  private String group;

  @Column(name = "allowed", nullable = false)
  private boolean allowed;

  @Version private long version;

  protected AccessRule() {}

  public AccessRule(String scope, String group, boolean allowed) {
    this.scope = Objects.requireNonNull(scope, "scope");
    this.group = Objects.requireNonNull(group, "group");
    this.allowed = allowed;
  }

  /**
   * The rule that decides for a reader and a holder group, among the rules given.
   *
   * @param group the holder's group; null for a holder without one
   */
  public static Optional<AccessRule> deciding(
      Collection<AccessRule> rules, String readerCode, TerminalType readerType, String group) {
    String[] scopes = {readerCode, readerType.name()};
    String[] groups = group == null ? new String[] {ANY_GROUP} : new String[] {group, ANY_GROUP};
    for (String scope : scopes) {
      for (String g : groups) {
        Optional<AccessRule> rule =
            rules.stream().filter(r -> r.scope.equals(scope) && r.group.equals(g)).findFirst();
        if (rule.isPresent()) {
          return rule;
        }
      }
    }
    return Optional.empty();
  }

  public void setAllowed(boolean allowed) {
    this.allowed = allowed;
  }

  public Long getId() {
    return id;
  }

  public String getScope() {
    return scope;
  }

  public String getGroup() {
    return group;
  }

  public boolean isAllowed() {
    return allowed;
  }
}
