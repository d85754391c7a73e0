package org.yikatong.security.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.application.RequestOrigin;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.security.domain.AuditEntry;
import org.yikatong.security.domain.AuditEntryRepository;
import org.yikatong.security.domain.AuditOutcome;
import org.yikatong.security.domain.AuditQuery;
import org.yikatong.security.domain.Role;

/**
 * The audit trail: one append-only record of who did what, to which target, when, from where, and
 * how it ended. Successes are written in the transaction of the action they record, so an action
 * that rolls back leaves none; refusals and failures, whose action rolls back, in a transaction of
 * their own. The actor is the caller ({@link Caller}), the origin the request's ({@link
 * RequestOrigin}).
 *
 * <p>Anyone may write (every area records its actions, the web tier its refusals); only auditors
 * and administrators read. Nothing here changes or removes an entry.
 */
@Stateless
@PermitAll
public class AuditTrail {

  /** The most entries one search page returns. */
  public static final int MAX_PAGE = 500;

  /** The most entries one export batch returns. */
  public static final int MAX_BATCH = 1000;

  @Inject AuditEntryRepository entries;
  @Inject AuditContext context;
  @Inject Caller caller;
  @Inject RequestOrigin origin;
  @Inject Clock clock;

  /**
   * Records a successful action in the caller's transaction: it commits or rolls back with the
   * action. (REQUIRED rather than MANDATORY, so that an action running without a transaction is
   * still recorded, then on its own.)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void record(String action, String target, String summary) {
    entries.add(entry(caller.name(), action, target, summary, AuditOutcome.SUCCESS));
  }

  /**
   * Records a refused attempt, in a transaction of its own: the action's transaction rolls back.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void refused(String action, String target, String reason) {
    entries.add(entry(caller.name(), action, target, reason, AuditOutcome.REFUSED));
  }

  /** Records an action that failed unexpectedly, in a transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void failed(String action, String target, String summary) {
    entries.add(entry(caller.name(), action, target, summary, AuditOutcome.FAILED));
  }

  /**
   * Records an event whose actor is not (yet) the caller, such as a sign-in attempt, in a
   * transaction of its own, so it stays whatever becomes of the caller's.
   *
   * @param actor who acted, as they named themselves; the caller when blank
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordAs(
      String actor, String action, String target, String summary, AuditOutcome outcome) {
    String who = actor == null || actor.isBlank() ? caller.name() : actor;
    entries.add(entry(who, action, target, summary, outcome));
  }

  /**
   * Adds what the audited action under way changed, as before → after, to its record (an account's
   * status, a terminal's state, a rule's old and new terms). Outside an audited action it is
   * ignored. Secrets never belong here.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public void describe(Object before, Object after) {
    context.describe(AuditRendering.change(before, after));
  }

  /** Adds a description of what the audited action under way changed, in words. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public void describe(String change) {
    context.describe(change);
  }

  /**
   * The entries of one person, action, target and period, newest first.
   *
   * @param actor the user name, exactly; any when blank
   * @param action the action or its beginning; any when blank
   * @param target the target or its beginning; any when blank
   * @param from first instant included; open when null
   * @param to first instant no longer included; open when null
   * @param first the first entry of the page, from 0
   * @param max the most entries of the page, at most {@value #MAX_PAGE}
   */
  @RolesAllowed({Role.AUDITOR, Role.ADMINISTRATOR})
  public AuditPage search(
      String actor, String action, String target, Instant from, Instant to, int first, int max) {
    return search(query(actor, action, target, from, to), first, max);
  }

  /** The entries the query finds, newest first, one page of them, and how many there are. */
  @RolesAllowed({Role.AUDITOR, Role.ADMINISTRATOR})
  public AuditPage search(AuditQuery query, int first, int max) {
    int size = Math.max(1, Math.min(max, MAX_PAGE));
    List<AuditEntry> page = entries.search(query, Math.max(0, first), size);
    return new AuditPage(entries.count(query), page);
  }

  /** How many entries the query finds. */
  @RolesAllowed({Role.AUDITOR, Role.ADMINISTRATOR})
  public long count(AuditQuery query) {
    return entries.count(query);
  }

  /**
   * The next batch of an export: the entries the query finds in the order they occurred, after the
   * last one already read (none: from the start). Call again with the last entry of each batch
   * until one comes back empty; each call is a short transaction of its own.
   */
  @RolesAllowed({Role.AUDITOR, Role.ADMINISTRATOR})
  public List<AuditEntry> exportBatch(AuditQuery query, AuditEntry last, int max) {
    return entries.after(
        query,
        last == null ? null : last.getOccurredAt(),
        last == null ? null : last.getId(),
        Math.max(1, Math.min(max, MAX_BATCH)));
  }

  /** A query from its parts; a period that ends before it starts is refused. */
  public static AuditQuery query(
      String actor, String action, String target, Instant from, Instant to) {
    try {
      return new AuditQuery(actor, action, target, from, to);
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
  }

  private AuditEntry entry(
      String actor, String action, String target, String summary, AuditOutcome outcome) {
    return new AuditEntry(
        clock.instant(),
        actor,
        action,
        target,
        summary,
        outcome,
        origin.getAddress(),
        origin.getUserAgent(),
        origin.getTerminalId());
  }
}
