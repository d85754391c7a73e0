package org.yikatong.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * One line of the audit trail: who did what to which target, when, from where, and how it ended.
 *
 * <p>Invariants: an entry never changes once made (every column is insert-only, the entity is
 * immutable to Hibernate, and PostgreSQL and Oracle refuse updates and deletes by trigger); the
 * time, actor, action and outcome are always present. Over-long values are cut to their column,
 * marked with an ellipsis, so that recording never fails an action: the limits count UTF-8 bytes as
 * well as characters, so a value fits a column of either length semantics.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

  public static final int ACTOR_LENGTH = 64;
  public static final int ACTION_LENGTH = 64;
  public static final int TARGET_LENGTH = 128;
  public static final int SUMMARY_LENGTH = 2000;
  public static final int ADDRESS_LENGTH = 64;
  public static final int USER_AGENT_LENGTH = 256;
  public static final int TERMINAL_ID_LENGTH = 16;

  private static final String ELLIPSIS = "…";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
  @SequenceGenerator(
      name = "audit_entry_seq",
      sequenceName = "audit_entry_seq",
      allocationSize = 50)
  @Column(name = "id", updatable = false)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false, updatable = false, length = ACTOR_LENGTH)
  private String actor;

  @Column(name = "action", nullable = false, updatable = false, length = ACTION_LENGTH)
  private String action;

  @Column(name = "target", updatable = false, length = TARGET_LENGTH)
  private String target;

  @Column(name = "summary", updatable = false, length = SUMMARY_LENGTH)
  private String summary;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, updatable = false, length = 16)
  private AuditOutcome outcome;

  @Column(name = "address", updatable = false, length = ADDRESS_LENGTH)
  private String address;

  @Column(name = "user_agent", updatable = false, length = USER_AGENT_LENGTH)
  private String userAgent;

  @Column(name = "terminal_id", updatable = false, length = TERMINAL_ID_LENGTH)
  private String terminalId;

  protected AuditEntry() {}

  /**
   * An entry; blank optional values are stored as none, over-long ones cut.
   *
   * @param actor who acted; blank becomes {@code "system"}
   * @param address the client's network address, for web and API calls
   * @param userAgent the client's User-Agent header, for web and API calls
   * @param terminalId the terminal, for terminal traffic
   */
  public AuditEntry(
      Instant occurredAt,
      String actor,
      String action,
      String target,
      String summary,
      AuditOutcome outcome,
      String address,
      String userAgent,
      String terminalId) {
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    String who = clip(actor, ACTOR_LENGTH);
    this.actor = who == null ? "system" : who;
    String what = clip(action, ACTION_LENGTH);
    if (what == null) {
      throw new IllegalArgumentException("An audit entry names its action");
    }
    this.action = what;
    this.target = clip(target, TARGET_LENGTH);
    this.summary = clip(summary, SUMMARY_LENGTH);
    this.address = clip(address, ADDRESS_LENGTH);
    this.userAgent = clip(userAgent, USER_AGENT_LENGTH);
    this.terminalId = clip(terminalId, TERMINAL_ID_LENGTH);
  }

  /**
   * The value stripped, with control characters as spaces, cut to {@code max} characters and to
   * {@code max} UTF-8 bytes (never inside a surrogate pair), ending in "…" when cut; blank is null.
   */
  static String clip(String value, int max) {
    if (value == null) {
      return null;
    }
    StringBuilder clean = new StringBuilder(Math.min(value.length(), max + 1));
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      clean.append(Character.isISOControl(c) ? ' ' : c);
    }
    String s = clean.toString().strip();
    if (s.isEmpty()) {
      return null;
    }
    if (s.length() <= max && utf8Length(s) <= max) {
      return s;
    }
    int budget = max - utf8Length(ELLIPSIS);
    int end = 0;
    int bytes = 0;
    while (end < s.length()) {
      int cp = s.codePointAt(end);
      int width = utf8Length(cp);
      int chars = Character.charCount(cp);
      if (bytes + width > budget || end + chars > max - ELLIPSIS.length()) {
        break;
      }
      bytes += width;
      end += chars;
    }
    return s.substring(0, end) + ELLIPSIS;
  }

  private static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  private static int utf8Length(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    }
    if (codePoint < 0x800) {
      return 2;
    }
    return codePoint < 0x10000 ? 3 : 4;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getTarget() {
    return target;
  }

  public String getSummary() {
    return summary;
  }

  public AuditOutcome getOutcome() {
    return outcome;
  }

  public String getAddress() {
    return address;
  }

  public String getUserAgent() {
    return userAgent;
  }

  public String getTerminalId() {
    return terminalId;
  }

  @Override
  public String toString() {
    return "AuditEntry["
        + occurredAt
        + " "
        + actor
        + " "
        + action
        + " "
        + target
        + " "
        + outcome
        + "]";
  }
}
